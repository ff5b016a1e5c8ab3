package dev.plumb.report.concerns;

import java.time.LocalDate;

/**
 * A finding under an accepted exception: what it is, where, who accepted it ("inline",
 * "annotation", "config"), why, and until when ({@code expires} null: no end date).
 */
public record AcceptedGap(String rule, String title, Location location, String by, String reason, LocalDate expires) {}
