package dev.plumb.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * The concerns model's prose as HTML: {@code `backticks`} mark code, and rationale or fix text may
 * hold fenced code blocks. Every other character is escaped, since the sentences quote names and
 * values from the repository.
 */
final class ModelText {

    private ModelText() {
    }

    /** One line of prose with code spans. */
    static String inline(String text) {
        String[] parts = (text == null ? "" : text).split("`", -1);
        StringBuilder html = new StringBuilder(text == null ? 0 : text.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            // An unmatched last backtick stays text rather than opening a span that never closes.
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (code) {
                html.append("<code>").append(Html.escape(parts[i])).append("</code>");
            } else {
                html.append(Html.escape((i % 2 == 1 ? "`" : "") + parts[i].replaceAll("\\s*\\R\\s*", " ")));
            }
        }
        return html.toString();
    }

    /** Paragraphs of prose, and fenced blocks as preformatted code. */
    static String blocks(String text) {
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        StringBuilder code = null;
        for (String line : (text == null ? "" : text.strip()).split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                if (code == null) {
                    flush(html, paragraph);
                    code = new StringBuilder();
                } else {
                    html.append("<pre><code>").append(Html.escape(code.toString())).append("</code></pre>");
                    code = null;
                }
            } else if (code != null) {
                code.append(line).append('\n');
            } else if (line.isBlank()) {
                flush(html, paragraph);
            } else {
                paragraph.add(line.strip());
            }
        }
        if (code != null) {
            html.append("<pre><code>").append(Html.escape(code.toString())).append("</code></pre>");
        }
        flush(html, paragraph);
        return html.toString();
    }

    private static void flush(StringBuilder html, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>");
            paragraph.clear();
        }
    }
}
