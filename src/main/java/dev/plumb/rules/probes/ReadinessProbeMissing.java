package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.PlatformRule;
import java.util.List;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rules.Subjects;

@RuleInfo(
        id = "readiness-probe-missing",
        title = "Serving container has no readiness probe",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        theme = "health-probes",
        themeDetail = "no readinessProbe",
        controls = "probes",
        rationale = "Without a readiness probe a pod receives Service traffic the moment its process starts, before "
                + "it can answer, and keeps receiving it while it is overloaded or shutting down. Rolling updates "
                + "also treat a new pod as available at once, so a broken release replaces every working pod.",
        fix = """
                Add a readiness probe on the port the container serves, checking that it can answer requests:
                ```yaml
                readinessProbe:
                  httpGet:
                    path: /healthz/ready
                    port: http
                  periodSeconds: 5
                  failureThreshold: 3
                ```
                Use `tcpSocket` for protocols without an HTTP endpoint.""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-readiness-probes"
        },
        equivalents = {
            "polaris:readinessProbeMissing",
            "kube-score:pod-probes",
            "kube-linter:no-readiness-probe",
            "checkov:CKV_K8S_9"
        })
public final class ReadinessProbeMissing implements PlatformRule {

    @Override
    public void check(Platform platform, Findings findings) {
        for (Workload workload : platform.workloads()) {
            List<Resource> services = null;
            for (Container container : workload.podSpec().allContainers()) {
                if (!ServingContainers.isLongRunning(workload, container) || !container.readinessProbe().isNull()) {
                    continue;
                }
                // Readiness decides who gets traffic. A container that declares no port and that no
                // Service routes to (a queue worker, a log shipper) takes no connections, so the probe
                // would gate nothing.
                Node firstPort = container.ports().get(0);
                if (!firstPort.isMissing()) {
                    String port = firstPort.get("containerPort").textOr(firstPort.get("name").textOr("?"));
                    findings.report(workload, container, container.node(),
                            Subjects.container(workload, container) + " serves port " + port + " but has no readinessProbe");
                    continue;
                }
                if (services == null) {
                    services = platform.servicesSelecting(workload);
                }
                if (!services.isEmpty() && container.role() == Container.Role.CONTAINER) {
                    findings.report(workload, container, container.node(), Subjects.container(workload, container)
                            + " receives traffic from " + services.get(0).id() + " but has no readinessProbe");
                }
            }
        }
    }
}
