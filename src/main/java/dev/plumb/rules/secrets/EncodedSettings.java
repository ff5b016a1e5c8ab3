package dev.plumb.rules.secrets;

import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings of an encoded document ({@code jsonencode({...})} in a ConfigMap's data): each scalar
 * leaf with the key that names it, at the line that wrote it. A list's scalars take the key of the
 * list ({@code args = ["--insecure"]}).
 */
final class EncodedSettings {

    /** One key and its scalar value, where the code wrote it. */
    record Setting(String key, Node value) {}

    private EncodedSettings() {}

    static List<Setting> of(Node structure) {
        List<Setting> settings = new ArrayList<>();
        collect("", structure, settings);
        return settings;
    }

    private static void collect(String key, Node node, List<Setting> settings) {
        if (node.isScalar()) {
            if (!key.isEmpty() && node.text() != null) {
                settings.add(new Setting(key, node));
            }
            return;
        }
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            collect(field.getKey(), field.getValue(), settings);
        }
        for (Node element : node.elements()) {
            collect(key, element, settings);
        }
    }
}
