package dev.plumb.load.kustomize;

import dev.plumb.model.ClusterScopedKinds;
import dev.plumb.model.ListNode;
import dev.plumb.model.MapNode;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kustomization fields that rewrite metadata: {@code namespace}, {@code namePrefix}/{@code nameSuffix},
 * {@code commonLabels}/{@code labels} (selectors and pod templates where kustomize puts them) and
 * {@code commonAnnotations}. A value the kustomization adds carries the kustomization's line for it.
 */
final class MetadataTransforms {

    private static final Set<String> WORKLOADS = Set.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet");

    private MetadataTransforms() {}

    static void namespace(Node namespace, List<BuiltObject> objects) {
        String name = namespace.text();
        if (name == null || name.isBlank()) {
            return;
        }
        Position at = namespace.position();
        for (BuiltObject object : objects) {
            if (!ClusterScopedKinds.contains(object.kind())) {
                object.body = Trees.edit(object.body, List.of("metadata", "namespace"), at, old -> namespace);
            } else if (object.kind().equals("Namespace")) {
                // Kustomize renames the Namespace objects it builds to the namespace it sets.
                object.body = Trees.edit(object.body, List.of("metadata", "name"), at, old -> namespace);
            }
            if (object.kind().equals("RoleBinding") || object.kind().equals("ClusterRoleBinding")) {
                object.body = subjects(object.body, namespace);
            }
        }
    }

    /** Kustomize moves the {@code default} ServiceAccount's subjects into the namespace it sets. */
    private static MapNode subjects(MapNode binding, Node namespace) {
        Node subjects = binding.get("subjects");
        if (!subjects.isList()) {
            return binding;
        }
        List<Node> changed = new ArrayList<>();
        boolean any = false;
        for (Node subject : subjects.elements()) {
            if (subject instanceof MapNode map && "ServiceAccount".equals(map.get("kind").text())
                    && "default".equals(map.get("name").text())) {
                changed.add(Trees.edit(map, List.of("namespace"), namespace.position(), old -> namespace));
                any = true;
            } else {
                changed.add(subject);
            }
        }
        return any ? Trees.replacing(binding, "subjects", Trees.list(subjects, changed)) : binding;
    }

    static void names(Node prefix, Node suffix, List<BuiltObject> objects) {
        String before = prefix.textOr("");
        String after = suffix.textOr("");
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        Node where = before.isEmpty() ? suffix : prefix;
        for (BuiltObject object : objects) {
            if (object.kind().equals("CustomResourceDefinition") || object.kind().equals("Namespace")) {
                continue;
            }
            object.body = Trees.edit(object.body, List.of("metadata", "name"), where.position(),
                    old -> Trees.string(where.position(), before + old.textOr("") + after));
        }
    }

    /**
     * @param selectors also the selectors and pod templates ({@code commonLabels}, {@code includeSelectors})
     * @param templates also pod templates ({@code includeTemplates})
     */
    static void labels(Node labels, boolean selectors, boolean templates, List<BuiltObject> objects) {
        if (!labels.isMap() || labels.fields().isEmpty()) {
            return;
        }
        for (BuiltObject object : objects) {
            String kind = object.kind();
            add(object, List.of("metadata", "labels"), labels, true);
            if (!selectors && !templates) {
                continue;
            }
            if (WORKLOADS.contains(kind) || kind.equals("ReplicationController")) {
                add(object, List.of("spec", "template", "metadata", "labels"), labels, true);
                if (selectors) {
                    add(object, kind.equals("ReplicationController") ? List.of("spec", "selector")
                            : List.of("spec", "selector", "matchLabels"), labels, true);
                }
                if (kind.equals("StatefulSet")) {
                    claimTemplates(object, labels);
                }
            } else if (kind.equals("Job")) {
                add(object, List.of("spec", "template", "metadata", "labels"), labels, true);
                if (selectors) {
                    add(object, List.of("spec", "selector", "matchLabels"), labels, false);
                }
            } else if (kind.equals("CronJob")) {
                add(object, List.of("spec", "jobTemplate", "spec", "template", "metadata", "labels"), labels, true);
                if (selectors) {
                    add(object, List.of("spec", "jobTemplate", "metadata", "labels"), labels, true);
                    add(object, List.of("spec", "jobTemplate", "spec", "selector", "matchLabels"), labels, false);
                }
            } else if (selectors && kind.equals("Service")) {
                add(object, List.of("spec", "selector"), labels, true);
            } else if (selectors && kind.equals("PodDisruptionBudget")) {
                add(object, List.of("spec", "selector", "matchLabels"), labels, false);
            } else if (selectors && kind.equals("NetworkPolicy")) {
                add(object, List.of("spec", "podSelector", "matchLabels"), labels, false);
                peers(object, "ingress", "from", labels);
                peers(object, "egress", "to", labels);
            }
        }
    }

    static void annotations(Node annotations, List<BuiltObject> objects) {
        if (!annotations.isMap() || annotations.fields().isEmpty()) {
            return;
        }
        for (BuiltObject object : objects) {
            add(object, List.of("metadata", "annotations"), annotations, true);
            String kind = object.kind();
            if (WORKLOADS.contains(kind) || kind.equals("Job") || kind.equals("ReplicationController")) {
                add(object, List.of("spec", "template", "metadata", "annotations"), annotations, true);
            } else if (kind.equals("CronJob")) {
                add(object, List.of("spec", "jobTemplate", "metadata", "annotations"), annotations, true);
                add(object, List.of("spec", "jobTemplate", "spec", "template", "metadata", "annotations"), annotations, true);
            }
        }
    }

    /** The pod selectors of a NetworkPolicy's rules, where they select by label already. */
    private static void peers(BuiltObject object, String direction, String field, Node labels) {
        Node rules = object.body.path("spec", direction);
        if (!(rules instanceof ListNode list)) {
            return;
        }
        List<Node> changedRules = new ArrayList<>();
        for (Node rule : list.elements()) {
            Node peers = rule.get(field);
            if (!(rule instanceof MapNode ruleMap) || !(peers instanceof ListNode peerList)) {
                changedRules.add(rule);
                continue;
            }
            List<Node> changedPeers = new ArrayList<>();
            for (Node peer : peerList.elements()) {
                changedPeers.add(peer instanceof MapNode peerMap && peer.path("podSelector", "matchLabels").isMap()
                        ? merged(peerMap, List.of("podSelector", "matchLabels"), labels) : peer);
            }
            changedRules.add(Trees.replacing(ruleMap, field, Trees.list(peerList, changedPeers)));
        }
        object.body = Trees.edit(object.body, List.of("spec", direction), list.position(), old -> Trees.list(list, changedRules));
    }

    private static void claimTemplates(BuiltObject object, Node labels) {
        Node claims = object.body.path("spec", "volumeClaimTemplates");
        if (!(claims instanceof ListNode list)) {
            return;
        }
        List<Node> changed = new ArrayList<>();
        for (Node claim : list.elements()) {
            changed.add(claim instanceof MapNode map ? merged(map, List.of("metadata", "labels"), labels) : claim);
        }
        object.body = Trees.edit(object.body, List.of("spec", "volumeClaimTemplates"), list.position(),
                old -> Trees.list(list, changed));
    }

    /** Adds each pair under {@code path}; where the path is absent, only when kustomize would create it. */
    private static void add(BuiltObject object, List<String> path, Node pairs, boolean create) {
        if (!create && !object.body.path(path.toArray(String[]::new)).isMap()) {
            return;
        }
        if (create && !parentExists(object.body, path)) {
            return;
        }
        object.body = merged(object.body, path, pairs);
    }

    /** Kustomize creates the last field only when the object has the part it belongs to (a pod template). */
    private static boolean parentExists(MapNode body, List<String> path) {
        if (path.size() <= 2) {
            return true;
        }
        Node node = body;
        for (String key : path.subList(0, path.size() - 2)) {
            node = node.get(key);
        }
        return node.isMap();
    }

    private static MapNode merged(MapNode map, List<String> path, Node pairs) {
        MapNode result = map;
        for (Map.Entry<String, Node> pair : pairs.fields().entrySet()) {
            List<String> full = new ArrayList<>(path);
            full.add(pair.getKey());
            Node value = pair.getValue();
            result = Trees.edit(result, full, value.position(), old -> value);
        }
        return result;
    }
}
