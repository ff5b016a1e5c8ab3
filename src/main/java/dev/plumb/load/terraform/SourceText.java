package dev.plumb.load.terraform;

import dev.plumb.model.Position;
import java.util.Arrays;

/**
 * The text of one file with its line starts, turning character offsets into 1-based lines and
 * columns. rewrite-hcl's nodes know no positions, only the whitespace and comments before them,
 * so every position plumb reports is computed here from offsets in the source.
 */
final class SourceText {

    private final String path;
    private final String text;
    private final int[] lineStarts;

    SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** Offset where the 1-based {@code line} starts (the end of the text past the last line). */
    int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line > lineStarts.length ? text.length() : lineStarts[line - 1];
    }

    Position position(int offset) {
        int line = line(offset);
        return new Position(path, line, offset - lineStarts[line - 1] + 1);
    }

    /** The line of the last character of {@code [start, end)}: where a node written there ends. */
    int endLine(int start, int end) {
        return line(Math.max(start, end - 1));
    }

    /**
     * The first offset at or after {@code offset} that is neither whitespace nor a comment: where a
     * node really starts, since the printer emits its prefix (blank lines, comments) first.
     */
    int skipBlanksAndComments(int offset) {
        int at = offset;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                at++;
            } else if (c == '#' || startsWith(at, "//")) {
                at = endOfLine(at);
            } else if (startsWith(at, "/*")) {
                int close = text.indexOf("*/", at + 2);
                at = close < 0 ? text.length() : close + 2;
            } else {
                break;
            }
        }
        return at;
    }

    private boolean startsWith(int at, String prefix) {
        return text.startsWith(prefix, at);
    }

    private int endOfLine(int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline;
    }

    /** The first offset where {@code other} differs from this text, or -1 when they are equal. */
    int firstDifference(CharSequence other) {
        int common = Math.min(text.length(), other.length());
        for (int i = 0; i < common; i++) {
            if (text.charAt(i) != other.charAt(i)) {
                return i;
            }
        }
        return text.length() == other.length() ? -1 : common;
    }
}
