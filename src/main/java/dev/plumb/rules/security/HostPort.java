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
import java.util.Optional;

@RuleInfo(
        id = "host-port",
        title = "Container opens a port on its node",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        rationale = "A `hostPort` publishes the container on the node's own address, next to the ingress "
                + "controller rather than behind it: no TLS termination, no authentication middleware, and on a "
                + "node with a public address, open to the internet. It also pins the pod: two replicas cannot "
                + "share a node, and a rescheduled pod moves the service to another address.",
        fix = """
                Remove `hostPort` and reach the container through a Service (`ClusterIP` behind the ingress, \
                or `LoadBalancer`, which k3s's ServiceLB and MetalLB provide). Keep `hostPort` only for node \
                agents that must answer on the node's address, and record them as exceptions with a reason.""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/concepts/configuration/overview/#services"
        },
        equivalents = {"polaris:hostPortSet", "checkov:CKV_K8S_26"})
public final class HostPort implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // A hostNetwork pod listens on the node's addresses with every port, and the API fills in
        // hostPort for each of them: host-namespace reports that pod once.
        if (workload.podSpec().node().get("hostNetwork").isTrue()) {
            return;
        }
        // Every container: a port declared on an init container is no more acceptable for being
        // short-lived, and native sidecars (init containers that keep running) serve traffic.
        for (Node port : container.ports().elements()) {
            Node hostPort = port.get("hostPort");
            Optional<Long> number = hostPort.asLong();
            // 0 is how the API writes "no host port".
            if (number.isEmpty() || number.get() == 0) {
                continue;
            }
            String protocol = port.get("protocol").textOr("TCP").trim();
            findings.report(workload, container, hostPort, Subjects.container(workload, container)
                    + " opens port " + number.get() + (protocol.equalsIgnoreCase("TCP") ? "" : "/" + protocol)
                    + " on its node (hostPort)");
        }
    }
}
