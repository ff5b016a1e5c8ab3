package dev.plumb.engine;

import java.time.LocalDate;

/**
 * An accepted risk from {@code .plumb.yaml}: findings of {@code rule} ("*" for any) whose file
 * matches {@code path} or whose subject matches {@code subject} (globs) are suppressed until
 * {@code expires} (null: no end).
 */
public record ConfigException(String rule, String path, String subject, String reason, LocalDate expires) {

    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
