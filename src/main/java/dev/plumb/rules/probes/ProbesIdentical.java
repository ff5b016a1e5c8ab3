package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Position;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.ContainerRule;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import dev.plumb.rules.Subjects;

@RuleInfo(
        id = "probes-identical",
        title = "Liveness and readiness probes are identical",
        category = Category.RELIABILITY,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "Readiness failing should take a pod out of the Service while it catches up; liveness failing "
                + "restarts it. When both probes check the same thing with the same thresholds they fail "
                + "together, so a pod that is merely busy or waiting for its database is killed instead of "
                + "rested, and under load every replica restarts at once.",
        fix = """
                Make liveness check only that the process is not wedged, and give it more patience than \
                readiness, so that a slow pod is taken out of rotation long before it is restarted:
                ```yaml
                readinessProbe:
                  httpGet: {path: /healthz/ready, port: http}
                  periodSeconds: 5
                  failureThreshold: 3
                livenessProbe:
                  httpGet: {path: /healthz/live, port: http}
                  periodSeconds: 10
                  failureThreshold: 6
                ```
                Reusing the same endpoint is fine as long as the liveness thresholds are more tolerant.""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"
        },
        equivalents = {"kube-score:pod-probes"})
public final class ProbesIdentical implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Probes only run on containers that live as long as the pod; classic init and ephemeral
        // containers cannot have them, and in a Job no Service routes by readiness.
        if (!ServingContainers.isLongRunning(workload, container)) {
            return;
        }
        Node liveness = container.livenessProbe();
        Node readiness = container.readinessProbe();
        if (Probes.handlerOf(liveness) == null
                || !Probes.identical(liveness, readiness, Probes.namedPorts(container))) {
            return;
        }
        Position at = Probes.keyPosition(container, "livenessProbe");
        findings.report(Subject.of(workload.resource(), container.name()), at, at.line(),
                Subjects.container(workload, container) + ": livenessProbe is identical to readinessProbe ("
                        + Probes.describe(liveness) + ", same thresholds)");
    }
}
