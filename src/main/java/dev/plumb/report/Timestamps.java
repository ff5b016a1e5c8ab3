package dev.plumb.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Scan times as every report shows them: always UTC, so a report reads the same wherever it was made. */
public final class Timestamps {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * ISO-8601 with whole seconds: a fixed width that sorts as text, where Instant.toString would
     * switch between 0, 3, 6 and 9 fraction digits depending on the clock.
     */
    static String utcSeconds(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String human(Instant instant) {
        return HUMAN.format(instant);
    }
}
