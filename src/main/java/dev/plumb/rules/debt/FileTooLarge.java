package dev.plumb.rules.debt;

import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.model.TextFile;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.RuleSettings;
import dev.plumb.rule.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@RuleInfo(
        id = "file-too-large",
        title = "Configuration file too long to review",
        category = Category.TECH_DEBT,
        severity = Severity.INFO,
        effort = Effort.M,
        rationale = "A manifest, values file or script of many hundred lines mixes several components or "
                + "environments: a change in one place is reviewed without seeing its effect elsewhere, merge "
                + "conflicts pile up, and nobody can tell which parts are still used. The limit is set with "
                + "`techDebt.maxFileLines` in `.plumb.yaml`.",
        fix = """
                Split the file by component (one directory per application with its Deployment, Service and \
                Ingress) and list the pieces in a kustomization, or move repeated blocks into a base and \
                overlays:
                ```yaml
                # apps/shop/kustomization.yaml
                resources:
                  - deployment.yaml
                  - service.yaml
                  - ingress.yaml
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/cluster-administration/manage-deployment/",
            "https://kubernetes.io/docs/tasks/manage-kubernetes-objects/kustomization/"
        })
public final class FileTooLarge implements PlatformRule {

    /**
     * Configuration and scripts the operator writes. JSON is left out (Grafana dashboards, lock
     * files: written by tools, read by tools), and so are Markdown and plain-text notes.
     */
    private static final Set<String> CONFIGURATION = Set.of(
            "yaml", "yml", "tf", "tofu", "hcl", "tfvars", "conf", "cfg", "cnf", "ini", "toml", "properties", "env", "sh",
            "bash", "zsh", "j2", "tpl", "jsonnet", "libsonnet", "cue", "nix");
    private static final Set<String> CONFIGURATION_NAMES = Set.of(
            "dockerfile", "containerfile", "makefile", "justfile", "jenkinsfile", "caddyfile", ".env");
    /** Upstream CRD bundles, installed as shipped ("crds.yaml", "cert-manager-crds.yaml", "crd-velero.yaml"). */
    private static final Pattern CRD_BUNDLE = Pattern.compile("(?:.*[-_.])?crds?(?:[-_.].*)?\\.ya?ml");
    /** Upstream release manifests carry the project's license header; operators' own files don't. */
    private static final Pattern LICENSE_HEADER = Pattern.compile(
            "(?i)copyright \\d{4}|copyright \\(c\\)|licensed under the|SPDX-License-Identifier");

    private final int maxLines;

    public FileTooLarge(RuleSettings settings) {
        this.maxLines = settings.maxFileLines();
    }

    @Override
    public void check(Platform platform, Findings findings) {
        Provenance provenance = Provenance.of(platform);
        Map<String, Boolean> onlyDefinitions = onlyCustomResourceDefinitions(platform);
        for (TextFile file : platform.textFiles()) {
            // A file shorter in characters than the limit in lines cannot exceed it: most files stop here.
            if (file.text().length() < maxLines || !isConfiguration(file)) {
                continue;
            }
            int lines = lineCount(file.text());
            if (lines <= maxLines || onlyDefinitions.getOrDefault(file.path(), false) || isUpstreamBundle(file)
                    || provenance.isGeneratedOrVendored(file)) {
                continue;
            }
            findings.report(file.positionOf(1),
                    "File has " + lines + " lines, over the limit of " + maxLines + " (techDebt.maxFileLines)");
        }
    }

    private static boolean isConfiguration(TextFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        return CONFIGURATION.contains(file.extension()) || CONFIGURATION_NAMES.contains(name)
                || name.startsWith("dockerfile.");
    }

    /** CRD bundles and release manifests are installed as shipped: splitting them only makes upgrades harder. */
    private static boolean isUpstreamBundle(TextFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        if (CRD_BUNDLE.matcher(name).matches()) {
            return true;
        }
        String head = head(file.text());
        return (head.contains("opyright") || head.contains("OPYRIGHT") || head.contains("icensed") || head.contains("SPDX"))
                && LICENSE_HEADER.matcher(head).find();
    }

    /** Files whose every object is a CustomResourceDefinition: a CRD bundle whatever its name. */
    private static Map<String, Boolean> onlyCustomResourceDefinitions(Platform platform) {
        Map<String, Boolean> result = new HashMap<>();
        for (Resource resource : platform.resources()) {
            result.merge(resource.origin().file(), resource.isKind("CustomResourceDefinition"), Boolean::logicalAnd);
        }
        return result;
    }

    private static String head(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }

    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            lines++;
        }
        return text.endsWith("\n") ? lines : lines + 1;
    }
}
