package dev.plumb.discover;

import java.util.ArrayList;
import java.util.List;

/** The patterns of one ignore file (or of the configured excludes), rooted at one directory. */
final class IgnoreRules {

    enum Verdict {
        NO_OPINION,
        IGNORED,
        KEPT
    }

    private final IgnorePattern[] patterns;
    /** How many names of a root-relative path belong to the directory holding these rules. */
    private final int baseDepth;
    private final String reason;

    private IgnoreRules(IgnorePattern[] patterns, int baseDepth, String reason) {
        this.patterns = patterns;
        this.baseDepth = baseDepth;
        this.reason = reason;
    }

    static IgnoreRules parse(List<String> lines, int baseDepth, String reason) {
        List<IgnorePattern> patterns = new ArrayList<>(lines.size());
        for (String line : lines) {
            IgnorePattern.parse(line).ifPresent(patterns::add);
        }
        return new IgnoreRules(patterns.toArray(IgnorePattern[]::new), baseDepth, reason);
    }

    static IgnoreRules parse(String text, int baseDepth, String reason) {
        return parse(List.of(text.split("\n", -1)), baseDepth, reason);
    }

    boolean isEmpty() {
        return patterns.length == 0;
    }

    String reason() {
        return reason;
    }

    /** @param names a root-relative path split on {@code /}, lying below this file's directory */
    Verdict judge(String[] names, boolean directory) {
        // The last matching line wins, so search from the bottom and stop at the first hit.
        for (int i = patterns.length - 1; i >= 0; i--) {
            if (patterns[i].matches(names, baseDepth, directory)) {
                return patterns[i].negated() ? Verdict.KEPT : Verdict.IGNORED;
            }
        }
        return Verdict.NO_OPINION;
    }
}
