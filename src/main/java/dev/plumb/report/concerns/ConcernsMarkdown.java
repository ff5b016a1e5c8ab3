package dev.plumb.report.concerns;

import dev.plumb.report.CoverageMarkdown;
import dev.plumb.report.MarkdownText;
import dev.plumb.report.Report;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * CONCERNS.md: the concerns audit an operator would write by hand — sections in audit order, one
 * concern per rule or theme with Issue, Files, Impact, Fix approach and Effort, the gaps accepted on
 * purpose, and a closing "Concerns audit: date" line, the only line that changes between two scans
 * of the same tree.
 */
public final class ConcernsMarkdown implements Report {

    /** Locations listed per concern before "+N more": enough to start with, short enough to read. */
    static final int LOCATIONS_SHOWN = 5;

    /** The dated closing line's prefix; golden-file tests mask the rest of it. */
    public static final String DATED_LINE = "Concerns audit: ";

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        out.write(render(Concerns.of(result), result));
        out.flush();
    }

    public static String render(Concerns concerns, ScanResult result) {
        StringBuilder md = new StringBuilder(16_384);
        md.append("# Concerns\n\n");
        CoverageMarkdown.lead(result, md);
        md.append(summary(concerns, result)).append("\n");
        if (!concerns.concerns().isEmpty()) {
            md.append("\n| Section | Concerns | Findings |\n|---|---|---|\n");
            for (Section section : concerns.sections()) {
                List<Concern> in = concerns.in(section);
                md.append("| ").append(section.heading()).append(" | ").append(in.size()).append(" | ")
                        .append(in.stream().mapToInt(Concern::findings).sum()).append(" |\n");
            }
        }
        for (Section section : concerns.sections()) {
            md.append("\n## ").append(section.heading()).append('\n');
            for (Concern concern : concerns.in(section)) {
                concern(md, concern);
            }
        }
        if (!concerns.accepted().isEmpty()) {
            md.append("\n## Accepted Gaps\n\n")
                    .append("Findings under an exception someone accepted, with the reason given; an expired "
                            + "exception no longer hides its finding.\n\n");
            for (AcceptedGap gap : concerns.accepted()) {
                StringJoiner where = new StringJoiner(", ");
                gap.locations().forEach(l -> where.add(MarkdownText.code(l.where())));
                md.append("- **").append(MarkdownText.escape(gap.title())).append("** (")
                        .append(MarkdownText.code(gap.rule())).append(") ").append(where);
                if (!gap.subject().isEmpty()) {
                    md.append(" — ").append(MarkdownText.escape(gap.subject()));
                }
                md.append(": ").append(MarkdownText.escape(sentence(gap.reason()))).append(' ')
                        .append(acceptedBy(gap)).append('\n');
            }
        }
        md.append("\n---\n\n").append(DATED_LINE).append(concerns.date()).append('\n');
        return md.toString();
    }

    private static String summary(Concerns concerns, ScanResult result) {
        if (concerns.concerns().isEmpty()) {
            return "Audit of " + MarkdownText.code(rootName(result.root())) + " from its code: no open concern in "
                    + Wording.count(result.files(), "file") + accepted(concerns) + ".";
        }
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        concerns.concerns().forEach(c -> bySeverity.merge(c.severity(), 1, Integer::sum));
        StringJoiner severities = new StringJoiner(", ");
        bySeverity.forEach((severity, n) -> severities.add(n + " " + severity.id()));
        int findings = concerns.concerns().stream().mapToInt(Concern::findings).sum();
        String workloads = result.facts().workloads() > 0 ? ", " + Wording.count(result.facts().workloads(), "workload") : "";
        return "Audit of " + MarkdownText.code(rootName(result.root())) + " from its code ("
                + Wording.count(result.files(), "file") + ", " + Wording.count(result.resources(), "resource")
                + workloads + "): " + Wording.count(concerns.concerns().size(), "concern") + " (" + severities
                + ") from " + Wording.count(findings, "finding") + accepted(concerns) + ".";
    }

    private static String accepted(Concerns concerns) {
        int n = concerns.accepted().size();
        int findings = concerns.accepted().stream().mapToInt(gap -> gap.locations().size()).sum();
        return n == 0 ? "" : "; " + n + " accepted " + (n == 1 ? "gap" : "gaps") + " ("
                + Wording.count(findings, "finding") + ") listed at the end";
    }

    private static void concern(StringBuilder md, Concern concern) {
        md.append("\n### ").append(MarkdownText.escape(concern.title())).append("\n\n");
        md.append('*').append(concern.severity().id()).append(" · ");
        StringJoiner ids = new StringJoiner(", ");
        concern.rules().forEach(id -> ids.add(MarkdownText.code(id)));
        md.append(ids).append("*\n\n");
        md.append("**Issue:** ").append(inline(concern.issue())).append("\n\n");
        List<Location> locations = concern.locations();
        if (locations.size() == 1) {
            md.append("**Files:** ").append(location(locations.get(0))).append("\n\n");
        } else {
            md.append("**Files:**\n");
            locations.stream().limit(LOCATIONS_SHOWN).forEach(l -> md.append("- ").append(location(l)).append('\n'));
            if (locations.size() > LOCATIONS_SHOWN) {
                md.append("- +").append(locations.size() - LOCATIONS_SHOWN).append(" more\n");
            }
            md.append('\n');
        }
        md.append("**Impact:** ").append(concern.impact().strip()).append("\n\n");
        md.append("**Fix approach:** ").append(concern.fix().strip()).append("\n\n");
        md.append("**Effort:** ").append(effort(concern)).append('\n');
    }

    private static String effort(Concern concern) {
        String each = concern.effort().name() + " (" + concern.effort().meaning() + ")";
        return concern.findings() == 1 ? each + "." : each + " each, " + concern.findings() + " places.";
    }

    private static String location(Location location) {
        StringBuilder text = new StringBuilder(MarkdownText.code(location.where()));
        if (!location.subject().isEmpty()) {
            text.append(" — ").append(MarkdownText.escape(location.subject()));
        }
        if (!location.detail().isEmpty()) {
            text.append(" (").append(MarkdownText.escape(location.detail())).append(')');
        }
        return text.toString();
    }

    private static String acceptedBy(AcceptedGap gap) {
        String by = switch (gap.by()) {
            case "config" -> "Accepted in `.plumb.yaml`";
            case "inline" -> "Ignored by a `# plumb:ignore` comment";
            case "annotation" -> "Ignored by a `plumb.dev/ignore` annotation";
            default -> "Accepted (" + MarkdownText.escape(gap.by()) + ")";
        };
        return gap.expires() == null ? by + ", no expiry." : by + " until " + gap.expires() + ".";
    }

    /** Model text: backticks mark code, everything else is escaped so repository values cannot start markup. */
    static String inline(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            out.append(code ? MarkdownText.code(parts[i]) : MarkdownText.escapeFragment(parts[i].replaceAll("\\s*\\R\\s*", " ")));
        }
        return out.toString();
    }

    private static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() || trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    static String rootName(String root) {
        String trimmed = root.replace('\\', '/');
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return name.isEmpty() ? trimmed : name;
    }
}
