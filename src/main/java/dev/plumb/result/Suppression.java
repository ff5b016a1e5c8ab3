package dev.plumb.result;

import java.time.LocalDate;

/**
 * Why a finding is not counted: {@code by} is "inline", "annotation" or "config"; {@code expires}
 * is the date a {@code .plumb.yaml} exception runs out, null when it has none.
 */
public record Suppression(String by, String reason, LocalDate expires) {

    public Suppression(String by, String reason) {
        this(by, reason, null);
    }
}
