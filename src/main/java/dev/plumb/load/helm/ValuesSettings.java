package dev.plumb.load.helm;

import dev.plumb.load.GitOpsPaths;
import dev.plumb.model.Node;
import dev.plumb.model.RenderedChart.ChartValues;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which settings a chart's values.yaml offers its operators: a security context, resources, probes —
 * any key naming them, at any depth (charts nest them per component: {@code server.resources}).
 */
final class ValuesSettings {

    private ValuesSettings() {}

    static ChartValues of(String chart, Map<String, String> texts) {
        String file = chart.equals(GitOpsPaths.ROOT) ? "values.yaml" : chart + "/values.yaml";
        String text = texts.get(file);
        if (text == null) {
            return new ChartValues(file, Set.of());
        }
        Set<String> offers = new TreeSet<>();
        collect(ValuesTrees.parse(file, 1, text), offers, 0);
        return new ChartValues(file, offers);
    }

    private static void collect(Node node, Set<String> offers, int depth) {
        if (depth > 12) {
            return;
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (key.contains("securitycontext")) {
                offers.add(ChartValues.SECURITY_CONTEXT);
            }
            if (key.equals("resources")) {
                offers.add(ChartValues.RESOURCES);
            }
            if (key.contains("probe")) {
                offers.add(ChartValues.PROBES);
            }
            collect(field.getValue(), offers, depth + 1);
        }
        node.elements().forEach(element -> collect(element, offers, depth + 1));
    }
}
