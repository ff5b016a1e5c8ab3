package dev.plumb.report;

import java.util.List;
import java.util.Locale;

/** The formats the CLI offers, by the name the user types after {@code --format}. */
public final class Reports {

    /** In the order help text and error messages list them. */
    public static final List<String> FORMATS = List.of("console", "json", "sarif", "markdown");

    private Reports() {
    }

    /**
     * @param colour  ANSI colour on the console; the caller decides (a TTY and no NO_COLOR)
     * @param verbose list skipped files one by one on the console
     */
    public static Report forFormat(String format, boolean colour, boolean verbose) {
        String name = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "console" -> new ConsoleReport(colour, verbose);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "markdown" -> new MarkdownReport();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + format + "'; valid formats: " + String.join(", ", FORMATS));
        };
    }
}
