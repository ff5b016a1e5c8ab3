package dev.plumb.report;

/**
 * Text from the scanned repository placed into Markdown. Messages quote values from files; a '*' or
 * '_' in an image name must not turn the rest of a line italic, a '|' must not split a table cell
 * when the list is pasted into one, and a '<' must not open raw HTML in a rendered report.
 */
public final class MarkdownText {

    private static final String SIGNIFICANT = "\\`*_[]<>|~";

    private MarkdownText() {
    }

    /** Inline text: one line, every character that could start markup escaped. */
    public static String escape(String text) {
        return escapeFragment(oneLine(text));
    }

    /** As {@link #escape}, for a piece of a line: its surrounding spaces are kept. */
    public static String escapeFragment(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SIGNIFICANT.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A code span that survives backticks inside it: the fence is one backtick longer than the
     * longest run in the text, as CommonMark allows, so paths are never mangled by escaping.
     */
    public static String code(String text) {
        String line = oneLine(text);
        String fence = "`".repeat(longestBacktickRun(line) + 1);
        boolean pad = line.startsWith("`") || line.endsWith("`") || (line.startsWith(" ") && line.endsWith(" "));
        String inner = pad ? " " + line + " " : line;
        return fence + inner + fence;
    }

    // A list item ends at a line break; parser messages span several lines, so they are joined.
    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The longest run of backticks in {@code text}; a fence or code span around it needs one more. */
    static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
