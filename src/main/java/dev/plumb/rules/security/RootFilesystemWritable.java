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
        id = "root-filesystem-writable",
        title = "Container root filesystem is writable",
        category = Category.SECURITY,
        severity = Severity.LOW,
        effort = Effort.S,
        theme = "container-hardening",
        themeDetail = "writable root filesystem",
        controls = "security-context",
        rationale = "With a writable root filesystem, whoever gets code running in the container can download "
                + "tools, replace the application's binaries or plant a web shell, and the change survives until "
                + "the container is recreated. A read-only root also keeps an application from silently filling "
                + "the node's disk with files it writes outside its volumes.",
        fix = """
                Set `readOnlyRootFilesystem: true` and give the application writable volumes for the few \
                directories it writes to (temporary files, caches, sockets):
                ```yaml
                securityContext:
                  readOnlyRootFilesystem: true
                volumeMounts:
                  - name: tmp
                    mountPath: /tmp
                # and under the pod spec:
                volumes:
                  - name: tmp
                    emptyDir: {}
                ```""",
        references = {
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
            "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1"
        },
        equivalents = {
            "polaris:notReadOnlyRootFilesystem",
            "kube-linter:no-read-only-root-fs",
            "kube-score:container-security-context-readonlyrootfilesystem",
            "checkov:CKV_K8S_22"
        })
public final class RootFilesystemWritable implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Long-running containers only: a one-shot init container's writable layer is thrown away
        // when it exits, and nothing reaches it while it runs. Privileged containers are skipped:
        // they can remount their root read-write.
        if (!SecurityContexts.isHardenable(container) || SecurityContexts.isWindows(workload)) {
            return;
        }
        Node readOnly = container.securityContext().get("readOnlyRootFilesystem");
        if (readOnly.isTrue() || !SecurityContexts.settled(readOnly)) {
            return;
        }
        if (readOnly.isFalse()) {
            findings.report(workload, container, readOnly,
                    Subjects.container(workload, container) + " sets readOnlyRootFilesystem: false");
        } else {
            SecurityContexts.reportMissing(workload, container, "does not set readOnlyRootFilesystem: true", findings);
        }
    }
}
