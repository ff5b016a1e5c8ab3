package dev.plumb.load.helm;

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

    private static final Pattern EMITS = Pattern.compile("\\{\\{-?\\s*(?:[^}]*[\\s(|])?(?:toYaml|toJson|toPrettyJson|include|tpl|template)\\b");
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
        int[] lines = new int[rendered.length + 1];
        for (int i = 0; i < rendered.length; i++) {
            lines[i + 1] = locate(rendered[i]) + 1;
        }
        return lines;
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
            if (emits(template[t])) {
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

    private int matched(int t, int indent) {
        cursor = t + 1;
        last = t;
        if (emits(template[t])) {
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

    private static boolean emits(String templateLine) {
        return EMITS.matcher(templateLine).find() && !KEY_LINE.matcher(templateLine).find();
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
