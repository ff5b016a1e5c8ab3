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
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "rbac-privilege-escalation-verbs",
        title = "Role can grant itself more permissions",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        controls = "rbac",
        rationale = "Some permissions are worth every other one. `bind` lets a subject bind any role, "
                + "cluster-admin included, to itself; `escalate` lets it write roles with permissions it does "
                + "not hold; `impersonate` on users or groups lets it act as anyone, `system:masters` included; "
                + "`create` on serviceaccounts/token mints tokens for any ServiceAccount in its scope; any verb "
                + "on nodes/proxy reaches the kubelet API, whose exec endpoints answer a WebSocket get. A leaked "
                + "token with one of these is a compromised cluster.",
        fix = """
                Remove these verbs from roles bound to people, CI and workloads; keep them for the few \
                controllers that need them (the aggregation controller, a token broker). To let someone \
                bind one role only, name it:
                ```yaml
                rules:
                  - apiGroups: ["rbac.authorization.k8s.io"]
                    resources: ["clusterroles"]
                    verbs: ["bind"]
                    resourceNames: ["view"]
                ```
                Scrapers read kubelet metrics through nodes/metrics, not nodes/proxy.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping",
            "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#get-nodes-proxy-warning"
        },
        equivalents = {"checkov:CKV_K8S_157", "checkov:CKV_K8S_158"})
public final class RbacPrivilegeEscalationVerbs implements PlatformRule {

    /** A verb on resources of a group that hands out more than it says. */
    private record Power(String verb, String group, List<String> resources, boolean narrowedByNames) {}

    private static final List<Power> POWERS = List.of(
            // Naming the roles that may be bound or escalated is the documented way to delegate narrowly.
            new Power("bind", PolicyRule.RBAC_GROUP, List.of("clusterroles", "roles"), true),
            new Power("escalate", PolicyRule.RBAC_GROUP, List.of("clusterroles", "roles"), true),
            // A named user or group may be system:masters: impersonation stays a finding however narrow.
            new Power("impersonate", "", List.of("users", "groups", "serviceaccounts"), false),
            new Power("create", "", List.of("serviceaccounts/token"), true));

    /** The kubelet maps GET, POST, PUT, PATCH and DELETE to these; list and watch reach nothing. */
    private static final List<String> NODE_PROXY_VERBS = List.of("get", "create", "update", "patch", "delete");

    @Override
    public void check(Platform platform, Findings findings) {
        RoleBindings bindings = RoleBindings.of(platform);
        for (PolicyRule rule : PolicyRule.ofRoles(platform)) {
            check(rule, bindings, findings);
        }
    }

    /** " via *" when a wildcard, not the resource's own name, grants it. */
    private static String via(Node grant, String resource) {
        return resource.equals(grant.text()) ? "" : " via " + grant.text();
    }

    private static void check(PolicyRule rule, RoleBindings bindings, Findings findings) {
        // Every verb on every resource includes all of these: rbac-wildcard reports it, naming them.
        if (rule.isBlanket()) {
            return;
        }
        List<String> powers = new ArrayList<>();
        Node at = null;
        for (Power power : POWERS) {
            Node verb = rule.verb(power.verb());
            if (verb.isMissing() || (power.narrowedByNames() && rule.isNamed())) {
                continue;
            }
            List<String> reached = power.resources().stream().filter(r -> !rule.grant(power.group(), r).isMissing()).toList();
            if (!reached.isEmpty()) {
                powers.add(power.verb() + " " + String.join(", ", reached) + via(rule.grant(power.group(), reached.get(0)), reached.get(0)));
                at = at == null ? verb : at;
            }
        }
        List<String> proxyVerbs = rule.allowed(NODE_PROXY_VERBS);
        Node proxy = rule.grant("", "nodes/proxy");
        boolean nodeProxy = !proxy.isMissing() && !proxyVerbs.isEmpty();
        if (nodeProxy) {
            powers.add(String.join(", ", proxyVerbs) + " nodes/proxy" + via(proxy, "nodes/proxy"));
            at = at == null ? rule.verb(proxyVerbs.get(0)) : at;
        }
        if (powers.isEmpty()) {
            return;
        }
        Resource role = rule.role();
        String kubelet = nodeProxy ? ": nodes/proxy reaches the kubelet's exec endpoints on every node in scope" : "";
        findings.report(role, at, role.id() + " can escalate privileges (" + String.join("; ", powers) + ") "
                + bindings.scope(role) + kubelet);
    }
}
