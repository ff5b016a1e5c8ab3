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
 * @param values      the chart's own values.yaml, when it is a file of the repository; null otherwise
 */
public record RenderedChart(String chart, String release, Position declaredAt, List<Dependency> missing, boolean lookups,
                            boolean rendered, Set<String> switchedOff, ChartValues values) {

    public RenderedChart {
        missing = List.copyOf(missing);
        switchedOff = Set.copyOf(switchedOff);
    }

    /**
     * What a chart's values.yaml lets an operator set without editing its templates.
     *
     * @param file   the values.yaml, root-relative
     * @param offers which of {@link #SECURITY_CONTEXT}, {@link #RESOURCES}, {@link #PROBES} some key of it names
     */
    public record ChartValues(String file, Set<String> offers) {

        public static final String SECURITY_CONTEXT = "securityContext";
        public static final String RESOURCES = "resources";
        public static final String PROBES = "probes";

        public ChartValues {
            offers = Set.copyOf(offers);
        }
    }

    /** A Chart.yaml dependency, with the line that declares it. */
    public record Dependency(String name, String repository, String version, Position position) {}
}
