package dev.plumb.report;

import dev.plumb.result.ScanResult;

/** The coverage paragraphs every Markdown report opens with: what was analysed, and what was left out. */
public final class CoverageMarkdown {

    private CoverageMarkdown() {}

    /** Appends the warning (when under half was analysed), the coverage sentences and the left-out folders. */
    public static void lead(ScanResult result, StringBuilder md) {
        String warning = CoverageText.warning(result);
        if (!warning.isEmpty()) {
            md.append("> **").append(MarkdownText.escape(warning)).append("**\n\n");
        }
        String coverage = CoverageText.paragraph(result);
        if (!coverage.isEmpty()) {
            md.append(MarkdownText.escape(coverage)).append("\n\n");
        }
        var leftOut = CoverageText.leftOut(result);
        if (!leftOut.isEmpty()) {
            leftOut.forEach(folder -> md.append("- ").append(MarkdownText.code(folder.scope() + "/")).append(": ")
                    .append(Tally.count(folder.findings(), "finding")).append(" left out (")
                    .append(MarkdownText.escape(folder.reason())).append(")\n"));
            md.append("\nFindings in retired and test content are left out; `--include-retired` counts them.\n\n");
        }
    }
}
