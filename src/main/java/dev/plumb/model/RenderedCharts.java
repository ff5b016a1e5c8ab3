package dev.plumb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rendering the repository's charts gave besides objects: one entry per render, and for a value a
 * template read from values, the template line that used it (values line → template line), so a finding
 * on the values line can name the template too.
 */
public record RenderedCharts(List<RenderedChart> renders, Map<Position, Position> usedAt) {

    public static final RenderedCharts NONE = new RenderedCharts(List.of(), Map.of());

    public RenderedCharts {
        renders = List.copyOf(renders);
        usedAt = Map.copyOf(usedAt);
    }

    /** The template line that used the value set at {@code valuesLine}, when a chart render read it. */
    public Optional<Position> templateUsing(Position valuesLine) {
        return Optional.ofNullable(usedAt.get(valuesLine));
    }
}
