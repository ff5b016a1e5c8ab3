package dev.plumb.load.helm;

import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One render of a repository chart: the release that deploys it (or the chart's own defaults when
 * nothing in the repository does), with its values as trees that keep their lines.
 *
 * @param chartPath  the chart directory, root-relative ("." for a chart at the root); null for a chart from the cache
 * @param cached     the chart from outside the repository, in the chart cache (an archive or a folder); null
 *                   for a chart of the repository
 * @param namespace  the release namespace; null when nothing says where the chart is installed
 * @param values     the release's values in the order Helm applies them (later wins)
 * @param declaredAt where the release is declared; null for a chart rendered with its defaults
 * @param complete   false when some of its values are not in the repository (a {@code valuesFrom} object
 *                   kept elsewhere, a value Terraform computes, a Flux variable from a Secret): a render that
 *                   fails for want of a value is then no fault of the chart
 * @param variables  the values the repository gives Flux's {@code ${VAR}} substitutions in these values
 */
record ChartRelease(String chartPath, Path cached, String name, String namespace, List<Node> values,
                    Position declaredAt, boolean complete, Map<String, String> variables) {

    ChartRelease {
        values = List.copyOf(values);
        variables = Map.copyOf(variables);
    }

    ChartRelease(String chartPath, String name, String namespace, List<Node> values, Position declaredAt, boolean complete) {
        this(chartPath, null, name, namespace, values, declaredAt, complete, Map.of());
    }

    /** The same release with the values of the Flux variables its values use. */
    ChartRelease substituting(Map<String, String> known) {
        return new ChartRelease(chartPath, cached, name, namespace, values, declaredAt, complete, known);
    }

    static ChartRelease defaults(String chartPath, String name) {
        return new ChartRelease(chartPath, name, null, List.of(), null, false);
    }

    /** The same release, its chart taken from the cache. */
    ChartRelease from(Path chart) {
        return new ChartRelease(null, chart, name, namespace, values, declaredAt, complete, variables);
    }

    boolean deployed() {
        return declaredAt != null;
    }
}
