package dev.plumb.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping. Keeps where each key was written, because a finding about a field ("hostNetwork: true")
 * should point at the key's line even when the value is a nested block.
 */
public final class MapNode extends Node {

    private final Map<String, Node> fields;
    private final Map<String, Position> keyPositions;

    public MapNode(Position start, int endLine, LinkedHashMap<String, Node> fields, Map<String, Position> keyPositions) {
        super(start, endLine);
        this.fields = Collections.unmodifiableMap(fields);
        this.keyPositions = Collections.unmodifiableMap(keyPositions);
    }

    public static MapNode empty(Position at) {
        return new MapNode(at, at.line(), new LinkedHashMap<>(), Map.of());
    }

    @Override
    public Node get(String key) {
        Node node = fields.get(key);
        return node == null ? MissingNode.INSTANCE : node;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Where {@code key} itself was written, or this mapping's start when absent. */
    public Position keyPosition(String key) {
        Position position = keyPositions.get(key);
        return position == null ? position() : position;
    }

    @Override
    public boolean isMap() {
        return true;
    }

    @Override
    public Map<String, Node> fields() {
        return fields;
    }

    /** Non-scalar values are left out. */
    @Override
    public Map<String, String> stringMap() {
        Map<String, String> result = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value.isScalar() && value.text() != null) {
                result.put(key, value.text());
            }
        });
        return result;
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
