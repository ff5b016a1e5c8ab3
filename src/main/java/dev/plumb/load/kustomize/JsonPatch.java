package dev.plumb.load.kustomize;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * RFC 6902 operations on a node tree (add, remove, replace, copy, move, test). An added or replaced
 * value keeps the patch line that wrote it; an operation that cannot apply fails the build at its line.
 */
final class JsonPatch {

    private JsonPatch() {}

    static Node apply(Node object, Node operations) {
        if (!operations.isList()) {
            throw new BuildFailure(operations.position(), "a JSON 6902 patch is a list of operations");
        }
        Node result = object;
        for (Node operation : operations.elements()) {
            result = applyOne(result, operation);
        }
        return result;
    }

    private static Node applyOne(Node object, Node operation) {
        String op = operation.get("op").textOr("");
        Position at = operation.position();
        List<String> path = pointer(operation.get("path"), at);
        return switch (op) {
            case "add" -> add(object, path, value(operation), at);
            case "remove" -> remove(object, path, at);
            case "replace" -> {
                find(object, path, at);
                yield add(remove(object, path, at), path, value(operation), at);
            }
            case "copy" -> add(object, path, find(object, pointer(operation.get("from"), at), at), at);
            case "move" -> {
                List<String> from = pointer(operation.get("from"), at);
                Node moved = find(object, from, at);
                yield add(remove(object, from, at), path, moved, at);
            }
            case "test" -> {
                if (!same(find(object, path, at), value(operation))) {
                    throw new BuildFailure(at, "JSON 6902 test failed at " + operation.get("path").textOr(""));
                }
                yield object;
            }
            default -> throw new BuildFailure(at, "unknown JSON 6902 operation '" + op + "'");
        };
    }

    private static Node value(Node operation) {
        Node value = operation.get("value");
        if (value.isMissing()) {
            throw new BuildFailure(operation.position(), "JSON 6902 operation without a value");
        }
        return value;
    }

    private static List<String> pointer(Node path, Position at) {
        String text = path.text();
        if (text == null || !(text.isEmpty() || text.startsWith("/"))) {
            throw new BuildFailure(at, "JSON 6902 path must start with '/': " + text);
        }
        List<String> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        for (String token : text.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static Node find(Node root, List<String> path, Position at) {
        Node node = root;
        for (String token : path) {
            node = node.isList() ? node.get(index(token, node.elements().size(), false, at)) : node.get(token);
            if (node.isMissing()) {
                throw new BuildFailure(at, "JSON 6902 path not found: /" + String.join("/", path));
            }
        }
        return node;
    }

    private static Node add(Node root, List<String> path, Node value, Position at) {
        if (path.isEmpty()) {
            return value;
        }
        return change(root, path, at, (container, last) -> {
            if (container instanceof MapNode map) {
                return map.has(last) ? Trees.replacing(map, last, value) : Trees.with(map, last, value.position(), value);
            }
            List<Node> elements = Trees.elements(container);
            elements.add(index(last, elements.size(), true, at), value);
            return Trees.list(container, elements);
        });
    }

    private static Node remove(Node root, List<String> path, Position at) {
        if (path.isEmpty()) {
            throw new BuildFailure(at, "JSON 6902 cannot remove the whole object");
        }
        return change(root, path, at, (container, last) -> {
            if (container instanceof MapNode map) {
                if (!map.has(last)) {
                    throw new BuildFailure(at, "JSON 6902 path not found: /" + String.join("/", path));
                }
                return Trees.without(map, last);
            }
            List<Node> elements = Trees.elements(container);
            elements.remove(index(last, elements.size(), false, at));
            return Trees.list(container, elements);
        });
    }

    /** {@code root} with the container at the path's parent replaced by {@code edit(container, lastToken)}. */
    private static Node change(Node root, List<String> path, Position at, BiFunction<Node, String, Node> edit) {
        String token = path.get(0);
        if (path.size() == 1) {
            if (!root.isMap() && !root.isList()) {
                throw new BuildFailure(at, "JSON 6902 path goes through a value: /" + token);
            }
            return edit.apply(root, token);
        }
        if (root instanceof MapNode map) {
            Node child = map.get(token);
            if (child.isMissing()) {
                throw new BuildFailure(at, "JSON 6902 path not found: " + token);
            }
            return Trees.replacing(map, token, change(child, path.subList(1, path.size()), at, edit));
        }
        if (root instanceof ListNode list) {
            List<Node> elements = Trees.elements(list);
            int index = index(token, elements.size(), false, at);
            elements.set(index, change(elements.get(index), path.subList(1, path.size()), at, edit));
            return Trees.list(list, elements);
        }
        throw new BuildFailure(at, "JSON 6902 path goes through a value: " + token);
    }

    private static int index(String token, int size, boolean forAdd, Position at) {
        if (forAdd && token.equals("-")) {
            return size;
        }
        try {
            int index = Integer.parseInt(token);
            if (index >= 0 && (forAdd ? index <= size : index < size)) {
                return index;
            }
        } catch (NumberFormatException notAnIndex) {
            // reported below
        }
        throw new BuildFailure(at, "JSON 6902 index out of range: " + token);
    }

    static boolean same(Node a, Node b) {
        if (a.isMap() && b.isMap()) {
            if (!a.fields().keySet().equals(b.fields().keySet())) {
                return false;
            }
            return a.fields().keySet().stream().allMatch(key -> same(a.get(key), b.get(key)));
        }
        if (a.isList() && b.isList()) {
            if (a.elements().size() != b.elements().size()) {
                return false;
            }
            for (int i = 0; i < a.elements().size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.isScalar() && b.isScalar() && java.util.Objects.equals(a.text(), b.text());
    }
}
