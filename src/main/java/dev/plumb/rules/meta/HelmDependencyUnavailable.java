package dev.plumb.rules.meta;

import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
        id = "helm-dependency-unavailable",
        title = "Chart dependency not available offline",
        category = Category.RELIABILITY,
        severity = Severity.INFO,
        effort = Effort.S,
        rationale = "A dependency in Chart.yaml that is neither vendored under `charts/` nor a local `file://` chart "
                + "has to be downloaded for every render, so `helm template` needs the network and the chart "
                + "repository to be up. plumb never downloads during a scan: it rendered the chart without that "
                + "dependency, and what the dependency deploys was not checked.",
        fix = "Vendor the dependency (`helm dependency build` writes `charts/<name>-<version>.tgz`; commit it), or "
                + "point the dependency at a chart in the repository with `file://`.",
        references = {"https://helm.sh/docs/helm/helm_dependency/"})
public final class HelmDependencyUnavailable implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        // A chart deployed by several releases renders several times: its missing dependency is one thing to fix.
        Set<Position> reported = new HashSet<>();
        for (RenderedChart render : platform.charts().renders()) {
            for (RenderedChart.Dependency dependency : render.missing()) {
                if (reported.add(dependency.position())) {
                    String from = dependency.repository().isEmpty() ? "no repository" : dependency.repository();
                    String version = dependency.version().isEmpty() ? "" : " " + dependency.version();
                    findings.report(dependency.position(), "Chart " + render.chart() + " depends on " + dependency.name()
                            + version + " from " + from + ", which is neither vendored under charts/ nor local: "
                            + "the chart was rendered without it, and what it deploys was not checked");
                }
            }
        }
    }
}
