package dev.plumb.load.helm;

import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values one render used, as trees that keep the lines they were written on: the release's own
 * (highest first) above the chart's {@code values.yaml}. Finds which of them set a value, so a finding
 * about a rendered value can point at the line that set it. A subchart reads its parent's values under
 * its own name, then its own {@code values.yaml}.
 */
final class ReleaseValues {

    private final List<Node> release;
    private final Node chartDefaults;
    private final Map<String, Node> subchartDefaults;

    /**
     * @param release          the release's values in the order Helm applies them (later wins)
     * @param subchartDefaults subchart name → its own values.yaml tree
     */
    ReleaseValues(List<Node> release, Node chartDefaults, Map<String, Node> subchartDefaults) {
        this.release = List.copyOf(release);
        this.chartDefaults = chartDefaults;
        this.subchartDefaults = subchartDefaults;
    }

    /** The node that sets {@code path} for a template of {@code subchart} ("" for the chart itself), or missing. */
    Node find(String subchart, List<String> path) {
        List<String> full = new ArrayList<>();
        if (!subchart.isEmpty()) {
            full.add(subchart);
        }
        full.addAll(path);
        for (int i = release.size() - 1; i >= 0; i--) {
            Node found = at(release.get(i), full);
            if (!found.isMissing()) {
                return found;
            }
        }
        Node found = at(chartDefaults, full);
        if (!found.isMissing() || subchart.isEmpty()) {
            return found;
        }
        Node own = subchartDefaults.get(subchart);
        return own == null ? found : at(own, path);
    }

    private static Node at(Node root, List<String> path) {
        Node node = root;
        for (String step : path) {
            if (node.isList() && step.chars().allMatch(Character::isDigit) && step.length() < 9) {
                node = node.get(Integer.parseInt(step));
            } else {
                node = node.get(step);
            }
            if (node.isMissing()) {
                return node;
            }
        }
        return node;
    }
}
