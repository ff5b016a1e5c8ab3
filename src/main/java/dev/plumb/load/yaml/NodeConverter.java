package dev.plumb.load.yaml;

import dev.plumb.model.ListNode;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Turns a composed snakeyaml node graph into plumb's position-keeping tree. Handles what the
 * composer leaves to later stages: YAML 1.1 merge keys ({@code <<: *base}, which kubectl honours),
 * duplicate keys (which kubectl rejects), and aliases (converted once, shared afterwards).
 */
final class NodeConverter {

    private static final String MERGE_KEY = "<<";

    private final String file;
    private final List<LoadProblem> problems;
    private final Map<org.snakeyaml.engine.v2.nodes.Node, Node> converted = new IdentityHashMap<>();
    private final Map<org.snakeyaml.engine.v2.nodes.Node, Boolean> inProgress = new IdentityHashMap<>();

    NodeConverter(String file, List<LoadProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    Node convert(org.snakeyaml.engine.v2.nodes.Node node) {
        if (node.getAnchor().isEmpty()) {
            // Only an anchored node can be reached twice (through an alias); the rest need no bookkeeping.
            return convertOnce(node);
        }
        Node done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (inProgress.containsKey(node)) {
            // A recursive alias: no Kubernetes object is meant to be infinite.
            return ScalarNode.unknown(position(node.getStartMark().orElse(null)));
        }
        inProgress.put(node, Boolean.TRUE);
        Node result = convertOnce(node);
        inProgress.remove(node);
        converted.put(node, result);
        return result;
    }

    private Node convertOnce(org.snakeyaml.engine.v2.nodes.Node node) {
        Position start = position(node.getStartMark().orElse(null));
        return switch (node.getNodeType()) {
            case SCALAR -> scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) node, start);
            case SEQUENCE -> sequence((SequenceNode) node, start);
            case MAPPING -> mapping((MappingNode) node, start);
            default -> ScalarNode.unknown(start);
        };
    }

    private Node scalar(org.snakeyaml.engine.v2.nodes.ScalarNode node, Position start) {
        String value = node.getValue();
        ScalarNode.Type type;
        if (value.contains("{{") && value.indexOf('\n') < 0) {
            // A one-line template expression left in a manifest; its value is not known until rendered.
            type = ScalarNode.Type.UNKNOWN;
        } else if (node.isPlain() && node.getTag().equals(Tag.STR)) {
            type = PlainScalars.type(value);
        } else {
            type = Tag.NULL.equals(node.getTag()) ? ScalarNode.Type.NULL : ScalarNode.Type.STRING;
        }
        return new ScalarNode(start, endLine(node, start), value, type);
    }

    private Node sequence(SequenceNode node, Position start) {
        List<Node> elements = new ArrayList<>(node.getValue().size());
        for (org.snakeyaml.engine.v2.nodes.Node element : node.getValue()) {
            elements.add(convert(element));
        }
        return new ListNode(start, endLine(node, start), elements);
    }

    private Node mapping(MappingNode node, Position start) {
        MapNode.Builder fields = new MapNode.Builder(start);
        List<Node> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalarKey)) {
                continue;
            }
            String key = scalarKey.getValue();
            Node value = convert(tuple.getValueNode());
            if (key.equals(MERGE_KEY) && scalarKey.isPlain()) {
                merged.add(value);
                continue;
            }
            Position keyPosition = position(keyNode.getStartMark().orElse(null));
            if (fields.has(key)) {
                problems.add(new LoadProblem(keyPosition, "duplicate key \"" + key + "\" (first at line "
                        + fields.keyLine(key) + "); Kubernetes tools reject duplicate keys"));
            }
            fields.put(key, keyPosition, value);
        }
        for (Node source : merged) {
            for (Node map : source.isList() ? source.elements() : List.of(source)) {
                if (map instanceof MapNode mapNode) {
                    mapNode.fields().forEach((key, value) -> {
                        if (!fields.has(key)) {
                            fields.put(key, mapNode.keyPosition(key), value);
                        }
                    });
                }
            }
        }
        return fields.build(endLine(node, start));
    }

    private int endLine(org.snakeyaml.engine.v2.nodes.Node node, Position start) {
        Mark end = node.getEndMark().orElse(null);
        if (end == null) {
            return start.line();
        }
        // A block ends where the next token starts: at column 0 of the following line.
        int line = end.getLine() + 1;
        return end.getColumn() == 0 && line > start.line() ? line - 1 : line;
    }

    Position position(Mark mark) {
        return mark == null ? new Position(file, 1, 1) : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
