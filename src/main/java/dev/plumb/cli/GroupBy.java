package dev.plumb.cli;

import dev.plumb.report.Grouping;
import java.util.Locale;

/** The {@code --group-by} values, spelled as typed. */
enum GroupBy {
    rule, file, severity;

    Grouping grouping() {
        return Grouping.valueOf(name().toUpperCase(Locale.ROOT));
    }
}
