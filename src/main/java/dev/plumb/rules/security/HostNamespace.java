package dev.plumb.rules.security;

import dev.plumb.model.Node;
import dev.plumb.model.Resource;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.ResourceRule;
import java.util.Map;
import java.util.Set;

@RuleInfo(
        id = "host-namespace",
        title = "Pod shares a host namespace",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "With `hostNetwork` the pod listens on the node's interfaces and bypasses NetworkPolicies; with "
                + "`hostPID` it can see and signal every process on the node; with `hostIPC` it can read other "
                + "processes' shared memory. A compromise of the pod becomes a compromise of the node.",
        fix = "Remove `hostNetwork`, `hostPID` and `hostIPC` unless the pod is a node agent that truly needs them. "
                + "Expose ports through a Service (or a `hostPort` on one port) instead of `hostNetwork`, and keep "
                + "the exceptions you accept in `.plumb.yaml` with a reason and an expiry.",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context"
        },
        equivalents = {
            "polaris:hostIPCSet",
            "polaris:hostPIDSet",
            "polaris:hostNetworkSet",
            "kube-linter:host-ipc",
            "kube-linter:host-pid",
            "kube-linter:host-network",
            "checkov:CKV_K8S_17",
            "checkov:CKV_K8S_18",
            "checkov:CKV_K8S_19"
        })
public final class HostNamespace implements ResourceRule {

    private static final Map<String, String> SHARED = Map.of(
            "hostNetwork", "network",
            "hostPID", "process (PID)",
            "hostIPC", "IPC");

    @Override
    public Set<String> kinds() {
        return Set.of("Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob");
    }

    // A resource rule, not a workload rule: the flags are pod fields, so a pod template without containers
    // (a fragment a kustomization patches in, a partial base) that sets them is judged too.
    @Override
    public void check(Resource resource, Findings findings) {
        Node podSpec = Workload.podTemplateOf(resource).get("spec");
        // One finding per flag, each on its own line, so an accepted hostNetwork can be silenced
        // without also silencing a hostPID added later.
        for (String flag : new String[] {"hostNetwork", "hostPID", "hostIPC"}) {
            Node value = podSpec.get(flag);
            if (value.isTrue()) {
                findings.report(resource, value, resource.id() + " shares the host's "
                        + SHARED.get(flag) + " namespace (" + flag + ": true)");
            }
        }
    }
}
