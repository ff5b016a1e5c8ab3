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
import java.util.Locale;

@RuleInfo(
        id = "seccomp-profile-missing",
        title = "Pod runs without a seccomp profile",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        theme = "container-hardening",
        themeDetail = "no seccomp profile",
        controls = "security-context",
        rationale = "Without a seccomp profile a container can call every system call of the node's kernel, "
                + "including the rarely used ones behind most kernel exploits and container escapes. Kubernetes "
                + "runs pods unconfined unless the pod asks for a profile or the kubelet is started with "
                + "`seccompDefault: true`. The runtime's default profile blocks those calls and almost no "
                + "application notices.",
        fix = """
                Ask for the runtime's default profile in the pod `securityContext` (containers inherit it); \
                if every node's kubelet runs with `seccompDefault: true`, disable this rule in `.plumb.yaml` \
                instead:
                ```yaml
                spec:
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                ```
                The `seccomp.security.alpha.kubernetes.io` annotations have had no effect since Kubernetes \
                1.27: move them to the field.""",
        references = {
            "https://kubernetes.io/docs/tutorials/security/seccomp/",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"
        },
        equivalents = {"kube-score:container-seccomp-profile", "checkov:CKV_K8S_31"})
public final class SeccompProfileMissing implements WorkloadRule {

    private static final String POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
    private static final String CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";

    @Override
    public void check(Workload workload, Findings findings) {
        Node pod = workload.podSpec().securityContext();
        if (!SecurityContexts.readable(pod) || SecurityContexts.isWindows(workload)) {
            return;
        }
        Node annotations = workload.template().path("metadata", "annotations");
        PodWide verdicts = new PodWide(workload);
        for (Container container : workload.podSpec().allContainers()) {
            // Privileged containers run unconfined whatever the profile says: privileged-container's.
            if (SecurityContexts.readable(container.securityContext()) && !SecurityContexts.isPrivileged(container)) {
                judge(container, pod, annotations, verdicts);
            }
        }
        verdicts.report(findings);
    }

    /** The kubelet's order: container field, container annotation, pod field, pod annotation. */
    private static void judge(Container container, Node pod, Node annotations, PodWide verdicts) {
        Node own = container.securityContext().get("seccompProfile");
        Node podProfile = pod.get("seccompProfile");
        if (!own.isNull()) {
            judgeField(container, own, false, verdicts);
        } else if (!podProfile.isNull()) {
            judgeField(container, podProfile, true, verdicts);
        } else {
            Node legacy = annotations.get(CONTAINER_ANNOTATION + container.name());
            boolean fromPod = legacy.isNull();
            judgeAnnotation(container, fromPod ? annotations.get(POD_ANNOTATION) : legacy,
                    fromPod ? POD_ANNOTATION : CONTAINER_ANNOTATION + container.name(), fromPod, verdicts);
        }
    }

    private static void judgeField(Container container, Node profile, boolean fromPod, PodWide verdicts) {
        Node type = profile.get("type");
        if (!SecurityContexts.settled(type) || !SecurityContexts.settled(profile)) {
            return;
        }
        if ("Unconfined".equalsIgnoreCase(type.text())) {
            verdicts.problem(container, type, fromPod, fromPod
                    ? "disables seccomp (type Unconfined in the pod securityContext)"
                    : "disables seccomp (seccompProfile type Unconfined)");
        } else if (type.text() != null) {
            verdicts.passes();
        } else if (!container.runsToCompletion()) {
            verdicts.problem(container, profile, fromPod, "has no seccomp profile (seccompProfile without a type)");
        }
    }

    private static void judgeAnnotation(Container container, Node annotation, String key, boolean fromPod, PodWide verdicts) {
        String value = annotation.text();
        if (value != null && value.trim().toLowerCase(Locale.ROOT).equals("unconfined")) {
            // An explicit request to switch seccomp off is reported on every container, like a field.
            verdicts.problem(container, annotation, fromPod, "disables seccomp (annotation " + key + ": unconfined)");
            return;
        }
        // Everything else below asks for something missing: long-running containers only.
        if (container.runsToCompletion() || !SecurityContexts.settled(annotation)) {
            return;
        }
        if (value != null) {
            verdicts.problem(container, annotation, fromPod,
                    "has no seccomp profile: the annotation " + key + " has been ignored since Kubernetes 1.27");
        } else {
            verdicts.problem(container, annotation, true, "has no seccomp profile");
        }
    }
}
