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
        id = "proc-mount-unmasked",
        title = "Container sees an unmasked /proc",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        rationale = "Container runtimes hide and write-protect the parts of `/proc` that reach into the node's "
                + "kernel (`/proc/sys`, `/proc/sysrq-trigger`, `/proc/kcore`). `procMount: Unmasked` removes that "
                + "protection, so a process in the container can read kernel memory or change kernel settings for "
                + "the whole node. It exists for nested container builds inside a user namespace.",
        fix = """
                Remove `procMount: Unmasked` (the default is `Default`). If a nested container build really \
                needs it, run that pod in its own user namespace with `hostUsers: false` and record the exception \
                with a reason.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1"
        },
        equivalents = {"polaris:procMount", "kube-linter:unsafe-proc-mount"})
public final class ProcMountUnmasked implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every container: the setting is asked for on purpose, and an init container with the
        // node's /proc can change kernel settings that outlive it.
        Node procMount = container.securityContext().get("procMount");
        if ("Unmasked".equalsIgnoreCase(procMount.text()) && !SecurityContexts.isWindows(workload)) {
            findings.report(workload, container, procMount,
                    Subjects.container(workload, container) + " sets procMount: Unmasked");
        }
    }
}
