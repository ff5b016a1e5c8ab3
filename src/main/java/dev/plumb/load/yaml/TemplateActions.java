package dev.plumb.load.yaml;

import dev.plumb.model.Node;
import dev.plumb.model.ScalarNode;
import java.util.List;
import java.util.Map;

/**
 * Tells a manifest that carries Go-template text in its strings (a Flux HelmRelease's values with
 * {@code {{ .Release.Name }}}, Alertmanager templates in a ConfigMap) from a template whose actions are
 * YAML syntax ({@code replicas: {{ .Values.replicas }}}): in the first, every {@code {{} of the text
 * is inside a parsed string; in the second, the parser read some of them as flow mappings.
 */
public final class TemplateActions {

    private static final String OPEN = "{{";

    private TemplateActions() {}

    public static boolean outsideStrings(List<Node> documents, String text) {
        int inText = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.stripLeading().startsWith("#")) {
                inText += occurrences(line);
            }
        }
        int inStrings = 0;
        for (Node document : documents) {
            inStrings += inStrings(document);
            if (inStrings >= inText) {
                return false;
            }
        }
        return inStrings < inText;
    }

    private static int inStrings(Node node) {
        if (node instanceof ScalarNode scalar) {
            // A one-line expression is an unknown value, but its text still says where the action was.
            return scalar.written() == null ? 0 : occurrences(scalar.written());
        }
        int count = 0;
        for (Map.Entry<String, Node> field : node.fields().entrySet()) {
            count += occurrences(field.getKey()) + inStrings(field.getValue());
        }
        for (Node element : node.elements()) {
            count += inStrings(element);
        }
        return count;
    }

    private static int occurrences(String text) {
        int count = 0;
        for (int at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, at + OPEN.length())) {
            count++;
        }
        return count;
    }
}
