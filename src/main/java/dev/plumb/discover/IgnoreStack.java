package dev.plumb.discover;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The ignore rules in force at the current point of a depth-first walk. As in git, rules of a deeper
 * directory override those above it; at one level {@code .plumbignore} overrides {@code .gitignore}
 * (so it can re-include generated files git ignores), and the configured excludes override both.
 */
final class IgnoreStack {

    private final IgnoreRules configured;
    /** Innermost first. */
    private final Deque<IgnoreRules> fromFiles = new ArrayDeque<>();

    IgnoreStack(IgnoreRules configured) {
        this.configured = configured;
    }

    void push(IgnoreRules rules) {
        fromFiles.push(rules);
    }

    void pop() {
        fromFiles.pop();
    }

    /** The reason to leave the path out, if any rule set decides so. */
    Optional<String> ignoreReason(String[] names, boolean directory) {
        IgnoreRules.Verdict verdict = configured.judge(names, directory);
        if (verdict != IgnoreRules.Verdict.NO_OPINION) {
            return verdict == IgnoreRules.Verdict.IGNORED ? Optional.of(configured.reason()) : Optional.empty();
        }
        for (IgnoreRules rules : fromFiles) {
            verdict = rules.judge(names, directory);
            if (verdict != IgnoreRules.Verdict.NO_OPINION) {
                return verdict == IgnoreRules.Verdict.IGNORED ? Optional.of(rules.reason()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
