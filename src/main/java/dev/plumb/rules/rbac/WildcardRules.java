package dev.plumb.rules.rbac;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;

/** Whether a role's rules amount to cluster-admin: some rule allows every verb on every resource of every API group. */
final class WildcardRules {

    private WildcardRules() {
    }

    static boolean grantsEverything(Resource role) {
        for (Node rule : role.body().get("rules").elements()) {
            if (hasWildcard(rule.get("apiGroups")) && hasWildcard(rule.get("resources")) && hasWildcard(rule.get("verbs"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWildcard(Node list) {
        return list.elements().stream().anyMatch(value -> "*".equals(value.text()));
    }
}
