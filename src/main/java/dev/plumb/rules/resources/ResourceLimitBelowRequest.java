package dev.plumb.rules.resources;

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
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "resource-limit-below-request",
        title = "Resource limit is lower than the request",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.S,
        knownBug = true,
        rationale = "Kubernetes rejects a pod whose limit is lower than its request, and a Deployment or "
                + "StatefulSet with such a template is refused as a whole. The change never reaches the "
                + "cluster: `kubectl apply` fails, and a GitOps controller (Flux, Argo CD) stops syncing the "
                + "whole set of manifests it belongs to, holding back unrelated changes with it.",
        fix = """
                Raise the limit to at least the request, or lower the request; for memory, keep the limit \
                above the container's peak use:
                ```yaml
                resources:
                  requests:
                    memory: 256Mi
                  limits:
                    memory: 512Mi
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits",
            "https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/"
        })
public final class ResourceLimitBelowRequest implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Init containers are validated like any other; ephemeral containers cannot set resources.
        if (!ContainerResources.applies(container)) {
            return;
        }
        Node requests = container.resources().get("requests");
        Node limits = container.resources().get("limits");
        // Every resource is checked (cpu, memory, ephemeral-storage, hugepages): the API server refuses them all alike.
        for (Map.Entry<String, Node> limit : limits.fields().entrySet()) {
            Node request = requests.get(limit.getKey());
            Optional<BigDecimal> limitValue = Quantity.parse(limit.getValue().text());
            Optional<BigDecimal> requestValue = Quantity.parse(request.text());
            // A templated or malformed value is someone else's finding; compare only what both say.
            if (limitValue.isEmpty() || requestValue.isEmpty() || limitValue.get().compareTo(requestValue.get()) >= 0) {
                continue;
            }
            findings.report(workload, container, limit.getValue(), Subjects.container(workload, container) + ": "
                    + limit.getKey() + " limit " + limit.getValue().text() + " is below its request " + request.text()
                    + " (Kubernetes rejects the object)");
        }
    }
}
