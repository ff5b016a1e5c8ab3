package dev.plumb.rules.availability;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.WorkloadRule;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
        id = "gpu-workload-single-node",
        title = "GPU workload pinned to a single node",
        category = Category.RELIABILITY,
        severity = Severity.LOW,
        effort = Effort.S,
        rationale = "A workload that needs a GPU (`nvidia.com/gpu`, `amd.com/gpu`, `gpu.intel.com/*`) and is pinned "
                + "to one host by name can only ever run there: when that node, its GPU or its driver fails, or the "
                + "node is drained for an upgrade, the workload stops, even if another GPU node exists. A pin by "
                + "hostname also breaks silently when the node is rebuilt under a new name. (Whether an unpinned GPU "
                + "workload has a second node to go to cannot be told from the repository: nodes are not in it.)",
        fix = """
                Select GPU nodes by capability instead of by name, so the workload can move to any node with a GPU \
                (the label comes from NVIDIA GPU feature discovery or Node Feature Discovery):
                ```yaml
                spec:
                  template:
                    spec:
                      nodeSelector:
                        nvidia.com/gpu.present: "true"
                ```
                With a single GPU in the cluster, accept the risk with a reason instead.""",
        references = {
            "https://kubernetes.io/docs/tasks/manage-gpus/scheduling-gpus/",
            "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/"
        })
public final class GpuWorkloadSingleNode implements WorkloadRule {

    @Override
    public void check(Workload workload, Findings findings) {
        Optional<String> gpu = gpuResource(workload);
        if (gpu.isEmpty()) {
            return;
        }
        NodePinning.of(workload.podSpec()).ifPresent(pin -> findings.report(workload, pin.at(),
                workload.resource().id() + " uses " + gpu.get() + " and is pinned to node " + pin.node() + " ("
                        + pin.how() + "): when that node or its GPU fails, nothing else can run it"));
    }

    /** Init containers count: a GPU an init container requests ties the pod to a GPU node just the same. */
    private static Optional<String> gpuResource(Workload workload) {
        for (Container container : workload.podSpec().allContainers()) {
            for (String section : new String[] {"limits", "requests"}) {
                for (Map.Entry<String, Node> resource : container.resources().get(section).fields().entrySet()) {
                    if (isGpu(resource.getKey()) && resource.getValue().asLong().orElse(1L) > 0) {
                        return Optional.of(resource.getKey());
                    }
                }
            }
        }
        // Time-sliced setups often hand the GPU over through the runtime class instead of a resource request.
        String runtimeClass = workload.podSpec().node().get("runtimeClassName").text();
        return runtimeClass != null && runtimeClass.contains("nvidia")
                ? Optional.of("runtimeClassName " + runtimeClass) : Optional.empty();
    }

    private static boolean isGpu(String resourceName) {
        return resourceName.startsWith("nvidia.com/gpu") || resourceName.startsWith("nvidia.com/mig-")
                || resourceName.equals("amd.com/gpu") || resourceName.startsWith("gpu.intel.com/");
    }
}
