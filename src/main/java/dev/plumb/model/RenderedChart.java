package dev.plumb.model;

import java.util.List;

/**
 * One render of a repository chart, as rules about charts need it.
 *
 * @param chart       the chart directory, root-relative ("." for the root)
 * @param release     the release name, or the chart's name when rendered with its defaults
 * @param declaredAt  where the release is declared; null for a chart no release of the repository deploys
 * @param missing     dependencies the chart rendered without: neither vendored nor local
 * @param lookups     the chart asks a cluster for objects ({@code lookup}); rendered with none found
 * @param rendered    false when Helm could not render it (the reason is a load problem)
 */
public record RenderedChart(String chart, String release, Position declaredAt, List<Dependency> missing, boolean lookups,
                            boolean rendered) {

    public RenderedChart {
        missing = List.copyOf(missing);
    }

    /** A Chart.yaml dependency, with the line that declares it. */
    public record Dependency(String name, String repository, String version, Position position) {}
}
