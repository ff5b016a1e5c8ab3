package dev.plumb.report;

import dev.plumb.model.Coverage;
import dev.plumb.model.FileCoverage;
import dev.plumb.model.SourceType;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scan saw, in words, the same in every report: "Analysed 412 of 531 infrastructure files.
 * Not analysed: 46 Ansible files (Ansible is not read yet), 23 Helm charts (not rendered yet)." Plain
 * sentences without markup, so each renderer only escapes them.
 */
public final class CoverageText {

    private CoverageText() {}

    /** The coverage sentences, or none when the scan holds no infrastructure file. */
    public static List<String> sentences(ScanResult result) {
        Coverage coverage = result.coverage();
        List<String> sentences = new ArrayList<>();
        if (coverage.isEmpty()) {
            return sentences;
        }
        int analysed = coverage.count(FileCoverage.Status.ANALYSED);
        sentences.add("Analysed " + analysed + " of " + Tally.count(coverage.total(), "infrastructure file") + ".");
        List<String> notAnalysed = new ArrayList<>();
        List<String> inPart = new ArrayList<>();
        for (Coverage.Group group : coverage.gaps()) {
            (group.status() == FileCoverage.Status.PARTIAL ? inPart : notAnalysed).add(describe(group));
        }
        if (!inPart.isEmpty()) {
            sentences.add("In part: " + String.join(", ", inPart) + ".");
        }
        if (!notAnalysed.isEmpty()) {
            sentences.add("Not analysed: " + String.join(", ", notAnalysed) + ".");
        }
        if (!coverage.sawAllLive()) {
            // The capability rules stay silent then: say so, or silence reads as a clean bill of health.
            sentences.add("Not judged while part of the repository is unread: backups, restore tests, metrics, logs, "
                    + "uptime checks, TLS automation, secret management and admission policy.");
        }
        return sentences;
    }

    /** The coverage as one paragraph. */
    public static String paragraph(ScanResult result) {
        return String.join(" ", sentences(result));
    }

    /** A warning that comes before anything else when under half of the infrastructure files were analysed, else empty. */
    public static String warning(ScanResult result) {
        Coverage coverage = result.coverage();
        int analysed = coverage.count(FileCoverage.Status.ANALYSED) + coverage.count(FileCoverage.Status.PARTIAL);
        if (coverage.isEmpty() || analysed * 2 >= coverage.total()) {
            return "";
        }
        int percent = (int) Math.floor(100.0 * analysed / coverage.total());
        return "plumb analysed only " + analysed + " of " + Tally.count(coverage.total(), "infrastructure file") + " ("
                + percent + "%): what follows is about that part only, and says nothing of the rest.";
    }

    /** Findings of one retired or test folder (or uncalled module) left out of counts and gates. */
    public record LeftOut(String scope, String reason, int findings) {

        /** "apps/old/: 12 findings left out (retired: the folder is named old)". */
        public String sentence() {
            return scope + "/: " + Tally.count(findings, "finding") + " left out (" + reason + ")";
        }
    }

    /** One entry per retired or test folder whose findings were left out, with how many and why. */
    public static List<LeftOut> leftOut(ScanResult result) {
        Map<NotLiveKey, Integer> byScope = new LinkedHashMap<>();
        for (Finding finding : result.notLive()) {
            if (!finding.isSuppressed()) {
                byScope.merge(new NotLiveKey(finding.notLive().scope(), finding.notLive().reason()), 1, Integer::sum);
            }
        }
        List<LeftOut> lines = new ArrayList<>();
        byScope.forEach((key, count) -> lines.add(new LeftOut(key.scope(), key.reason(), count)));
        lines.sort(java.util.Comparator.comparing(LeftOut::scope));
        return lines;
    }

    private record NotLiveKey(String scope, String reason) {}

    private static String describe(Coverage.Group group) {
        int files = group.files();
        String reason = group.reason();
        SourceType type = group.type();
        if (reason.equals(FileCoverage.RETIRED)) {
            return type.count(files) + " in retired folders or modules no stack calls";
        }
        if (reason.equals(FileCoverage.TEST)) {
            return type.count(files) + " in test folders";
        }
        if (type == SourceType.HELM && reason.equals(FileCoverage.CHART_NOT_RENDERED)) {
            if (group.units().isEmpty()) {
                return Tally.count(files, "Helm template") + " in no chart (nothing says how to render it)";
            }
            return Tally.count(group.units().size(), "Helm chart") + " (" + Tally.count(files, "file")
                    + ", not rendered: Helm could not start on this machine)";
        }
        if (reason.equals(FileCoverage.TEMPLATE_NOT_RENDERED)) {
            return Tally.count(files, "templated manifest") + " (not YAML until rendered; plumb does not render it)";
        }
        if (reason.equals(FileCoverage.RELEASE_NOT_RENDERED) && type == SourceType.HELMFILE) {
            // A helmfile declares many releases: count the files, not releases.
            return type.count(files) + " (charts of their releases not rendered: from outside the repository, or failing)";
        }
        if (reason.equals(FileCoverage.RELEASE_NOT_RENDERED)) {
            int releases = Math.max(group.units().size(), files);
            return Tally.count(releases, "Helm release") + " in " + Tally.count(files, "file")
                    + " (charts from outside the repository, not in the chart cache)";
        }
        if (reason.equals(FileCoverage.VALUES_NOT_KNOWN)) {
            return Tally.count(group.units().size(), "Helm chart") + " (" + Tally.count(files, "file")
                    + ", not rendered: Helm stops on a value no release in the repository gives)";
        }
        if (reason.equals(FileCoverage.DEPENDENCY_NOT_AVAILABLE)) {
            return Tally.count(group.units().size(), "Helm chart") + " (" + Tally.count(files, "file")
                    + ", rendered without dependencies that are not available offline)";
        }
        if (reason.equals(FileCoverage.MODULE_NOT_FOLLOWED)) {
            return type.count(files) + " (calling remote modules plumb does not scan)";
        }
        if (reason.equals(FileCoverage.NOT_SUPPORTED)) {
            return type.count(files) + " (" + typeName(type) + " is not read yet)";
        }
        if (reason.equals(FileCoverage.PATCH_NOT_APPLIED)) {
            return Tally.count(files, "Kustomize patch") + " (no built overlay applies it)";
        }
        if (reason.equals(FileCoverage.OVERLAY_NOT_BUILT)) {
            return Tally.count(files, "kustomization")
                    + " (not built: the build failed or no overlay uses it; files checked as written)";
        }
        if (reason.equals(FileCoverage.PARSE_ERROR)) {
            return type.count(files) + " (" + (files == 1 ? "a parse error" : "parse errors") + ")";
        }
        return type.count(files) + " (" + reason + ")";
    }

    private static String typeName(SourceType type) {
        return switch (type) {
            case ANSIBLE -> "Ansible";
            case COMPOSE -> "Docker Compose";
            case HELMFILE -> "helmfile";
            default -> type.key();
        };
    }
}
