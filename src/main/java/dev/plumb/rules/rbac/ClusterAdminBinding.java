package dev.plumb.rules.rbac;

import dev.plumb.model.BindingSubject;
import dev.plumb.model.Node;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.List;
import java.util.Optional;

@RuleInfo(
        id = "cluster-admin-binding",
        title = "Binding grants cluster-admin",
        category = Category.SECURITY,
        severity = Severity.CRITICAL,
        effort = Effort.M,
        controls = "rbac",
        rationale = "`cluster-admin` allows every verb on every resource. A subject bound to it, such as a CI "
                + "service account or an operator's pod, can read every Secret and run anything on any node, so a "
                + "leaked token or a compromised pod is a compromise of the whole cluster. A ClusterRole of the repository "
                + "with full control of every resource is cluster-admin under another name.",
        fix = "Write a Role (or ClusterRole) listing only the resources and verbs the subject uses, bind that "
                + "instead, and prefer a namespaced RoleBinding. For a deploy bot, bind a Role per namespace it "
                + "deploys to. `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<name>` shows what it "
                + "can do today.",
        references = {
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
        },
        equivalents = {
            "polaris:clusterrolebindingClusterAdmin",
            "polaris:rolebindingClusterAdminClusterRole",
            "kube-linter:cluster-admin-role-binding"
        })
public final class ClusterAdminBinding implements PlatformRule {

    private static final String CLUSTER_ADMIN = "cluster-admin";

    /** Members already hold every permission before any binding; binding them again changes nothing. */
    private static final String SUPERUSER_GROUP = "system:masters";

    @Override
    public void check(Platform platform, Findings findings) {
        for (String kind : List.of("ClusterRoleBinding", "RoleBinding")) {
            for (Resource binding : platform.ofKind(kind)) {
                grantedRole(platform, binding).ifPresent(role -> report(binding, role, findings));
            }
        }
    }

    /** "cluster-admin" itself, or "ClusterRole ops-root (full control of every resource…)" for a home-made equivalent. */
    private static Optional<String> grantedRole(Platform platform, Resource binding) {
        Node roleRef = binding.body().get("roleRef");
        if (!"ClusterRole".equals(roleRef.get("kind").text())) {
            return Optional.empty();
        }
        if (CLUSTER_ADMIN.equals(roleRef.get("name").text())) {
            return Optional.of(CLUSTER_ADMIN);
        }
        return platform.roleOf(binding)
                .filter(WildcardRules::grantsEverything)
                .map(role -> "ClusterRole " + role.name() + " (full control of every resource, as cluster-admin)");
    }

    private static void report(Resource binding, String role, Findings findings) {
        // A RoleBinding confines the role to one namespace: still every Secret and pod there.
        String scope = binding.isKind("RoleBinding") ? " in namespace " + binding.namespace() : "";
        for (BindingSubject subject : BindingSubject.of(binding)) {
            // Other system: subjects (system:authenticated, system:serviceaccounts) are flagged: binding
            // them hands cluster-admin to everyone who can log in or to every pod.
            if (subject.kind().equals("Group") && subject.name().equals(SUPERUSER_GROUP)) {
                continue;
            }
            findings.report(binding, subject.node(), binding.id() + " grants " + role + scope + " to " + subject.describe());
        }
    }
}
