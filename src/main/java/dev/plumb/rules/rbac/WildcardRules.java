package dev.plumb.rules.rbac;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a role's rules amount to cluster-admin: some rule gives full control (every verb, or
 * reading and writing: get, create, update, patch, delete) over every resource of every API group.
 * Whoever may create RoleBindings with every permission in hand can grant themselves the rest.
 */
final class WildcardRules {

    private static final Set<String> FULL_CONTROL = Set.of("get", "create", "update", "patch", "delete");

    private WildcardRules() {
    }

    static boolean grantsEverything(Resource role) {
        for (Node rule : role.body().get("rules").elements()) {
            if (fullControl(rule)) {
                return true;
            }
        }
        return false;
    }

    /** One rule entry giving full control of every resource in every API group. */
    static boolean fullControl(Node rule) {
        return values(rule.get("apiGroups")).contains("*") && values(rule.get("resources")).contains("*")
                && controlsFully(values(rule.get("verbs")));
    }

    private static boolean controlsFully(Set<String> verbs) {
        return verbs.contains("*") || verbs.containsAll(FULL_CONTROL);
    }

    private static Set<String> values(Node list) {
        return list.elements().stream().map(Node::text).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
