package dev.plumb.load.gotemplate;

/**
 * A value plumb will not compute: an environment variable, a command's output, a secret. Scans are
 * reproducible and never leak what the machine running them holds, so these functions yield this marker,
 * which prints as a placeholder naming only the function, never the value.
 */
public record Unresolved(String function) {

    public static final String PREFIX = "(unresolved ";

    @Override
    public String toString() {
        return PREFIX + function + ")";
    }
}
