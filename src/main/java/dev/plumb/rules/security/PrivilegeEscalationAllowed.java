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
        id = "privilege-escalation-allowed",
        title = "Container allows privilege escalation",
        category = Category.SECURITY,
        severity = Severity.LOW,
        effort = Effort.S,
        theme = "container-hardening",
        themeDetail = "privilege escalation allowed",
        controls = "security-context",
        rationale = "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges "
                + "than it started with, through a setuid binary such as `su` or `sudo` or a file capability in the "
                + "image. Running as a non-root user then protects much less: whoever gets code running in the "
                + "container can become root in it, one step closer to the node.",
        fix = """
                Set `allowPrivilegeEscalation: false` in every container's `securityContext` (it sets the \
                kernel's no_new_privs flag; the application never notices):
                ```yaml
                securityContext:
                  allowPrivilegeEscalation: false
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
        },
        equivalents = {
            "polaris:privilegeEscalationAllowed",
            "kube-linter:privilege-escalation-container",
            "checkov:CKV_K8S_20"
        })
public final class PrivilegeEscalationAllowed implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Long-running containers only (see SecurityContexts.isHardenable). A container that adds
        // SYS_ADMIN can escalate whatever this flag says, and the API refuses the flag with it:
        // capabilities-dangerous reports that container instead.
        if (!SecurityContexts.isHardenable(container) || SecurityContexts.isWindows(workload)
                || SecurityContexts.adds(container, "SYS_ADMIN") || SecurityContexts.adds(container, "ALL")) {
            return;
        }
        Node allow = container.securityContext().get("allowPrivilegeEscalation");
        if (allow.isFalse() || !SecurityContexts.settled(allow)) {
            return;
        }
        if (allow.isTrue()) {
            findings.report(workload, container, allow,
                    Subjects.container(workload, container) + " sets allowPrivilegeEscalation: true");
        } else {
            SecurityContexts.reportMissing(workload, container, "does not set allowPrivilegeEscalation: false", findings);
        }
    }
}
