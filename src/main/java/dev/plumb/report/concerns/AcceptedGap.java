package dev.plumb.report.concerns;

import java.time.LocalDate;
import java.util.List;

/**
 * Findings of one rule about one subject under one accepted exception: what they are, where (every
 * location, in file order), who accepted them ("inline", "annotation", "config"), why, and until when
 * ({@code expires} null: no end date).
 */
public record AcceptedGap(String rule, String title, String subject, List<Location> locations, String by, String reason,
                          LocalDate expires) {

    public AcceptedGap {
        locations = List.copyOf(locations);
    }
}
