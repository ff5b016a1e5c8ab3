package dev.plumb.load.kustomize;

import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.MissingNode;
import dev.plumb.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strategic merge of a patch into an object, as kustomize does it: maps merge, a null removes a key,
 * {@code $patch: delete|replace} act on their map, and the lists Kubernetes gives a merge key
 * (containers by name, volume mounts by path…) merge element by element — for the built-in kinds
 * only: kustomize has no schema for custom resources, so their lists are replaced whole. Merged
 * values keep the position of the patch line that wrote them.
 */
final class StrategicMerge {

    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "networking.k8s.io",
            "rbac.authorization.k8s.io", "autoscaling", "storage.k8s.io", "scheduling.k8s.io", "extensions");
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "ephemeralContainers", "name", "env", "name",
            "volumes", "name", "volumeMounts", "mountPath", "imagePullSecrets", "name", "hostAliases", "ip",
            "volumeDevices", "devicePath");

    private final boolean builtIn;
    private final String kind;

    private StrategicMerge(String group, String kind) {
        this.builtIn = BUILT_IN_GROUPS.contains(group);
        this.kind = kind;
    }

    /** The object patched; missing when the patch deletes it. */
    static Node apply(MapNode object, MapNode patch, String group, String kind) {
        return new StrategicMerge(group, kind).mergeMap(object, patch);
    }

    static boolean deletes(Node patch) {
        return "delete".equals(patch.get("$patch").text());
    }

    private Node mergeMap(MapNode base, MapNode patch) {
        String directive = patch.get("$patch").text();
        if ("delete".equals(directive)) {
            return MissingNode.INSTANCE;
        }
        if ("replace".equals(directive)) {
            return strip(patch);
        }
        MapNode result = base;
        for (Map.Entry<String, Node> entry : patch.fields().entrySet()) {
            String key = entry.getKey();
            Node value = entry.getValue();
            if (key.startsWith("$")) {
                continue;
            }
            Node current = result.get(key);
            if (value.isNull()) {
                result = Trees.without(result, key);
            } else if (current instanceof MapNode currentMap && value instanceof MapNode valueMap) {
                Node merged = mergeMap(currentMap, valueMap);
                result = merged.isMissing() ? Trees.without(result, key) : Trees.replacing(result, key, merged);
            } else if (current instanceof ListNode currentList && value instanceof ListNode valueList
                    && mergeKey(key) != null) {
                result = Trees.replacing(result, key, mergeList(currentList, valueList, mergeKey(key)));
            } else {
                result = Trees.with(result, key, patch.keyPosition(key), strip(value));
            }
        }
        return result;
    }

    private String mergeKey(String field) {
        if (!builtIn) {
            return null;
        }
        if (field.equals("ports")) {
            return kind.equals("Service") ? "port" : "containerPort";
        }
        return MERGE_KEYS.get(field);
    }

    /**
     * Merged elements in the patch's order, then the object's elements the patch does not name, as
     * Kubernetes' strategic merge orders a list with a merge key.
     */
    private Node mergeList(ListNode base, ListNode patch, String key) {
        if (patch.elements().stream().anyMatch(element -> "replace".equals(element.get("$patch").text()))) {
            // {$patch: replace} in a list: the patch's other elements are the list.
            List<Node> replaced = new ArrayList<>();
            for (Node element : patch.elements()) {
                if (!"replace".equals(element.get("$patch").text())) {
                    replaced.add(strip(element));
                }
            }
            return Trees.list(patch, replaced);
        }
        List<Node> remaining = new ArrayList<>(base.elements());
        List<Node> merged = new ArrayList<>();
        for (Node element : patch.elements()) {
            if (!(element instanceof MapNode patchElement) || patchElement.get(key).text() == null) {
                merged.add(strip(element));
                continue;
            }
            int at = indexOf(remaining, key, patchElement.get(key).text());
            if (at < 0) {
                if (!deletes(patchElement)) {
                    merged.add(strip(patchElement));
                }
                continue;
            }
            Node result = mergeMap((MapNode) remaining.remove(at), patchElement);
            if (!result.isMissing()) {
                merged.add(result);
            }
        }
        merged.addAll(remaining);
        return Trees.list(base, merged);
    }

    private static int indexOf(List<Node> elements, String key, String value) {
        for (int i = 0; i < elements.size(); i++) {
            if (value.equals(elements.get(i).get(key).text())) {
                return i;
            }
        }
        return -1;
    }

    /** A patch value without the directives kustomize reads and drops. */
    static Node strip(Node value) {
        if (value instanceof MapNode map) {
            MapNode result = map;
            for (String key : map.fields().keySet()) {
                if (key.startsWith("$")) {
                    result = Trees.without(result, key);
                } else {
                    Node child = strip(map.get(key));
                    if (child != map.get(key)) {
                        result = Trees.replacing(result, key, child);
                    }
                }
            }
            return result;
        }
        if (value instanceof ListNode list) {
            List<Node> elements = new ArrayList<>();
            for (Node element : list.elements()) {
                elements.add(strip(element));
            }
            return Trees.list(list, elements);
        }
        return value;
    }
}
