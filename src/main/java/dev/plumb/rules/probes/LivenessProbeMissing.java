package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;

@RuleInfo(
        id = "liveness-probe-missing",
        title = "Container has no liveness probe",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        theme = "health-probes",
        themeDetail = "no livenessProbe",
        controls = "probes",
        rationale = "Without a liveness probe the kubelet only restarts a container when its process exits, so a "
                + "deadlocked or wedged process keeps its pod Running while doing no work. You find out when users "
                + "or a stalled queue tell you.",
        fix = """
                Add a cheap liveness check that fails only when a restart would help (not when a dependency \
                is down), with thresholds generous enough to avoid restart loops:
                ```yaml
                livenessProbe:
                  httpGet:
                    path: /healthz/live
                    port: http
                  periodSeconds: 15
                  failureThreshold: 4
                ```
                Add a `startupProbe` as well when the application starts slowly.""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
        },
        equivalents = {
            "polaris:livenessProbeMissing",
            "kube-score:pod-probes",
            "kube-linter:no-liveness-probe",
            "checkov:CKV_K8S_8"
        })
public final class LivenessProbeMissing implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every long-running container qualifies, workers included: a hung queue consumer is exactly
        // the failure only a liveness probe catches, whether or not it listens on a port.
        if (!ServingContainers.isLongRunning(workload, container) || !container.livenessProbe().isNull()) {
            return;
        }
        findings.report(workload, container, container.node(),
                Subjects.container(workload, container) + " has no livenessProbe");
    }
}
