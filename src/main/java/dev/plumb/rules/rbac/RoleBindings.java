package dev.plumb.rules.rbac;

import dev.plumb.model.BindingSubject;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The RBAC bindings of the repository, indexed by the role they refer to, so a finding on a role can
 * say how far its permissions reach: a ClusterRole bound by a ClusterRoleBinding applies in every
 * namespace; bound only by RoleBindings, in theirs.
 */
final class RoleBindings {

    /** Built-in ClusterRoles whose rules are merged into the ones named in these labels. */
    private static final List<String> AGGREGATION_TARGETS = List.of("admin", "edit", "view");
    private static final String AGGREGATE_LABEL = "rbac.authorization.k8s.io/aggregate-to-";
    private static final int NAMED_AT_MOST = 3;

    private final List<Resource> all = new ArrayList<>();
    private final Map<String, List<Resource>> byRole = new HashMap<>();

    private RoleBindings() {
    }

    static RoleBindings of(Platform platform) {
        RoleBindings index = new RoleBindings();
        for (String kind : List.of("ClusterRoleBinding", "RoleBinding")) {
            for (Resource binding : platform.ofKind(kind)) {
                if (!PolicyRule.isRbac(binding)) {
                    continue;
                }
                index.all.add(binding);
                String key = roleKey(binding);
                if (key != null) {
                    index.byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(binding);
                }
            }
        }
        return index;
    }

    /** RBAC bindings of the repository, ClusterRoleBindings first. */
    List<Resource> all() {
        return all;
    }

    List<Resource> of(Resource role) {
        String key = role.isKind("Role") ? "Role/" + role.namespace() + "/" + role.name() : "ClusterRole/" + role.name();
        return byRole.getOrDefault(key, List.of());
    }

    /** A RoleBinding refers to a Role of its own namespace, or to a ClusterRole. */
    private static String roleKey(Resource binding) {
        Node roleRef = binding.body().get("roleRef");
        String kind = roleRef.get("kind").text();
        String name = roleRef.get("name").text();
        if (name == null || kind == null) {
            return null;
        }
        return switch (kind) {
            case "ClusterRole" -> "ClusterRole/" + name;
            case "Role" -> binding.isKind("RoleBinding") ? "Role/" + binding.namespace() + "/" + name : null;
            default -> null;
        };
    }

    /**
     * Where the role's permissions apply, for a message: "cluster-wide (ClusterRoleBinding/ops)",
     * "in namespaces apps, web", "in namespace apps"; what the repository cannot tell, it says.
     */
    String scope(Resource role) {
        List<Resource> bindings = of(role);
        String scope;
        if (role.isKind("Role")) {
            scope = "in namespace " + role.namespace() + (bindings.isEmpty() ? " (no binding in the repository)" : "");
        } else {
            List<String> clusterWide = bindings.stream().filter(b -> b.isKind("ClusterRoleBinding")).map(Resource::id).toList();
            TreeSet<String> namespaces = new TreeSet<>();
            bindings.stream().filter(b -> b.isKind("RoleBinding")).forEach(b -> namespaces.add(b.namespace()));
            if (!clusterWide.isEmpty()) {
                scope = "cluster-wide (" + names(clusterWide) + ")";
            } else if (!namespaces.isEmpty()) {
                scope = (namespaces.size() == 1 ? "in namespace " : "in namespaces ") + names(List.copyOf(namespaces));
            } else {
                scope = "wherever it is bound (no binding in the repository)";
            }
        }
        return scope + aggregation(role);
    }

    /** A ClusterRole labelled to aggregate into admin, edit or view reaches everyone bound to those. */
    private static String aggregation(Resource role) {
        if (!role.isKind("ClusterRole")) {
            return "";
        }
        List<String> targets = AGGREGATION_TARGETS.stream()
                .filter(target -> "true".equalsIgnoreCase(role.labels().get(AGGREGATE_LABEL + target)))
                .toList();
        return targets.isEmpty() ? "" : ", and through aggregation to everyone bound to the built-in "
                + String.join(", ", targets) + " role" + (targets.size() > 1 ? "s" : "");
    }

    /** "alice, bob and 2 more". */
    static String names(List<String> names) {
        if (names.size() <= NAMED_AT_MOST) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMED_AT_MOST)) + " and " + (names.size() - NAMED_AT_MOST) + " more";
    }

    static String subjects(Resource binding) {
        return names(BindingSubject.of(binding).stream().map(BindingSubject::describe).toList());
    }
}
