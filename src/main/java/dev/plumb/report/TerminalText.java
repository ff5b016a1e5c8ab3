package dev.plumb.report;

import java.util.List;
import java.util.Locale;

/**
 * Makes text from the scanned repository safe to print on a terminal. Messages quote values from
 * files anyone could have written; an escape sequence in a YAML value must show up as text, not
 * recolour, retitle or rewrite the operator's terminal. Bidirectional overrides are shown too, so a
 * path cannot display as something it is not.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** One line: control characters (line breaks included) become visible escapes. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || isBidiControl(c)) {
                out.append(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", c) : String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A message's own lines, cleaned and without trailing blanks: parser errors come with a source
     * excerpt and a caret that only make sense laid out on their own lines.
     */
    static List<String> lines(String text) {
        List<String> lines = text == null ? List.of() : text.strip().lines().map(l -> clean(l).stripTrailing()).toList();
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }
}
