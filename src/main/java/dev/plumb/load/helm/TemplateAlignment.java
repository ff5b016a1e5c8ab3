package dev.plumb.load.helm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which template line wrote each line of a rendered document. Helm keeps no such map, so it is
 * recovered the way a reader would: rendered keys are matched, in order, against the template's keys;
 * a block of lines a template action emits whole ({@code toYaml}, {@code include}, {@code tpl}) belongs
 * to that action's line for as long as the rendered lines stay indented under it; a key a {@code range}
 * repeats is found again above. One alignment reads the documents of one template in order, since a
 * template may write several.
 */
final class TemplateAlignment {

    private static final Pattern ACTION = Pattern.compile("\\{\\{-?(.*?)-?}}");
    private static final Pattern WRITES_BLOCK = Pattern.compile("\\b(?:toYaml|toJson|toPrettyJson|include|tpl|template)\\b");
    /** Actions that write nothing: assignments, control, definitions, comments. */
    private static final Pattern SILENT = Pattern.compile("^\\s*(?:\\$[\\w]*\\s*:?=|if\\b|else\\b|with\\b|range\\b|end\\b|define\\b|block\\b|/\\*)");
    private static final Pattern INDENT = Pattern.compile("\\bn?indent\\s+(\\d{1,3})\\b");
    private static final Pattern END = Pattern.compile("\\{\\{-?\\s*end\\b");
    private static final Pattern OPENS = Pattern.compile("\\{\\{-?\\s*(?:if|with|range|define|block)\\b");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*(?:-\\s+)*[\"']?[\\w./-]+[\"']?:(?:\\s|$)");

    private final String[] template;
    private int cursor;
    private int last;
    private int emitter = -1;
    private int emitterIndent;

    TemplateAlignment(String templateText) {
        this.template = templateText.split("\n", -1);
    }

    /** The 1-based template line of each 1-based rendered line ({@code [0]} unused). */
    int[] align(String document) {
        String[] rendered = document.split("\n", -1);
        startDocument(rendered);
        int[] lines = new int[rendered.length + 1];
        for (int i = 0; i < rendered.length; i++) {
            lines[i + 1] = locate(rendered[i]) + 1;
        }
        return lines;
    }

    /**
     * A template may write several documents, and a range may write the same document again: the next
     * document starts at the next line writing its first key, or, when none is ahead, at the first such line
     * inside the range above.
     */
    private void startDocument(String[] rendered) {
        emitter = -1;
        String first = null;
        String firstContent = null;
        for (String line : rendered) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                first = keyOf(content);
                firstContent = content;
                break;
            }
        }
        if (first == null || first.isEmpty()) {
            return;
        }
        for (int t = cursor; t < template.length; t++) {
            if (matches(template[t], first, firstContent)) {
                cursor = t;
                return;
            }
        }
        int from = 0;
        for (int t = Math.min(cursor, template.length) - 1; t >= 0; t--) {
            if (template[t].matches(".*\\{\\{-?\\s*range\\b.*")) {
                from = t;
                break;
            }
        }
        for (int t = from; t < template.length; t++) {
            if (matches(template[t], first, firstContent)) {
                cursor = t;
                return;
            }
        }
    }

    private int locate(String line) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return last;
        }
        int indent = indentOf(line);
        if (emitter >= 0 && indent >= emitterIndent) {
            return emitter;
        }
        emitter = -1;
        String key = keyOf(content);
        if (key != null && key.isEmpty()) {
            // A line of a block scalar or a wrapped value: it belongs to the key above it.
            return last;
        }
        for (int t = cursor; t < template.length; t++) {
            if (matches(template[t], key, content)) {
                return matched(t, indent);
            }
            int repeated = END.matcher(template[t]).find() ? inRangeBody(t, key, content) : -1;
            if (repeated >= 0) {
                // The end of a range: its body writes the same keys again for the next element.
                return matched(repeated, indent);
            }
            if (emits(template[t]) && indent >= indentOfOutput(template[t])) {
                emitter = t;
                emitterIndent = indent;
                cursor = t + 1;
                last = t;
                return t;
            }
        }
        // Not ahead: a key written once in the template and repeated by a range loop is above.
        for (int t = Math.min(cursor, template.length) - 1; t >= 0; t--) {
            if (matches(template[t], key, content)) {
                return matched(t, indent);
            }
        }
        return last;
    }

    /** The line of the range body that {@code end} (at {@code end}) closes which writes the key, or -1. */
    private int inRangeBody(int end, String key, String content) {
        int depth = 0;
        for (int t = end - 1; t >= 0; t--) {
            if (END.matcher(template[t]).find()) {
                depth++;
            } else if (OPENS.matcher(template[t]).find()) {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                if (!template[t].matches(".*\\{\\{-?\\s*range\\b.*")) {
                    return -1;
                }
                for (int body = t + 1; body < end; body++) {
                    if (matches(template[body], key, content)) {
                        return body;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private int matched(int t, int indent) {
        cursor = t + 1;
        last = t;
        if (keyEmits(template[t])) {
            // key: {{ include … | nindent }}: what the action emits is nested under this key.
            emitter = t;
            emitterIndent = indent + 1;
        }
        return t;
    }

    private static boolean matches(String templateLine, String key, String content) {
        String candidate = stripItems(templateLine.strip());
        if (key == null) {
            String item = content.substring(1).strip();
            String written = templateLine.strip();
            return written.startsWith("-") && (written.substring(1).strip().equals(item) || written.contains("{{"));
        }
        return candidate.startsWith(key + ":") || candidate.startsWith("\"" + key + "\":") || candidate.startsWith("'" + key + "':");
    }

    /** A line whose output is a block some action writes ({@code {{- include "labels" . | nindent 4 }}}). */
    private static boolean emits(String templateLine) {
        if (KEY_LINE.matcher(templateLine).find()) {
            return false;
        }
        Matcher action = ACTION.matcher(templateLine);
        while (action.find()) {
            String inside = action.group(1);
            if (!SILENT.matcher(inside).find() && WRITES_BLOCK.matcher(inside).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How deep the block a line emits is indented ({@code nindent 8}), 0 when not said: a rendered line less
     * indented than that was not written by it (the action sat in a block that rendered nothing).
     */
    private static int indentOfOutput(String templateLine) {
        Matcher indent = INDENT.matcher(templateLine);
        return indent.find() ? Integer.parseInt(indent.group(1)) : 0;
    }

    /** A key line that also writes a block under the key ({@code labels: {{- include … | nindent 4 }}}). */
    private static boolean keyEmits(String templateLine) {
        Matcher action = ACTION.matcher(templateLine);
        while (action.find()) {
            String inside = action.group(1);
            if (!SILENT.matcher(inside).find() && WRITES_BLOCK.matcher(inside).find() && inside.contains("indent")) {
                return true;
            }
        }
        return false;
    }

    /** The mapping key a rendered line writes; null for a plain list item, "" for a line that writes no key. */
    static String keyOf(String content) {
        String text = stripItems(content);
        if (text.startsWith("-")) {
            return null;
        }
        int colon = keyEnd(text);
        if (colon <= 0) {
            return content.startsWith("-") ? null : "";
        }
        String key = text.substring(0, colon).strip();
        if ((key.startsWith("\"") && key.endsWith("\"")) || (key.startsWith("'") && key.endsWith("'"))) {
            key = key.length() >= 2 ? key.substring(1, key.length() - 1) : key;
        }
        return key;
    }

    private static int keyEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String stripItems(String text) {
        String stripped = text;
        while (stripped.startsWith("- ")) {
            stripped = stripped.substring(2).stripLeading();
        }
        return stripped;
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
