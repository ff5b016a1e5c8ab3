package dev.plumb.discover;

import java.util.Optional;

/** One line of a {@code .gitignore}-style file, with git's meaning. */
final class IgnorePattern {

    /** Marks a {@code **} segment, which may stand for any number of directories. */
    private static final SegmentGlob ANY_DEPTH = SegmentGlob.compile("*");

    private final String source;
    private final boolean negated;
    private final boolean directoriesOnly;
    /** Unanchored patterns are matched against the last name only, which is the common and cheap case. */
    private final boolean anchored;
    private final SegmentGlob[] segments;

    private IgnorePattern(
            String source, boolean negated, boolean directoriesOnly, boolean anchored, SegmentGlob[] segments) {
        this.source = source;
        this.negated = negated;
        this.directoriesOnly = directoriesOnly;
        this.anchored = anchored;
        this.segments = segments;
    }

    /** Empty for blank lines, comments and lines that can never match anything. */
    static Optional<IgnorePattern> parse(String line) {
        String text = trimTrailingSpaces(stripCarriageReturn(line));
        if (text.isEmpty() || text.charAt(0) == '#') {
            return Optional.empty();
        }
        boolean negated = text.charAt(0) == '!';
        if (negated) {
            text = text.substring(1);
        }
        boolean directoriesOnly = text.endsWith("/");
        if (directoriesOnly) {
            text = text.substring(0, text.length() - 1);
        }
        boolean anchored = text.indexOf('/') >= 0;
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = anchored ? text.split("/", -1) : new String[] {text};
        SegmentGlob[] segments = new SegmentGlob[parts.length];
        for (int i = 0; i < parts.length; i++) {
            segments[i] = anchored && parts[i].equals("**") ? ANY_DEPTH : SegmentGlob.compile(parts[i]);
        }
        return Optional.of(new IgnorePattern(line, negated, directoriesOnly, anchored, segments));
    }

    boolean negated() {
        return negated;
    }

    /**
     * @param names the path split on {@code /}
     * @param from index of the first name below the directory holding the ignore file
     */
    boolean matches(String[] names, int from, boolean directory) {
        if (directoriesOnly && !directory) {
            return false;
        }
        if (!anchored) {
            return segments[0].matches(names[names.length - 1]);
        }
        return matchFrom(0, names, from);
    }

    private boolean matchFrom(int s, String[] names, int n) {
        if (s == segments.length) {
            return n == names.length;
        }
        if (segments[s] == ANY_DEPTH) {
            if (s == segments.length - 1) {
                // A trailing /** means "everything inside", never the directory itself.
                return n < names.length;
            }
            for (int skip = n; skip <= names.length; skip++) {
                if (matchFrom(s + 1, names, skip)) {
                    return true;
                }
            }
            return false;
        }
        return n < names.length && segments[s].matches(names[n]) && matchFrom(s + 1, names, n + 1);
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Git drops trailing spaces unless the last one is escaped with a backslash. */
    private static String trimTrailingSpaces(String line) {
        int firstTrailingSpace = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (firstTrailingSpace < 0) {
                    firstTrailingSpace = i;
                }
            } else {
                firstTrailingSpace = -1;
                if (c == '\\') {
                    i++;
                }
            }
        }
        return firstTrailingSpace < 0 ? line : line.substring(0, firstTrailingSpace);
    }

    @Override
    public String toString() {
        return source;
    }
}
