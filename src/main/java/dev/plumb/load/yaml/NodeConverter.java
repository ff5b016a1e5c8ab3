package dev.plumb.load.yaml;

import dev.plumb.model.ListNode;
import dev.plumb.model.LoadProblem;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
        Node done = converted.get(node);
        if (done != null) {
            return done;
        }
        Position start = position(node.getStartMark().orElse(null));
        if (inProgress.containsKey(node)) {
            // A recursive alias: no Kubernetes object is meant to be infinite.
            return ScalarNode.unknown(start);
        }
        inProgress.put(node, Boolean.TRUE);
        Node result = switch (node.getNodeType()) {
            case SCALAR -> scalar((org.snakeyaml.engine.v2.nodes.ScalarNode) node, start);
            case SEQUENCE -> sequence((SequenceNode) node, start);
            case MAPPING -> mapping((MappingNode) node, start);
            default -> ScalarNode.unknown(start);
        };
        inProgress.remove(node);
        converted.put(node, result);
        return result;
    }

    private Node scalar(org.snakeyaml.engine.v2.nodes.ScalarNode node, Position start) {
        String value = node.getValue();
        Tag tag = node.getTag();
        ScalarNode.Type type;
        if (Tag.NULL.equals(tag)) {
            type = ScalarNode.Type.NULL;
        } else if (Tag.BOOL.equals(tag)) {
            type = ScalarNode.Type.BOOLEAN;
        } else if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            type = ScalarNode.Type.NUMBER;
        } else if (value.contains("{{") && value.indexOf('\n') < 0) {
            // A one-line template expression left in a manifest; its value is not known until rendered.
            type = ScalarNode.Type.UNKNOWN;
        } else {
            type = ScalarNode.Type.STRING;
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
        LinkedHashMap<String, Node> fields = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new HashMap<>();
        List<Node> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            org.snakeyaml.engine.v2.nodes.Node keyNode = tuple.getKeyNode();
            Position keyPosition = position(keyNode.getStartMark().orElse(null));
            if (!(keyNode instanceof org.snakeyaml.engine.v2.nodes.ScalarNode scalarKey)) {
                continue;
            }
            String key = scalarKey.getValue();
            Node value = convert(tuple.getValueNode());
            if (key.equals(MERGE_KEY) && scalarKey.isPlain()) {
                merged.add(value);
                continue;
            }
            if (fields.containsKey(key)) {
                problems.add(new LoadProblem(keyPosition, "duplicate key \"" + key + "\" (first at line "
                        + keyPositions.get(key).line() + "); Kubernetes tools reject duplicate keys"));
            }
            fields.put(key, value);
            keyPositions.put(key, keyPosition);
        }
        for (Node source : merged) {
            for (Node map : source.isList() ? source.elements() : List.of(source)) {
                if (map instanceof MapNode mapNode) {
                    mapNode.fields().forEach((key, value) -> {
                        if (!fields.containsKey(key)) {
                            fields.put(key, value);
                            keyPositions.put(key, mapNode.keyPosition(key));
                        }
                    });
                }
            }
        }
        return new MapNode(start, endLine(node, start), fields, keyPositions);
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
