package dev.plumb.report;

import dev.plumb.model.SkippedFile;
import dev.plumb.result.Finding;
import dev.plumb.result.ScanResult;
import dev.plumb.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * A plain Markdown list of the findings, for pasting into an issue or a pull request. It is not the
 * concerns report; it exists so a scan can be shared without a terminal.
 */
public final class MarkdownReport implements Report {

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        StringBuilder md = new StringBuilder(4096);
        md.append("# plumb findings\n\n");
        CoverageMarkdown.lead(result, md);
        md.append(headline(result)).append('\n');
        List<Finding> active = result.active();
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = active.stream().filter(f -> f.severity() == severity).toList();
            if (!ofSeverity.isEmpty()) {
                section(md, title(severity));
                ofSeverity.forEach(finding -> md.append(item(finding)).append('\n'));
            }
        }
        if (!result.suppressed().isEmpty()) {
            section(md, "Suppressed");
            for (Finding finding : result.suppressed()) {
                md.append(item(finding)).append(" — suppressed by ")
                        .append(MarkdownText.escape(finding.suppression().by())).append(": ")
                        .append(MarkdownText.escape(finding.suppression().reason())).append('\n');
            }
        }
        if (!result.skipped().isEmpty()) {
            section(md, "Skipped files");
            for (SkippedFile file : result.skipped()) {
                md.append("- ").append(MarkdownText.code(file.path())).append(" — ")
                        .append(MarkdownText.escape(file.reason())).append('\n');
            }
        }
        out.write(md.toString());
        out.flush();
    }

    private static String headline(ScanResult result) {
        String suppressed = result.suppressed().isEmpty() ? "" : " (" + result.suppressed().size() + " suppressed)";
        return "Root " + MarkdownText.code(result.root()) + " · scanned " + Timestamps.human(result.scannedAt())
                + " · " + Tally.findings(result) + suppressed + " · " + Tally.files(result)
                + " · " + Tally.resources(result);
    }

    private static void section(StringBuilder md, String title) {
        md.append("\n## ").append(title).append("\n\n");
    }

    private static String title(Severity severity) {
        String id = severity.id();
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** "- **rule** `path:line` — subject: message (note)"; the subject is left out for file-level findings. */
    private static String item(Finding finding) {
        return "- **" + MarkdownText.escape(finding.rule().id()) + "** "
                + MarkdownText.code(FindingText.location(finding)) + " — "
                + MarkdownText.escape(FindingText.withNote(finding,
                        FindingText.subjectPrefix(finding) + finding.message()));
    }
}
