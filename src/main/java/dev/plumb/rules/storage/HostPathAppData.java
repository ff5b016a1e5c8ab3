package dev.plumb.rules.storage;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.PodSpec;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
        id = "host-path-app-data",
        title = "Application data kept in a hostPath volume",
        category = Category.RELIABILITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "A hostPath volume is a directory on whichever node the pod happens to run on. When the pod is "
                + "rescheduled (a drain, a node failure, a k3s upgrade) it starts on another node with an empty or "
                + "stale directory: the application comes up without its data, or with last month's, and the real "
                + "data sits unnoticed on the old node until that disk is wiped.",
        fix = """
                Keep the data in a PersistentVolumeClaim so it follows the pod, or is at least bound to one known \
                node. On k3s the bundled `local-path` class pins the pod to the volume's node; replicated storage \
                (Longhorn, Rook/Ceph) lets it move:
                ```yaml
                volumes:
                  - name: data
                    persistentVolumeClaim:
                      claimName: app-data
                ```
                If the workload must stay on one node, pin it explicitly (`nodeSelector: {kubernetes.io/hostname: <node>}`) \
                and back the directory up.""",
        references = {
            "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
            "https://kubernetes.io/docs/concepts/storage/persistent-volumes/",
            "https://docs.k3s.io/storage"
        })
public final class HostPathAppData implements WorkloadRule {

    /** Controllers that move pods between nodes; a DaemonSet's per-node directory is what hostPath is for. */
    private static final Set<String> MOVING_KINDS = Set.of("Deployment", "StatefulSet");

    /** Types that name a host object (a socket, a device, a config file), not a data directory. */
    private static final Set<String> HOST_OBJECT_TYPES = Set.of("Socket", "CharDevice", "BlockDevice", "File");

    private static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

    @Override
    public void check(Workload workload, Findings findings) {
        if (!MOVING_KINDS.contains(workload.kind()) || pinnedToOneNode(workload.podSpec())) {
            // A pod pinned to one node never moves away from its directory; the node being a single
            // point of failure is an availability concern, not this one.
            return;
        }
        for (Node volume : workload.podSpec().volumes()) {
            Node hostPath = volume.get("hostPath");
            Node pathNode = hostPath.get("path");
            String path = pathNode.text();
            String name = volume.get("name").text();
            if (path == null || name == null || HOST_OBJECT_TYPES.contains(hostPath.get("type").textOr(""))
                    || SystemPaths.isSystem(path)) {
                continue;
            }
            List<String> writers = writers(workload.podSpec(), name);
            if (!writers.isEmpty()) {
                findings.report(workload, pathNode, workload.resource().id() + " keeps data in hostPath " + path
                        + " (volume \"" + name + "\", written by " + String.join(", ", writers)
                        + "): the data stays on one node and is missing when the pod starts on another");
            }
        }
    }

    /**
     * Containers that write to the volume. Init containers are left out: one that prepares a
     * directory (chown, copy a config) leaves nothing the application depends on keeping; a sidecar
     * (an init container with restartPolicy Always) runs alongside the app and counts.
     */
    private static List<String> writers(PodSpec pod, String volume) {
        List<String> names = new ArrayList<>();
        for (Container container : pod.allContainers()) {
            boolean runsAlongside = container.role() == Container.Role.CONTAINER
                    || (container.role() == Container.Role.INIT && !container.runsToCompletion());
            if (runsAlongside && !MountPaths.writableMount(container, volume).isMissing()) {
                names.add("container \"" + container.name() + "\"");
            }
        }
        return names;
    }

    /** nodeName, a hostname nodeSelector, or a required node affinity naming exactly one host. */
    static boolean pinnedToOneNode(PodSpec pod) {
        Node spec = pod.node();
        if (spec.get("nodeName").text() != null || spec.path("nodeSelector", HOSTNAME_LABEL).text() != null) {
            return true;
        }
        List<Node> terms = spec.path("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution",
                "nodeSelectorTerms").elements();
        if (terms.size() != 1) {
            return false;
        }
        for (Node expression : terms.get(0).get("matchExpressions").elements()) {
            if (HOSTNAME_LABEL.equals(expression.get("key").text()) && "In".equals(expression.get("operator").text())
                    && expression.get("values").elements().size() == 1) {
                return true;
            }
        }
        return false;
    }
}
