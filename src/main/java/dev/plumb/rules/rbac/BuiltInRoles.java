package dev.plumb.rules.rbac;

import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Findings;
import java.util.Set;

/**
 * Bindings to the built-in {@code admin} and {@code edit} ClusterRoles. Their names suggest
 * "manage the apps", yet both read every Secret and exec into every pod of their scope. When the
 * repository defines a ClusterRole of that name itself, its own rules are checked instead.
 */
final class BuiltInRoles {

    private static final Set<String> EDITING = Set.of("admin", "edit");

    private BuiltInRoles() {
    }

    /** Reports each binding to admin or edit at its roleRef name; {@code grants} says what the rule is about. */
    static void report(Platform platform, RoleBindings bindings, Findings findings, String grants) {
        for (Resource binding : bindings.all()) {
            Node roleRef = binding.body().get("roleRef");
            String name = roleRef.get("name").text();
            // A role named by a Terraform reference is unknown (null), which Set.contains refuses.
            if (!"ClusterRole".equals(roleRef.get("kind").text()) || name == null || !EDITING.contains(name)
                    || platform.find("ClusterRole", "", name).isPresent()) {
                continue;
            }
            String scope = binding.isKind("ClusterRoleBinding") ? "in every namespace (cluster-wide)" : "in namespace " + binding.namespace();
            findings.report(binding, roleRef.get("name"), binding.id() + " binds the built-in ClusterRole " + name
                    + ", which " + grants + " " + scope + ", to " + RoleBindings.subjects(binding));
        }
    }
}
