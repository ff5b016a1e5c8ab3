package dev.plumb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rendering the repository's charts gave besides objects: one entry per render, the releases whose
 * chart could not be had (their values only), and for a value a
 * template read from values, the template line that wrote it into each object ({@link #key} → template
 * line), so a finding on the values line can name the template too.
 */
public record RenderedCharts(List<RenderedChart> renders, Map<String, Position> usedAt, List<UnrenderedRelease> unrendered) {

    public static final RenderedCharts NONE = new RenderedCharts(List.of(), Map.of(), List.of());

    public RenderedCharts {
        renders = List.copyOf(renders);
        usedAt = Map.copyOf(usedAt);
        unrendered = List.copyOf(unrendered);
    }

    /**
     * A release of a chart from outside the repository that the chart cache does not hold: what it deploys
     * is unseen, but its values are the operator's and can be checked (image tags written in them).
     *
     * @param values the release's values, each on the line that sets it
     */
    public record UnrenderedRelease(String name, String chart, Position declaredAt, List<Node> values) {

        public UnrenderedRelease {
            values = List.copyOf(values);
        }
    }

    /** The template line that wrote the value set at {@code valuesLine} into object {@code objectId} (Kind/namespace/name). */
    public Optional<Position> templateUsing(String objectId, Position valuesLine) {
        return usedAt.isEmpty() ? Optional.empty() : Optional.ofNullable(usedAt.get(key(objectId, valuesLine)));
    }

    /** The key of {@link #usedAt}: one values line may feed several objects, each through its own template. */
    public static String key(String objectId, Position valuesLine) {
        return objectId + " " + valuesLine;
    }
}
