package dev.plumb.rules.rbac;

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

@RuleInfo(
        id = "rbac-secret-read",
        title = "Role can read Secret values",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        controls = "rbac",
        rationale = "Secrets hold database passwords, API keys, TLS keys and ServiceAccount tokens. Whoever "
                + "can read them can usually reach everything those credentials open, and a token of a more "
                + "powerful ServiceAccount is a step up inside the cluster. `list` and `watch` return the "
                + "Secrets' data, not only their names, so a \"read-only\" role with list on secrets reads "
                + "them all. Bound by a ClusterRoleBinding, that is every Secret of every namespace.",
        fix = """
                Drop secrets from the rule, or name the one Secret the subject needs (get only; list and \
                watch cannot be narrowed that way) and bind with a RoleBinding in its namespace:
                ```yaml
                rules:
                  - apiGroups: [""]
                    resources: ["secrets"]
                    resourceNames: ["app-tls"]
                    verbs: ["get"]
                ```
                Instead of the built-in `edit` or `admin` ClusterRole, bind a Role without secrets.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets",
            "https://kubernetes.io/docs/concepts/security/secrets-good-practices/#least-privilege-secrets",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles"
        },
        equivalents = {"kube-linter:access-to-secrets"})
public final class RbacSecretRead implements PlatformRule {

    private static final List<String> READ = List.of("get", "list", "watch");

    @Override
    public void check(Platform platform, Findings findings) {
        RoleBindings bindings = RoleBindings.of(platform);
        for (PolicyRule rule : PolicyRule.ofRoles(platform)) {
            check(rule, bindings, findings);
        }
        BuiltInRoles.report(platform, bindings, findings, "reads every Secret");
    }

    private static void check(PolicyRule rule, RoleBindings bindings, Findings findings) {
        // Named Secrets are the recommended narrow form; * on * is rbac-wildcard's finding.
        if (rule.isNamed() || rule.isBlanket()) {
            return;
        }
        Node grant = rule.grant("", "secrets");
        List<String> verbs = rule.allowed(READ);
        if (grant.isMissing() || verbs.isEmpty()) {
            return;
        }
        Resource role = rule.role();
        String through = "secrets".equals(grant.text()) ? "" : ", through resources: " + grant.text();
        String values = verbs.contains("get") ? ""
                : ": " + String.join(" and ", verbs) + (verbs.size() == 1 ? " returns" : " return") + " the Secrets' data, not only their names";
        findings.report(role, grant, role.id() + " can read Secrets (" + String.join(", ", verbs) + through + ") "
                + bindings.scope(role) + values);
    }
}
