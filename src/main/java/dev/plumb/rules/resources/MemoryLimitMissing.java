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
        id = "memory-limit-missing",
        title = "Container has no memory limit",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.S,
        theme = "requests-and-limits",
        themeDetail = "no memory limit",
        controls = "resources",
        rationale = "A container without a memory limit can grow until the node runs out of memory. The kernel's "
                + "OOM killer and the kubelet's evictions then hit whatever shares the node, so one leak takes "
                + "unrelated services down with it.",
        fix = """
                Set a memory limit above the container's peak use (leave headroom over the request); unlike \
                CPU, memory cannot be throttled, so the limit is what contains a leak:
                ```yaml
                resources:
                  requests:
                    memory: 256Mi
                  limits:
                    memory: 512Mi
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
            "https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/"
        },
        equivalents = {
            "polaris:memoryLimitsMissing",
            "kube-score:container-resources",
            "kube-linter:unset-memory-requirements",
            "checkov:CKV_K8S_13"
        })
public final class MemoryLimitMissing implements ContainerRule {

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        Node resources = container.resources();
        if (!ContainerResources.applies(container) || !ContainerResources.readable(resources)) {
            return;
        }
        Node limits = resources.get("limits");
        if (!ContainerResources.readable(limits) || ContainerResources.isSet(limits.get("memory"))) {
            return;
        }
        ContainerResources.report(workload, container, "limits", "has no memory limit", findings);
    }
}
