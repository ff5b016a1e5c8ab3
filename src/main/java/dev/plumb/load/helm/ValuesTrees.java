package dev.plumb.load.helm;

import dev.plumb.load.yaml.YamlDocuments;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Values written as text (a values file, a block of YAML in a release) read into trees on their own lines. */
final class ValuesTrees {

    private ValuesTrees() {}

    /**
     * Values a loader evaluated from code (a Terraform {@code values = [...]} element): their text has no
     * lines in the file, so every value sits on the line of the element that wrote them.
     */
    static Node evaluated(Position at, String yaml) {
        return placedAt(parse(at.file(), 1, yaml), at);
    }

    private static Node placedAt(Node node, Position at) {
        if (node instanceof MapNode map) {
            MapNode.Builder copy = new MapNode.Builder(at);
            map.fields().forEach((key, value) -> copy.put(key, at, placedAt(value, at)));
            return copy.build(at.line());
        }
        if (node.isList()) {
            return new ListNode(at, at.line(), node.elements().stream().map(element -> placedAt(element, at)).toList());
        }
        if (node instanceof ScalarNode scalar) {
            return new ScalarNode(at, at.line(), scalar.text(), scalar.type());
        }
        return node;
    }

    /** {@code yaml} whose first line sits on {@code firstLine} of {@code file}; an empty mapping when it is no mapping. */
    static Node parse(String file, int firstLine, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return MapNode.empty(new Position(file, Math.max(firstLine, 1), 1));
        }
        // Blank lines in front put every key on the line it has in the file.
        String placed = "\n".repeat(Math.max(firstLine - 1, 0)) + yaml;
        List<Node> documents = YamlDocuments.parse(file, placed).documents();
        return documents.isEmpty() || !documents.get(0).isMap() ? MapNode.empty(new Position(file, Math.max(firstLine, 1), 1))
                : documents.get(0);
    }

    /**
     * {@code --set}-style entries ({@code a.b.c} = value) as one tree, each value on the line that sets it.
     * Names with list indices or escapes are left out: plumb does not guess how Helm splits them.
     */
    static Node settings(List<Setting> settings, Position at) {
        List<Setting> usable = new ArrayList<>();
        for (Setting setting : settings) {
            if (setting.value() != null && setting.name().matches("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*")) {
                usable.add(setting);
            }
        }
        return build(usable, 0, at);
    }

    /** One {@code --set}: the dotted name, the value as text (null when unknown or secret), where it is written. */
    record Setting(String name, String value, Position position) {}

    private static Node build(List<Setting> settings, int depth, Position at) {
        LinkedHashMap<String, List<Setting>> byKey = new LinkedHashMap<>();
        for (Setting setting : settings) {
            String[] parts = setting.name().split("\\.");
            byKey.computeIfAbsent(parts[depth], key -> new ArrayList<>()).add(setting);
        }
        MapNode.Builder map = new MapNode.Builder(at);
        byKey.forEach((key, group) -> {
            Setting last = group.get(group.size() - 1);
            if (last.name().split("\\.").length == depth + 1) {
                map.put(key, last.position(), new ScalarNode(last.position(), last.position().line(), last.value(), type(last.value())));
            } else {
                List<Setting> deeper = group.stream().filter(setting -> setting.name().split("\\.").length > depth + 1).toList();
                map.put(key, deeper.get(0).position(), build(deeper, depth + 1, deeper.get(0).position()));
            }
        });
        return map.build(at.line());
    }

    /** As Helm's --set reads a value: true/false and integers are typed, the rest is text. */
    private static ScalarNode.Type type(String value) {
        if (value.equals("true") || value.equals("false")) {
            return ScalarNode.Type.BOOLEAN;
        }
        return value.matches("-?\\d{1,18}") ? ScalarNode.Type.NUMBER : ScalarNode.Type.STRING;
    }
}
