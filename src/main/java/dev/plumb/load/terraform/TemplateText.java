package dev.plumb.load.terraform;

/**
 * The value of a template without interpolation. Terraform decodes backslash escapes in quoted
 * strings only, and in both quoted strings and heredocs {@code $${} and {@code %%{} stand for the
 * literal {@code ${} and {@code %{}.
 */
final class TemplateText {

    private TemplateText() {}

    /** The value of a quoted string's raw content, or null when it holds a template directive. */
    static String quoted(String raw) {
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                i = decodeEscape(raw, i + 1, value);
            } else if (isEscapedMarker(raw, i)) {
                value.append(raw.charAt(i + 1)).append('{');
                i += 2;
            } else if (isUnescapedTemplateMarker(raw, i)) {
                return null;
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    /** The value of a heredoc's raw lines; {@code flush} ({@code <<-}) removes their common indentation. */
    static String heredoc(String rawLines, boolean flush) {
        String lines = flush ? removeCommonIndent(rawLines) : rawLines;
        StringBuilder value = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            if (isEscapedMarker(lines, i)) {
                value.append(lines.charAt(i + 1)).append('{');
                i += 2;
            } else if (isUnescapedTemplateMarker(lines, i)) {
                return null;
            } else {
                value.append(lines.charAt(i));
            }
        }
        return value.toString();
    }

    private static boolean isEscapedMarker(String text, int at) {
        return (text.startsWith("$${", at) || text.startsWith("%%{", at));
    }

    private static boolean isUnescapedTemplateMarker(String text, int at) {
        return text.startsWith("%{", at) || text.startsWith("${", at);
    }

    /** Appends the escape starting after the backslash at {@code at - 1}; returns the last offset consumed. */
    private static int decodeEscape(String raw, int at, StringBuilder value) {
        char kind = raw.charAt(at);
        switch (kind) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u', 'U' -> {
                int digits = kind == 'u' ? 4 : 8;
                if (isHex(raw, at + 1, digits)) {
                    int codePoint = Integer.parseInt(raw, at + 1, at + 1 + digits, 16);
                    if (Character.isValidCodePoint(codePoint)) {
                        value.appendCodePoint(codePoint);
                        return at + digits;
                    }
                }
                value.append('\\').append(kind);
            }
            default -> value.append('\\').append(kind);
        }
        return at;
    }

    private static boolean isHex(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String removeCommonIndent(String text) {
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, leadingBlanks(line));
            }
        }
        if (indent == Integer.MAX_VALUE || indent == 0) {
            return text;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            result.append(line, Math.min(indent, leadingBlanks(line)), line.length());
            if (i < lines.length - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    private static int leadingBlanks(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }
}
