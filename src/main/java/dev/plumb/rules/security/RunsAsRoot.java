package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.WorkloadRule;
import java.util.Optional;

@RuleInfo(
        id = "runs-as-root",
        title = "Container may run as root",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        theme = "container-hardening",
        themeDetail = "may run as root",
        controls = "security-context",
        rationale = "Root in a container is the same user as root on the node, held back only by capabilities, "
                + "seccomp and namespaces. A kernel bug, a writable hostPath or a mounted socket then turns a "
                + "compromised application into a compromised node. Unless the pod says otherwise, the image's "
                + "`USER` decides, and many images never set one.",
        fix = """
                Run as a non-root user, ideally for the whole pod; `runAsNonRoot` makes the kubelet refuse an \
                image that would start as root, and a numeric `runAsUser` overrides the image's `USER`:
                ```yaml
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    runAsGroup: 10001
                    fsGroup: 10001   # volumes writable by that group
                ```
                Replace an init container that runs as root only to `chown` a volume with `fsGroup`.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted",
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-the-security-context-for-a-pod"
        },
        equivalents = {
            "polaris:runAsRootAllowed",
            "kube-linter:run-as-non-root",
            "checkov:CKV_K8S_23"
        })
public final class RunsAsRoot implements WorkloadRule {

    @Override
    public void check(Workload workload, Findings findings) {
        Node pod = workload.podSpec().securityContext();
        if (!SecurityContexts.readable(pod) || SecurityContexts.isWindows(workload)) {
            return;
        }
        PodWide verdicts = new PodWide(workload);
        for (Container container : workload.podSpec().allContainers()) {
            Node own = container.securityContext();
            // Privileged containers are privileged-container's: they may escalate to root through any
            // setuid binary, so the user they start as confines nothing.
            if (!SecurityContexts.readable(own) || SecurityContexts.isPrivileged(container)) {
                continue;
            }
            judge(container, own, pod, verdicts);
        }
        verdicts.report(findings);
    }

    private static void judge(Container container, Node own, Node pod, PodWide verdicts) {
        // A container-level value replaces the pod-level one, field by field.
        boolean userFromPod = own.get("runAsUser").isNull();
        Node user = userFromPod ? pod.get("runAsUser") : own.get("runAsUser");
        boolean nonRootFromPod = own.get("runAsNonRoot").isNull();
        Node nonRoot = nonRootFromPod ? pod.get("runAsNonRoot") : own.get("runAsNonRoot");
        Optional<Long> uid = user.asLong();
        if (!SecurityContexts.settled(user) || !SecurityContexts.settled(nonRoot) || (!user.isNull() && uid.isEmpty())) {
            return;
        }
        if (uid.isPresent() && uid.get() == 0) {
            // With runAsNonRoot: true as well the kubelet refuses to start the container: it never runs at all.
            if (!nonRoot.isTrue()) {
                // Every container: asking for root is deliberate, and an init container running as
                // root has the pod's volumes and network for as long as it runs.
                verdicts.problem(container, user, userFromPod,
                        userFromPod ? "runs as root (runAsUser: 0 in the pod securityContext)" : "runs as root (runAsUser: 0)");
            }
            return;
        }
        if (uid.isPresent() || nonRoot.isTrue()) {
            verdicts.passes();
            return;
        }
        // Not prevented, the image decides: asked of long-running containers only (a one-shot init
        // container takes no connections an attacker could come in through).
        if (container.runsToCompletion()) {
            return;
        }
        if (nonRoot.isFalse()) {
            verdicts.problem(container, nonRoot, nonRootFromPod,
                    "may run as root: runAsNonRoot: false and no non-zero runAsUser (the image decides)");
        } else {
            verdicts.problem(container, nonRoot, true,
                    "may run as root: nothing sets runAsNonRoot: true or a non-zero runAsUser (the image decides)");
        }
    }
}
