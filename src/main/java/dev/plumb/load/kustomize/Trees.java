package dev.plumb.load.kustomize;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Edits of immutable node trees that keep every position: an untouched value keeps the line it was
 * written on, a value the kustomization sets carries the line that sets it.
 */
final class Trees {

    private Trees() {}

    static ScalarNode string(Position at, String text) {
        return new ScalarNode(at, at.line(), text, ScalarNode.Type.STRING);
    }

    /** The same scalar with other text, where the original was written (a renamed reference). */
    static ScalarNode retext(Node scalar, String text) {
        ScalarNode.Type type = scalar instanceof ScalarNode written ? written.type() : ScalarNode.Type.STRING;
        return new ScalarNode(scalar.position(), scalar.endLine(), text,
                type == ScalarNode.Type.NULL || type == ScalarNode.Type.UNKNOWN ? ScalarNode.Type.STRING : type);
    }

    /** {@code map} with {@code key} set to {@code value}, written at {@code at}; added last when new. */
    static MapNode with(MapNode map, String key, Position at, Node value) {
        MapNode.Builder builder = copy(map, null);
        builder.put(key, at, value);
        return builder.build(map.endLine());
    }

    /** {@code map} with {@code key}'s value replaced in place, its key keeping its line. */
    static MapNode replacing(MapNode map, String key, Node value) {
        return with(map, key, map.keyPosition(key), value);
    }

    static MapNode without(MapNode map, String key) {
        return copy(map, key).build(map.endLine());
    }

    private static MapNode.Builder copy(MapNode map, String skipped) {
        MapNode.Builder builder = new MapNode.Builder(map.position());
        map.fields().forEach((key, value) -> {
            if (!key.equals(skipped)) {
                builder.put(key, map.keyPosition(key), value);
            }
        });
        return builder;
    }

    /**
     * {@code root} with the value at {@code path} replaced by {@code edit} of it (missing when absent);
     * the mappings on the way are created at {@code at} when absent. An edit returning missing removes it.
     */
    static MapNode edit(MapNode root, List<String> path, Position at, UnaryOperator<Node> edit) {
        String key = path.get(0);
        Node current = root.get(key);
        Node changed;
        if (path.size() == 1) {
            changed = edit.apply(current);
        } else {
            MapNode child;
            if (current instanceof MapNode map) {
                child = map;
            } else if (current.isMissing() || current.isNull()) {
                child = MapNode.empty(at);
            } else {
                return root;
            }
            changed = edit(child, path.subList(1, path.size()), at, edit);
        }
        if (changed == current) {
            return root;
        }
        if (changed.isMissing()) {
            return root.has(key) ? without(root, key) : root;
        }
        return root.has(key) ? replacing(root, key, changed) : with(root, key, at, changed);
    }

    static ListNode list(Node like, List<Node> elements) {
        return new ListNode(like.position(), like.endLine(), elements);
    }

    static List<Node> elements(Node node) {
        return new ArrayList<>(node.elements());
    }

    /** A digest of a tree's values and where each was written: equal trees have equal signatures. */
    static int signature(Node node) {
        int hash = java.util.Objects.hash(node.file(), node.line(), node.position().column(), node.text());
        for (java.util.Map.Entry<String, Node> field : node.fields().entrySet()) {
            hash = 31 * hash + field.getKey().hashCode();
            hash = 31 * hash + signature(field.getValue());
        }
        for (Node element : node.elements()) {
            hash = 31 * hash + signature(element);
        }
        return hash;
    }
}
