package dev.plumb.rules.probes;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.model.Platform;
import dev.plumb.model.Resource;
import dev.plumb.rule.PlatformRule;
import java.util.List;
import java.util.Optional;
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
            ServiceTargets targets = null;
            for (Container container : workload.podSpec().allContainers()) {
                if (!ServingContainers.isLongRunning(workload, container) || !container.readinessProbe().isNull()) {
                    continue;
                }
                if (services == null) {
                    services = platform.servicesSelecting(workload);
                    targets = ServiceTargets.of(services);
                }
                // Readiness decides which pods a Service sends traffic to, through the containers serving the
                // ports it targets. A sidecar serving some other port (a proxy's admin port, metrics) gates
                // nothing, nor does a container that listens on nothing (a queue worker, a log shipper).
                if (!services.isEmpty() && targets.known()) {
                    Optional<String> served = targets.servedBy(container);
                    if (served.isPresent()) {
                        report(findings, workload, container, " serves port " + served.get() + " but has no readinessProbe");
                    } else if (ServiceTargets.isMain(workload, container) && targets.targetsUndeclaredPort(workload)) {
                        report(findings, workload, container, " receives traffic from " + services.get(0).id()
                                + " but has no readinessProbe");
                    }
                    continue;
                }
                // No Service in the repository selects the pods (one may elsewhere, or a host port serves), or
                // its targets are templated: the main container is the one expected to serve.
                if (!ServiceTargets.isMain(workload, container)) {
                    continue;
                }
                Node firstPort = container.ports().get(0);
                if (!firstPort.isMissing()) {
                    String port = firstPort.get("containerPort").textOr(firstPort.get("name").textOr("?"));
                    report(findings, workload, container, " serves port " + port + " but has no readinessProbe");
                } else if (!services.isEmpty()) {
                    report(findings, workload, container, " receives traffic from " + services.get(0).id()
                            + " but has no readinessProbe");
                }
            }
        }
    }

    private static void report(Findings findings, Workload workload, Container container, String what) {
        findings.report(workload, container, container.node(), Subjects.container(workload, container) + what);
    }
}
