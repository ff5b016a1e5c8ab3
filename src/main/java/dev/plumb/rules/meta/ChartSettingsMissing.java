package dev.plumb.rules.meta;

import dev.plumb.model.Container;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.RenderedChart;
import dev.plumb.model.RenderedChart.ChartValues;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RuleInfo(
        id = "chart-settings-missing",
        title = "Chart offers no security context, resources or probes",
        category = Category.RELIABILITY,
        severity = Severity.INFO,
        effort = Effort.S,
        rationale = "A chart whose templates set no security context, resources or probes, and whose values.yaml "
                + "has no key for them, leaves every release that deploys it without them: an operator can only "
                + "add them by editing the chart. Charts usually expose `securityContext`, `resources` and "
                + "`livenessProbe`/`readinessProbe` in values so each release can set what fits.",
        fix = "Add the settings to values.yaml with sensible defaults (`resources: {requests: …, limits: …}`, "
                + "`securityContext: {runAsNonRoot: true, …}`, `readinessProbe: …`) and render them in the "
                + "templates with `{{- toYaml .Values.resources | nindent 12 }}`.",
        references = {"https://helm.sh/docs/chart_best_practices/values/"})
public final class ChartSettingsMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (RenderedChart render : platform.charts().renders()) {
            ChartValues values = render.values();
            if (values == null || !render.rendered() || !seen.add(render.chart())) {
                continue;
            }
            List<Workload> workloads = platform.workloads().stream()
                    .filter(workload -> inChart(workload.resource().origin().file(), render.chart())).toList();
            if (workloads.isEmpty()) {
                continue;
            }
            // Only what neither the templates set nor the values let a release set is worth saying.
            Set<String> missing = new TreeSet<>();
            for (Workload workload : workloads) {
                for (Container container : workload.podSpec().containers()) {
                    if (container.resources().isMissing() && !values.offers().contains(ChartValues.RESOURCES)) {
                        missing.add(ChartValues.RESOURCES);
                    }
                    if (container.securityContext().isMissing() && workload.podSpec().securityContext().isMissing()
                            && !values.offers().contains(ChartValues.SECURITY_CONTEXT)) {
                        missing.add(ChartValues.SECURITY_CONTEXT);
                    }
                    if (!workload.isBatch() && container.readinessProbe().isMissing()
                            && container.livenessProbe().isMissing() && !values.offers().contains(ChartValues.PROBES)) {
                        missing.add(ChartValues.PROBES);
                    }
                }
            }
            if (!missing.isEmpty()) {
                findings.report(new Position(values.file(), 1, 1), "Chart " + render.chart() + " sets no "
                        + String.join(", ", missing) + " in its templates and offers no such setting in values.yaml: "
                        + "a release cannot add them without editing the chart");
            }
        }
    }

    private static boolean inChart(String file, String chart) {
        return chart.equals(".") ? !file.contains("/charts/") : file.startsWith(chart + "/");
    }
}
