package dev.plumb.load.helm;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rendered document moved onto the lines an operator edits: every node onto its template line, and a
 * value the template read from values onto the values line that set it (the template line is then kept
 * as the related place, {@code related}: values position → template position).
 */
final class RenderedTree {

    private final String templateFile;
    private final String[] template;
    private final int[] lines;
    private final ReleaseValues values;
    private final String subchart;
    private final Map<Position, Position> related;
    private final Position fixed;

    /**
     * @param templateFile the template's path in the repository
     * @param template     its lines (empty when the template is not a file of the repository)
     * @param lines        rendered line → template line, from {@link TemplateAlignment}
     * @param subchart     the subchart the template belongs to, "" for the chart itself
     * @param fixed        where every line a template wrote goes when the template is no file of the
     *                     repository (a chart from the cache: the release that deploys it); null otherwise
     */
    RenderedTree(String templateFile, String[] template, int[] lines, ReleaseValues values, String subchart,
                 Map<Position, Position> related, Position fixed) {
        this.templateFile = templateFile;
        this.template = template;
        this.lines = lines;
        this.values = values;
        this.subchart = subchart;
        this.related = related;
        this.fixed = fixed;
    }

    Node relocate(Node node) {
        return relocate(node, new ArrayList<>());
    }

    private Node relocate(Node node, List<String> path) {
        Position at = templatePosition(node.line());
        if (node instanceof MapNode map) {
            MapNode.Builder copy = new MapNode.Builder(at);
            for (Map.Entry<String, Node> field : map.fields().entrySet()) {
                String key = field.getKey().startsWith(ChartWorkspace.HOOK_STANDIN)
                        ? "helm.sh/hook" + field.getKey().substring(ChartWorkspace.HOOK_STANDIN.length()) : field.getKey();
                path.add(key);
                copy.put(key, templatePosition(map.keyPosition(field.getKey()).line()), relocate(field.getValue(), path));
                path.remove(path.size() - 1);
            }
            return copy.build(templatePosition(node.endLine()).line());
        }
        if (node instanceof ListNode list) {
            List<Node> elements = new ArrayList<>(list.elements().size());
            for (int i = 0; i < list.elements().size(); i++) {
                path.add(Integer.toString(i));
                elements.add(relocate(list.elements().get(i), path));
                path.remove(path.size() - 1);
            }
            return new ListNode(at, at.line(), elements);
        }
        if (node instanceof ScalarNode scalar) {
            Position set = valuesPosition(node.line(), path);
            if (set != null) {
                if (fixed == null) {
                    // A cached chart's template is no file of the repository: there is no other place to name.
                    related.putIfAbsent(set, at);
                }
                return new ScalarNode(set, set.line(), scalar.text(), scalar.type());
            }
            return new ScalarNode(at, at.line(), scalar.text(), scalar.type());
        }
        return node;
    }

    /** Where the values that wrote this rendered line were set, or null when the template wrote it. */
    private Position valuesPosition(int renderedLine, List<String> path) {
        int line = templateLine(renderedLine);
        if (line <= 0 || line > template.length) {
            return null;
        }
        List<String> emitted = ValuesReferences.emittedBy(template, line - 1);
        if (emitted != null) {
            // The block holds the values subtree: the rendered path ends with a path inside it.
            for (int from = 0; from < path.size(); from++) {
                List<String> candidate = new ArrayList<>(emitted);
                candidate.addAll(path.subList(from, path.size()));
                Node found = values.find(subchart, candidate);
                if (found.isScalar() && !found.file().isEmpty()) {
                    return found.position();
                }
            }
            return null;
        }
        List<List<String>> references = ValuesReferences.on(template[line - 1]);
        for (int i = references.size() - 1; i >= 0; i--) {
            Node found = values.find(subchart, references.get(i));
            if (found.isScalar() && !found.file().isEmpty()) {
                return found.position();
            }
        }
        return null;
    }

    private Position templatePosition(int renderedLine) {
        if (fixed != null) {
            return fixed;
        }
        int line = templateLine(renderedLine);
        if (line <= 0 || line > template.length) {
            return new Position(templateFile, Math.max(line, 1), 1);
        }
        String text = template[line - 1];
        int column = 1;
        while (column <= text.length() && text.charAt(column - 1) == ' ') {
            column++;
        }
        return new Position(templateFile, line, column);
    }

    private int templateLine(int renderedLine) {
        if (template.length == 0) {
            return 1;
        }
        return renderedLine > 0 && renderedLine < lines.length ? lines[renderedLine] : 1;
    }
}
