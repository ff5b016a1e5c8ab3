package dev.plumb.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * A gitignore glob for one path segment: {@code *}, {@code ?}, {@code [...]} and backslash escapes.
 * None of them can cross a {@code /}, so matching a single name is all that is ever needed.
 */
final class SegmentGlob {

    private interface CharTest {
        boolean accepts(char c);
    }

    /** Stands for {@code *}; compared by identity. */
    private static final CharTest STAR = c -> true;

    private static final CharTest ANY = c -> true;

    private final CharTest[] tokens;
    /** Set when the glob has no wildcard, so the common case costs one {@code equals}. */
    private final String literal;

    private SegmentGlob(CharTest[] tokens, String literal) {
        this.tokens = tokens;
        this.literal = literal;
    }

    static SegmentGlob compile(String glob) {
        List<CharTest> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        boolean wild = false;
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                char escaped = glob.charAt(i + 1);
                tokens.add(d -> d == escaped);
                literal.append(escaped);
                i += 2;
            } else if (c == '*') {
                wild = true;
                if (tokens.isEmpty() || tokens.get(tokens.size() - 1) != STAR) {
                    tokens.add(STAR);
                }
                i++;
            } else if (c == '?') {
                wild = true;
                tokens.add(ANY);
                i++;
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end < 0) {
                    // An unterminated class is far more likely a literal bracket in a file name than a mistake.
                    tokens.add(d -> d == '[');
                    literal.append('[');
                    i++;
                } else {
                    wild = true;
                    tokens.add(charClass(glob, i + 1, end));
                    i = end + 1;
                }
            } else {
                tokens.add(d -> d == c);
                literal.append(c);
                i++;
            }
        }
        return new SegmentGlob(tokens.toArray(CharTest[]::new), wild ? null : literal.toString());
    }

    boolean matches(String name) {
        if (literal != null) {
            return literal.equals(name);
        }
        int t = 0;
        int n = 0;
        int starToken = -1;
        int starName = -1;
        while (n < name.length()) {
            if (t < tokens.length && tokens[t] == STAR) {
                starToken = t++;
                starName = n;
            } else if (t < tokens.length && tokens[t].accepts(name.charAt(n))) {
                t++;
                n++;
            } else if (starToken >= 0) {
                // Let the last star swallow one more character and retry; one star of backtracking suffices.
                t = starToken + 1;
                n = ++starName;
            } else {
                return false;
            }
        }
        while (t < tokens.length && tokens[t] == STAR) {
            t++;
        }
        return t == tokens.length;
    }

    /** Index of the {@code ]} closing the class opened at {@code open}, or -1. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            i++;
        }
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++; // a leading ] is a member, not the end
        }
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == ']') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static CharTest charClass(String glob, int from, int end) {
        boolean negated = glob.charAt(from) == '!' || glob.charAt(from) == '^';
        int i = negated ? from + 1 : from;
        StringBuilder lows = new StringBuilder();
        StringBuilder highs = new StringBuilder();
        while (i < end) {
            char low = glob.charAt(i);
            if (low == '\\' && i + 1 < end) {
                low = glob.charAt(++i);
            }
            i++;
            char high = low;
            if (i + 1 < end && glob.charAt(i) == '-') {
                high = glob.charAt(i + 1);
                if (high == '\\' && i + 2 < end) {
                    high = glob.charAt(i + 2);
                    i++;
                }
                i += 2;
            }
            lows.append(low);
            highs.append(high);
        }
        char[] from0 = lows.toString().toCharArray();
        char[] to0 = highs.toString().toCharArray();
        return c -> {
            boolean member = false;
            for (int k = 0; k < from0.length && !member; k++) {
                member = c >= from0[k] && c <= to0[k];
            }
            return member != negated;
        };
    }
}
