package dev.plumb.rules.rbac;

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
        id = "rbac-wildcard",
        title = "Role rule uses a wildcard",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        controls = "rbac",
        rationale = "A `*` in a Role's verbs, resources or apiGroups grants more than anyone reviewed: every "
                + "current verb or resource, and every one added later by a CRD or a Kubernetes upgrade. "
                + "`resources: [\"*\"]` includes Secrets and pods/exec; `verbs: [\"*\"]` includes delete, "
                + "escalate and impersonate. Every verb on every resource is cluster-admin under another name.",
        fix = """
                List the verbs, resources and API groups the subject actually uses. \
                `kubectl auth can-i --list --as=system:serviceaccount:<ns>:<name>` shows what it can do \
                today, and the API server's audit log what it really calls:
                ```yaml
                rules:
                  - apiGroups: ["apps"]
                    resources: ["deployments"]
                    verbs: ["get", "list", "watch", "patch"]
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources"
        },
        equivalents = {"kube-linter:wildcard-in-rules", "checkov:CKV_K8S_49"})
public final class RbacWildcard implements ResourceRule {

    private static final List<String> FIELDS = List.of("apiGroups", "resources", "verbs");

    @Override
    public Set<String> kinds() {
        return Set.of("Role", "ClusterRole");
    }

    @Override
    public void check(Resource role, Findings findings) {
        // A role that cluster-admin-binding calls full control is reported here too, once: that rule
        // reports who is bound to it, this one the definition to rewrite, bound or not.
        for (PolicyRule rule : PolicyRule.of(role)) {
            List<String> fields = new ArrayList<>();
            Node first = null;
            for (String field : FIELDS) {
                for (Node element : rule.node().get(field).elements()) {
                    if (PolicyRule.ALL.equals(element.text())) {
                        fields.add(field);
                        first = first == null ? element : first;
                        break;
                    }
                }
            }
            if (fields.isEmpty()) {
                continue;
            }
            // One finding per rule entry: on the `*` itself when only one field has it, else on the entry.
            Node at = fields.size() == 1 ? first : rule.node();
            findings.report(role, at, role.id() + " has a rule with * in " + join(fields) + detail(rule, fields));
        }
    }

    private static String detail(PolicyRule rule, List<String> fields) {
        if (rule.isFullControl()) {
            return ": full control of every resource, cluster-admin under another name";
        }
        if (rule.isBlanket()) {
            return ": every verb on every resource of API groups " + groups(rule) + includes(rule);
        }
        if (!fields.contains("resources")) {
            return " (resources: " + String.join(", ", rule.resources().stream().map(n -> n.textOr("?")).toList()) + ")";
        }
        return "";
    }

    private static String groups(PolicyRule rule) {
        return String.join(", ", rule.apiGroups().stream().map(g -> g.textOr("?").isEmpty() ? "core" : g.textOr("?")).toList());
    }

    /** What the other rbac rules would have said about the entry, which they leave to this finding. */
    private static String includes(PolicyRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.coversGroup("")) {
            parts.addAll(List.of("reading Secrets", "exec into pods", "creating pods", "impersonation",
                    "minting ServiceAccount tokens", "nodes/proxy"));
        } else if (rule.coversGroup("apps") || rule.coversGroup("batch")) {
            parts.add("creating pods through controllers");
        }
        if (rule.coversGroup(PolicyRule.RBAC_GROUP)) {
            parts.add("bind and escalate");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + " included)";
    }

    private static String join(List<String> fields) {
        if (fields.size() == 1) {
            return fields.get(0);
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1);
    }
}
