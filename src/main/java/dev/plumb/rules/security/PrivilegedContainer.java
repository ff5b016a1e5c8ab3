package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;

@RuleInfo(
        id = "privileged-container",
        title = "Container runs privileged",
        category = Category.SECURITY,
        severity = Severity.CRITICAL,
        effort = Effort.M,
        controls = "security-context",
        rationale = "A privileged container has every capability and sees the host's devices, so anyone who gets "
                + "code running in it owns the node and, through the node's credentials, often the cluster. "
                + "It also bypasses seccomp and AppArmor confinement.",
        fix = """
                Drop `privileged: true` and grant only the capability the container actually needs, or move \
                host tuning (sysctls) to the pod's `securityContext.sysctls` or to node provisioning:
                ```yaml
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    drop: ["ALL"]
                    add: ["NET_ADMIN"]   # only if really needed
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
        },
        equivalents = {
            "polaris:runAsPrivileged",
            "kube-linter:privileged-container",
            "kube-score:container-security-context-privileged",
            "checkov:CKV_K8S_16"
        })
public final class PrivilegedContainer implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Init and ephemeral containers are checked too: a privileged one-shot container is just as
        // able to rewrite the host before it exits.
        Node privileged = container.securityContext().get("privileged");
        if (privileged.isTrue()) {
            findings.report(workload, container, privileged, Subjects.container(workload, container) + " runs privileged");
        }
    }
}
