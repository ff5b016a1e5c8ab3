package dev.plumb.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expectation written in a fixture's raw text as a {@code #} comment, so the same syntax works
 * in every format plumb reads (YAML, HCL, Ansible):
 * <ul>
 *   <li>{@code # expect: <rule-id> ["substring"]}: a finding on this line;</li>
 *   <li>{@code # expect-below: <rule-id> ["substring"]}: on the next line, for a line that cannot
 *       carry a comment (inside a block scalar, or a line holding a {@code plumb:ignore});</li>
 *   <li>{@code # expect-file: <rule-id> ["substring"]}: a finding about the file as a whole, which
 *       plumb reports at line 1.</li>
 * </ul>
 * Quotes inside the substring are written {@code \"}.
 */
record Marker(Kind kind, String ruleId, String substring, int markerLine, int targetLine) {

    enum Kind { HERE, BELOW, FILE }

    private static final Pattern MARKER = Pattern.compile(
            "#\\s*expect(-below|-file)?:\\s*([A-Za-z0-9_-]+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?");

    static List<Marker> parse(String text) {
        List<Marker> markers = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = MARKER.matcher(lines.get(i));
            while (matcher.find()) {
                Kind kind = matcher.group(1) == null ? Kind.HERE
                        : matcher.group(1).equals("-below") ? Kind.BELOW : Kind.FILE;
                int line = i + 1;
                int target = switch (kind) {
                    case HERE -> line;
                    case BELOW -> line + 1;
                    case FILE -> 1;
                };
                String substring = matcher.group(3) == null ? null : matcher.group(3).replaceAll("\\\\(.)", "$1");
                markers.add(new Marker(kind, matcher.group(2), substring, line, target));
            }
        }
        return markers;
    }

    /** The line without its marker comments (and the whitespace before them). */
    static String strip(String line) {
        return MARKER.matcher(line).replaceAll("").stripTrailing();
    }

    /** A marker line that reproduces {@code message} at {@code line}, for pasting into a fixture. */
    static String pasteReady(int line, String ruleId, String message) {
        return line + ": # expect: " + ruleId + " \"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
