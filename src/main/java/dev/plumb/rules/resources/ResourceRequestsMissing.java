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

@RuleInfo(
        id = "resource-requests-missing",
        title = "Container has no CPU or memory request",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        theme = "requests-and-limits",
        themeDetail = "no request",
        controls = "resources",
        rationale = "The scheduler places pods by their requests. A container without them is scheduled as if it "
                + "needed nothing, so nodes get overcommitted, and under memory pressure its pod is among the first "
                + "the kubelet evicts.",
        fix = """
                Set requests close to the container's typical use (check `kubectl top pod` or your metrics \
                over a busy week):
                ```yaml
                resources:
                  requests:
                    cpu: 100m
                    memory: 256Mi
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
            "https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/"
        },
        equivalents = {
            "polaris:cpuRequestsMissing",
            "polaris:memoryRequestsMissing",
            "kube-score:container-resources",
            "kube-linter:unset-cpu-requirements",
            "checkov:CKV_K8S_10",
            "checkov:CKV_K8S_12"
        })
public final class ResourceRequestsMissing implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        Node resources = container.resources();
        if (!ContainerResources.applies(container) || !ContainerResources.readable(resources)) {
            return;
        }
        Node requests = resources.get("requests");
        Node limits = resources.get("limits");
        if (!ContainerResources.readable(requests) || !ContainerResources.readable(limits)) {
            return;
        }
        // The API server copies a limit into an unset request, so a limit alone is a request too.
        boolean cpu = ContainerResources.isSet(requests.get("cpu")) || ContainerResources.isSet(limits.get("cpu"));
        boolean memory = ContainerResources.isSet(requests.get("memory")) || ContainerResources.isSet(limits.get("memory"));
        if (cpu && memory) {
            return;
        }
        String missing = !cpu && !memory ? "CPU or memory" : cpu ? "memory" : "CPU";
        ContainerResources.report(workload, container, "requests", "has no " + missing + " request", findings);
    }
}
