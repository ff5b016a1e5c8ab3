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
import java.util.Map;

@RuleInfo(
        id = "rbac-pod-exec",
        title = "Role can exec into running pods",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        controls = "rbac",
        rationale = "Exec and attach run commands inside an existing container: with its ServiceAccount token, "
                + "its mounted Secrets, its network access and, for a privileged pod, the node. Adding an "
                + "ephemeral container (`kubectl debug`) does the same. `get` on pods/exec is enough: kubectl "
                + "1.30 and later exec over WebSocket, which the API server authorizes as get, so a role meant "
                + "to be read-only with get on every resource can open a shell in every pod.",
        fix = """
                Remove pods/exec, pods/attach and pods/ephemeralcontainers from roles that do not need an \
                interactive shell; grant them per namespace to the people who debug, not cluster-wide and \
                not to ServiceAccounts. A read-only role lists its resources instead of `*`:
                ```yaml
                rules:
                  - apiGroups: [""]
                    resources: ["pods", "pods/log"]
                    verbs: ["get", "list", "watch"]
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
            "https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources",
            "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/#ephemeral-container"
        },
        equivalents = {"polaris:clusterrolePodExecAttach", "polaris:rolePodExecAttach"})
public final class RbacPodExec implements PlatformRule {

    /** Subresource → the verbs that reach it: get or create for the streams, update or patch to add a container. */
    private static final Map<String, List<String>> ENTRY = Map.of(
            "pods/exec", List.of("create", "get"),
            "pods/attach", List.of("create", "get"),
            "pods/ephemeralcontainers", List.of("update", "patch"));
    private static final List<String> ORDER = List.of("pods/exec", "pods/attach", "pods/ephemeralcontainers");

    @Override
    public void check(Platform platform, Findings findings) {
        RoleBindings bindings = RoleBindings.of(platform);
        for (PolicyRule rule : PolicyRule.ofRoles(platform)) {
            check(rule, bindings, findings);
        }
        BuiltInRoles.report(platform, bindings, findings, "can exec into every pod");
    }

    private static void check(PolicyRule rule, RoleBindings bindings, Findings findings) {
        // * on * is rbac-wildcard's finding. Named pods still run commands: resourceNames narrow, not remove.
        if (rule.isBlanket()) {
            return;
        }
        List<String> reached = new ArrayList<>();
        Node at = null;
        boolean onlyGet = true;
        for (String subresource : ORDER) {
            Node grant = rule.grant("", subresource);
            List<String> verbs = rule.allowed(ENTRY.get(subresource));
            if (grant.isMissing() || verbs.isEmpty()) {
                continue;
            }
            String via = subresource.equals(grant.text()) ? "" : " via " + grant.text();
            reached.add(subresource + ": " + String.join(", ", verbs) + via);
            at = at == null ? grant : at;
            onlyGet &= verbs.equals(List.of("get"));
        }
        if (reached.isEmpty()) {
            return;
        }
        Resource role = rule.role();
        String websocket = onlyGet ? ": get alone is enough, kubectl 1.30+ execs over WebSocket, authorized as get" : "";
        findings.report(role, at, role.id() + " can run commands in existing pods (" + String.join("; ", reached) + ") "
                + bindings.scope(role) + websocket);
    }
}
