package dev.plumb.model;

import java.util.List;
import java.util.Set;

/**
 * One render of a repository chart, as rules about charts need it.
 *
 * @param chart       the chart directory, root-relative ("." for the root)
 * @param release     the release name, or the chart's name when rendered with its defaults
 * @param declaredAt  where the release is declared; null for a chart no release of the repository deploys
 * @param missing     dependencies the chart rendered without: neither vendored nor local
 * @param lookups     the chart asks a cluster for objects ({@code lookup}); rendered with none found
 * @param rendered    false when Helm could not render it (the reason is a load problem)
 * @param switchedOff the kinds written in templates that made nothing in this render: what the chart ships
 *                    but a value keeps off (a ServiceMonitor behind {@code serviceMonitor.enabled})
 */
public record RenderedChart(String chart, String release, Position declaredAt, List<Dependency> missing, boolean lookups,
                            boolean rendered, Set<String> switchedOff) {

    public RenderedChart {
        missing = List.copyOf(missing);
        switchedOff = Set.copyOf(switchedOff);
    }

    /** A Chart.yaml dependency, with the line that declares it. */
    public record Dependency(String name, String repository, String version, Position position) {}
}
