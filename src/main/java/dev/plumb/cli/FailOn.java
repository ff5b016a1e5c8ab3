package dev.plumb.cli;

import dev.plumb.rule.Severity;
import java.util.Optional;

/** The {@code --fail-on} threshold; {@code none} never fails the pipeline on findings. */
enum FailOn {
    critical, high, medium, low, info, none;

    Optional<Severity> threshold() {
        return this == none ? Optional.empty() : Optional.of(Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT)));
    }
}
