package dev.plumb.report;

import dev.plumb.rule.Severity;

/** Severity colours for a terminal; a no-op when colour is off so callers never branch on it. */
final class Ansi {

    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String paint(Severity severity, String text) {
        if (!enabled) {
            return text;
        }
        return code(severity) + text + RESET;
    }

    // Bold sets critical apart from high while both stay red: the two that fail a build by default.
    private static String code(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        };
    }
}
