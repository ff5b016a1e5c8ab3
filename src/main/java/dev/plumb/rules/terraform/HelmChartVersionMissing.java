package dev.plumb.rules.terraform;

import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Position;
import dev.plumb.model.TerraformBlock;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
        id = "helm-chart-version-missing",
        title = "Helm release installs the newest chart version",
        category = Category.DEPENDENCIES,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        controls = "pinned-images",
        rationale = "A `helm_release` of a remote chart without `version` installs whatever the repository calls "
                + "newest at the next `terraform apply`. An unrelated change then upgrades the chart too, possibly "
                + "across a major version with breaking values or CRD changes, and the same code gives different "
                + "clusters on different days. Rolling back means finding out which version ran before.",
        fix = "Pin the chart version you run today (`helm list -A` shows it) and upgrade it on purpose, with "
                + "Renovate or by hand:\n\n```hcl\nresource \"helm_release\" \"traefik\" {\n"
                + "  repository = \"https://traefik.github.io/charts\"\n  chart      = \"traefik\"\n"
                + "  version    = \"32.1.1\"\n}\n```",
        references = {
            "https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release#version",
            "https://helm.sh/docs/helm/helm_install/"
        })
public final class HelmChartVersionMissing implements PlatformRule {

    private static final Pattern URL = Pattern.compile("^(oci|https?)://.+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PACKAGED = Pattern.compile("\\.(tgz|tar\\.gz)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGGED = Pattern.compile("^oci://.+/[^/]+[:@][^/]+$", Pattern.CASE_INSENSITIVE);
    /** {@code bitnami/redis}: a chart of a repository added with {@code helm repo add}. */
    private static final Pattern REPO_AND_NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9._-]*$");
    /** Relative paths that look like {@code repo/name} but are the usual local chart folders. */
    private static final Pattern LOCAL_FOLDER = Pattern.compile("^(charts?|helm|deploy|manifests)/.*");

    @Override
    public void check(Platform platform, Findings findings) {
        for (TerraformBlock block : platform.terraformBlocks()) {
            if (!block.type().equals("resource") || !block.label(0).equals("helm_release")) {
                continue;
            }
            MapNode body = block.body();
            // A version from a variable is a pin we cannot read: present is enough.
            if (body.has("version") || !body.has("chart")) {
                continue;
            }
            Node chart = body.get("chart");
            String remote = remoteChart(body, chart);
            if (remote == null) {
                continue;
            }
            Position at = body.keyPosition("chart");
            findings.report(TerraformSubjects.of(block), at, chart.endLine(), TerraformSubjects.name(block)
                    + " installs " + remote + " without a version: the next apply takes the newest chart");
        }
    }

    /** How to name the remote chart, or null for a local chart or one we cannot read. */
    private static String remoteChart(MapNode body, Node chart) {
        String name = chart.text();
        if (body.has("repository")) {
            String repository = body.get("repository").text();
            String chartName = name == null ? "the chart" : "chart " + name;
            return repository == null ? chartName : chartName + " from " + repository;
        }
        if (name == null) {
            // "${path.module}/charts/x" and other computed paths: almost always a local chart.
            return null;
        }
        if (URL.matcher(name).matches()) {
            // A packaged chart URL (".../redis-18.1.0.tgz") or an OCI tag names one version already.
            return PACKAGED.matcher(name).find() || TAGGED.matcher(name).find() ? null : "chart " + name;
        }
        if (REPO_AND_NAME.matcher(name).matches() && !LOCAL_FOLDER.matcher(name).matches()) {
            return "chart " + name;
        }
        return null;
    }
}
