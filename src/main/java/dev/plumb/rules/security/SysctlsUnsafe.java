package dev.plumb.rules.security;

import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.WorkloadRule;
import java.util.Set;

@RuleInfo(
        id = "sysctls-unsafe",
        title = "Pod sets an unsafe sysctl",
        category = Category.SECURITY,
        severity = Severity.MEDIUM,
        effort = Effort.M,
        rationale = "Kubernetes considers only a short list of kernel parameters safe to set per pod: isolated "
                + "from other pods and unable to harm the node. Any other sysctl can affect neighbours or the "
                + "node itself (message queues, connection tracking, memory), and the kubelet refuses the pod "
                + "unless the node was started with that sysctl allowed, so the pod either fails to start or "
                + "depends on a node setting the repository does not show.",
        fix = """
                Remove the sysctl, or set it on the nodes (node provisioning, a tuned profile) instead of in \
                the pod. If the pod truly needs it, allow exactly that sysctl on dedicated nodes with the \
                kubelet's `allowedUnsafeSysctls` and schedule the pod there.""",
        references = {
            "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        },
        equivalents = {"kube-linter:unsafe-sysctls"})
public final class SysctlsUnsafe implements WorkloadRule {

    /** The kubelet's safe set as of Kubernetes 1.32 (tcp_rmem/tcp_wmem the latest additions). */
    private static final Set<String> SAFE = Set.of(
            "kernel.shm_rmid_forced",
            "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports",
            "net.ipv4.tcp_keepalive_time",
            "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl",
            "net.ipv4.tcp_keepalive_probes",
            "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");

    @Override
    public void check(Workload workload, Findings findings) {
        // A pod-level setting: there are no per-container sysctls to weigh.
        if (SecurityContexts.isWindows(workload)) {
            return;
        }
        boolean hostNetwork = workload.podSpec().node().get("hostNetwork").isTrue();
        for (Node sysctl : workload.podSpec().securityContext().get("sysctls").elements()) {
            Node nameNode = sysctl.get("name");
            String written = nameNode.text();
            if (written == null) {
                continue;
            }
            String name = canonical(written);
            if (!SAFE.contains(name)) {
                findings.report(workload, nameNode, workload.resource().id() + " sets unsafe sysctl " + written.trim()
                        + " (outside the Kubernetes safe set)");
            } else if (hostNetwork && name.startsWith("net.")) {
                findings.report(workload, nameNode, workload.resource().id() + " sets " + written.trim()
                        + " with hostNetwork: true, where it would change the node's network stack");
            }
        }
    }

    /** Kubernetes accepts '/' as the separator too ("net/ipv4/tcp_syncookies"). */
    private static String canonical(String name) {
        String trimmed = name.trim();
        return trimmed.indexOf('/') >= 0 ? trimmed.replace('/', '.') : trimmed;
    }
}
