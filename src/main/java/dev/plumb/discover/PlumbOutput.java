package dev.plumb.discover;

import java.util.regex.Pattern;

/**
 * Recognises a report plumb wrote, by its content: teams commit CONCERNS.md, COMPLIANCE.md,
 * report.html, plumb.json and plumb.sarif next to the code, and those files name the very tools
 * (Loki, Velero, Kyverno…) the capability rules search for, so reading them would let the last
 * report decide the next one.
 */
final class PlumbOutput {

    /** How far into a file the JSON and SARIF reports name their tool. */
    private static final int HEAD = 600;
    private static final Pattern JSON_TOOL = Pattern.compile(
            "\\A\\{\\s*\"schemaVersion\"\\s*:\\s*\\d+\\s*,\\s*\"tool\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"plumb\"");
    private static final Pattern SARIF_TOOL = Pattern.compile(
            "\\A\\{\\s*\"\\$schema\"\\s*:\\s*\"[^\"]*sarif[^\"]*\"[\\s\\S]*?\"driver\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"plumb\"");
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("\\A# (?:Concerns|Compliance Matrix)\\r?\\n");
    private static final Pattern MARKDOWN_CLOSING = Pattern.compile(
            "(?:Concerns audit|Compliance matrix): \\d{4}-\\d{2}-\\d{2}\\s*\\z");
    /** The generator tag report.html carries in its head. */
    static final String HTML_GENERATOR = "<meta name=\"generator\" content=\"plumb\">";

    private PlumbOutput() {}

    static boolean isReport(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        if (name.endsWith(".json")) {
            return JSON_TOOL.matcher(head).find();
        }
        if (name.endsWith(".sarif") || name.endsWith(".sarif.json")) {
            return SARIF_TOOL.matcher(head).find();
        }
        if (name.endsWith(".md")) {
            // Git may have given the file CRLF line ends on checkout.
            return MARKDOWN_TITLE.matcher(head).find() && MARKDOWN_CLOSING.matcher(text).find();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return head.contains(HTML_GENERATOR);
        }
        return false;
    }
}
