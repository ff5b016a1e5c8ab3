package dev.plumb.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The example shown for each rule in docs/rules.md: the first flagged lines of its fixture with a
 * few lines of context, markers removed and the flagged lines pointed out.
 */
final class FixtureExamples {

    private static final int SHOWN = 2;
    private static final int BEFORE = 4;
    private static final int AFTER = 1;
    /**
     * A line of a PEM body or an encoded key. Examples ship in every SARIF file and in explain: key
     * material there, even a fixture's, would be flagged by secret scanners (plumb's own included).
     */
    private static final Pattern KEY_BODY = Pattern.compile("\\s*[A-Za-z0-9+/]{40,}={0,2}\\s*");

    private FixtureExamples() {
    }

    static Map<String, String> all() {
        Map<String, String> examples = new LinkedHashMap<>();
        for (Fixture fixture : Fixture.all()) {
            for (Fixture.File file : fixture.files()) {
                String example = of(fixture.ruleId(), file);
                if (!example.isEmpty()) {
                    examples.putIfAbsent(fixture.ruleId(), example);
                }
            }
        }
        return examples;
    }

    static String of(String ruleId, Fixture.File file) {
        List<String> lines = file.lines();
        TreeSet<Integer> flagged = new TreeSet<>();
        for (Marker marker : file.markers()) {
            if (marker.ruleId().equals(ruleId) && marker.kind() != Marker.Kind.FILE && flagged.size() < SHOWN) {
                flagged.add(marker.targetLine());
            }
        }
        TreeSet<Integer> shown = new TreeSet<>();
        for (int target : flagged) {
            for (int line = Math.max(1, target - BEFORE); line <= Math.min(lines.size(), target + AFTER); line++) {
                shown.add(line);
            }
        }
        List<String> out = new ArrayList<>();
        int previous = -1;
        for (int line : shown) {
            String raw = lines.get(line - 1);
            String text = Marker.strip(raw);
            if (text.isBlank() && !raw.isBlank()) {
                continue; // a line that only held a marker
            }
            if (previous > 0 && line > previous + 1) {
                out.add("# ...");
            }
            if (KEY_BODY.matcher(text).matches()) {
                text = text.substring(0, text.length() - text.stripLeading().length()) + "(key material left out)";
            }
            out.add(flagged.contains(line) ? text + "  # <-- " + ruleId : text);
            previous = line;
        }
        return String.join("\n", out);
    }
}
