package dev.plumb.rules.rbac;

import dev.plumb.model.BindingSubject;
import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "cluster-admin-binding",
        title = "Binding grants cluster-admin",
        category = Category.SECURITY,
        severity = Severity.CRITICAL,
        effort = Effort.M,
        rationale = "`cluster-admin` allows every verb on every resource. A subject bound to it, such as a CI "
                + "service account or an operator's pod, can read every Secret and run anything on any node, so a "
                + "leaked token or a compromised pod is a compromise of the whole cluster.",
        fix = "Write a Role (or ClusterRole) listing only the resources and verbs the subject uses, bind that "
                + "instead, and prefer a namespaced RoleBinding. For a deploy bot, bind a Role per namespace it "
                + "deploys to. `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<name>` shows what it "
                + "can do today.",
        references = {
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles",
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/"
        })
public final class ClusterAdminBinding implements ResourceRule {

    /** Members already hold every permission before any binding; binding them again changes nothing. */
    private static final String SUPERUSER_GROUP = "system:masters";

    @Override
    public Set<String> kinds() {
        return Set.of("ClusterRoleBinding", "RoleBinding");
    }

    @Override
    public void check(Resource binding, Findings findings) {
        Node roleRef = binding.body().get("roleRef");
        if (!"ClusterRole".equals(roleRef.get("kind").text()) || !"cluster-admin".equals(roleRef.get("name").text())) {
            return;
        }
        // A RoleBinding confines cluster-admin to one namespace: still every Secret and pod there.
        String scope = binding.isKind("RoleBinding") ? " in namespace " + binding.namespace() : "";
        for (BindingSubject subject : subjectsOf(binding)) {
            // Other system: subjects (system:authenticated, system:serviceaccounts) are flagged: binding
            // them hands cluster-admin to everyone who can log in or to every pod.
            if (subject.kind().equals("Group") && subject.name().equals(SUPERUSER_GROUP)) {
                continue;
            }
            findings.report(binding, subject.node(),
                    binding.id() + " grants cluster-admin" + scope + " to " + subject.describe());
        }
    }

    /** As {@code Platform.subjectsOf}, which needs no platform but is not static. */
    private static List<BindingSubject> subjectsOf(Resource binding) {
        List<BindingSubject> subjects = new ArrayList<>();
        for (Node subject : binding.body().get("subjects").elements()) {
            String kind = subject.get("kind").textOr("");
            String namespace = subject.get("namespace").textOr(kind.equals("ServiceAccount") ? binding.namespace() : "");
            subjects.add(new BindingSubject(kind, subject.get("name").textOr(""), namespace, subject));
        }
        return subjects;
    }
}
