package dev.plumb.rules.networking;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.ResourceRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "service-exposed-externally",
        title = "Service is reachable from outside the cluster",
        category = Category.SECURITY,
        severity = Severity.INFO,
        effort = Effort.S,
        rationale = "A NodePort Service opens a port on every node's IP, and a LoadBalancer Service gets an "
                + "external address (on k3s, ServiceLB binds it on the nodes' IPs too). Traffic reaching them "
                + "bypasses the ingress controller with its TLS, authentication and access logs. That is right "
                + "for the ingress controller itself and for protocols an Ingress cannot carry; for anything "
                + "else it is often a leftover from debugging.",
        fix = """
                Keep the Service internal and route HTTP through the ingress controller:
                ```yaml
                spec:
                  type: ClusterIP
                ```
                When it must stay external, limit who can reach it (`loadBalancerSourceRanges`, a firewall on \
                the nodes) and accept it in `.plumb.yaml` with the reason.""",
        references = {
            "https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types",
            "https://docs.k3s.io/networking/networking-services#service-load-balancer"
        },
        equivalents = {"kube-linter:exposed-services"})
public final class ServiceExposedExternally implements ResourceRule {

    private static final Set<String> EXTERNAL_TYPES = Set.of("NodePort", "LoadBalancer");

    @Override
    public Set<String> kinds() {
        return Set.of("Service");
    }

    @Override
    public void check(Resource service, Findings findings) {
        // Knative and other projects have their own kind "Service"; only the core one opens ports.
        Node type = service.spec().get("type");
        if (!service.group().isEmpty() || !EXTERNAL_TYPES.contains(type.textOr(""))) {
            return;
        }
        List<String> nodePorts = new ArrayList<>();
        for (Node port : service.spec().get("ports").elements()) {
            port.get("nodePort").optText().ifPresent(nodePort ->
                    nodePorts.add(nodePort + " (port " + port.get("port").textOr("?") + ")"));
        }
        StringBuilder message = new StringBuilder(service.id()).append(" is of type ").append(type.text());
        if (type.text().equals("LoadBalancer")) {
            message.append(": it gets an external address");
            Node ranges = service.spec().get("loadBalancerSourceRanges");
            if (!ranges.elements().isEmpty()) {
                message.append(" limited to loadBalancerSourceRanges ").append(texts(ranges));
            }
        } else {
            message.append(": it listens on every node's IP");
        }
        if (!nodePorts.isEmpty()) {
            message.append("; nodePort ").append(String.join(", ", nodePorts));
        }
        findings.report(service, type, message.toString());
    }

    private static String texts(Node list) {
        return list.elements().stream().map(element -> element.textOr("?")).toList().toString();
    }
}
