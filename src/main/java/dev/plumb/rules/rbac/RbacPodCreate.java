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
        id = "rbac-pod-create",
        title = "Role can create pods or workload controllers",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        controls = "rbac",
        rationale = "Whoever can create a pod, or a Deployment, DaemonSet, StatefulSet, ReplicaSet, Job or CronJob "
                + "that creates one, chooses its image, its command and its ServiceAccount: it can run as any "
                + "ServiceAccount of the namespace, mount any Secret there, and, unless Pod Security admission "
                + "forbids it, start a privileged pod that owns the node. Deploy bots and operators need it; "
                + "check that each subject that has it is one of them and that its scope is no wider than needed.",
        fix = """
                Keep create on pods and controllers for the deploy pipeline and the operators that need it, \
                bound per namespace with RoleBindings. Enforce the restricted Pod Security Standard on those \
                namespaces so a created pod cannot be privileged:
                ```yaml
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: apps
                  labels:
                    pod-security.kubernetes.io/enforce: restricted
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation",
            "https://kubernetes.io/docs/concepts/security/pod-security-admission/"
        },
        equivalents = {"kube-linter:access-to-create-pods"})
public final class RbacPodCreate implements PlatformRule {

    /** API group and resource of everything that runs pods. */
    private static final List<String[]> RUNS_PODS = List.of(
            new String[] {"", "pods"},
            new String[] {"apps", "deployments"},
            new String[] {"apps", "daemonsets"},
            new String[] {"apps", "statefulsets"},
            new String[] {"apps", "replicasets"},
            new String[] {"batch", "jobs"},
            new String[] {"batch", "cronjobs"},
            new String[] {"", "replicationcontrollers"});
    private static final List<String> CREATE = List.of("create");

    @Override
    public void check(Platform platform, Findings findings) {
        RoleBindings bindings = RoleBindings.of(platform);
        for (PolicyRule rule : PolicyRule.ofRoles(platform)) {
            check(rule, bindings, findings);
        }
        // The built-in edit and admin roles create pods by design: that is what they are bound for.
    }

    private static void check(PolicyRule rule, RoleBindings bindings, Findings findings) {
        // resourceNames never match a create (the name is not known yet); * on * is rbac-wildcard's finding.
        if (rule.isNamed() || rule.isBlanket() || rule.allowed(CREATE).isEmpty()) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        Node at = null;
        for (String[] target : RUNS_PODS) {
            Node grant = rule.grant(target[0], target[1]);
            if (grant.isMissing()) {
                continue;
            }
            if (PolicyRule.ALL.equals(grant.text())) {
                kinds = List.of("every resource via *");
                at = grant;
                break;
            }
            kinds.add(target[1]);
            at = at == null ? grant : at;
        }
        if (kinds.isEmpty()) {
            return;
        }
        Resource role = rule.role();
        findings.report(role, at, role.id() + " can create " + String.join(", ", kinds) + " " + bindings.scope(role)
                + ": pods running any image as any ServiceAccount of their namespace");
    }
}
