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
import java.util.Map;

@RuleInfo(
        id = "capabilities-dangerous",
        title = "Container adds a dangerous capability",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "Capabilities split root's powers; some of them are almost all of it. `SYS_ADMIN` allows "
                + "mounts and namespace tricks behind most container escapes, `SYS_MODULE` loads code into the "
                + "kernel, `SYS_PTRACE` reads other processes' memory, `NET_ADMIN` and `NET_RAW` rewrite or spoof "
                + "traffic. A container holding one of them turns a bug in the application into a compromise "
                + "of the node or of its neighbours.",
        fix = """
                Remove the capability, or replace it with a narrower one (`NET_BIND_SERVICE` to listen on a \
                port below 1024). When a node agent truly needs it, keep the grant to that one container, drop \
                everything else, and record the exception with a reason:
                ```yaml
                securityContext:
                  capabilities:
                    drop: ["ALL"]
                    add: ["NET_BIND_SERVICE"]
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://man7.org/linux/man-pages/man7/capabilities.7.html"
        },
        equivalents = {"polaris:dangerousCapabilities"})
public final class CapabilitiesDangerous implements ContainerRule {

    /** Capabilities beyond the Pod Security baseline that open a way to the node or the network, with what they allow. */
    private static final Map<String, String> DANGEROUS = Map.ofEntries(
            Map.entry("ALL", "every capability: as good as privileged"),
            Map.entry("SYS_ADMIN", "mounts and namespaces: close to privileged"),
            Map.entry("NET_ADMIN", "rewrites interfaces, routes and firewall rules"),
            Map.entry("SYS_PTRACE", "reads and alters other processes"),
            Map.entry("SYS_MODULE", "loads kernel modules"),
            Map.entry("NET_RAW", "crafts raw packets: spoofing on the pod network"),
            Map.entry("DAC_READ_SEARCH", "reads any file through file handles"),
            Map.entry("SYS_RAWIO", "raw access to devices and memory"),
            Map.entry("BPF", "loads eBPF programs into the kernel"),
            Map.entry("PERFMON", "traces the kernel and other processes"),
            Map.entry("SYS_BOOT", "reboots the node"),
            Map.entry("SYS_TIME", "sets the node's clock"),
            Map.entry("MAC_ADMIN", "changes AppArmor or SELinux policy"),
            Map.entry("MAC_OVERRIDE", "bypasses AppArmor or SELinux policy"),
            Map.entry("SYSLOG", "reads kernel logs and addresses"),
            Map.entry("AUDIT_CONTROL", "changes kernel audit rules"),
            Map.entry("LINUX_IMMUTABLE", "changes immutable files"));

    @Override
    public void check(Workload workload, Container container, Findings findings) {
        // Every container, init and privileged ones included: the grant is written on purpose and
        // is as dangerous in a container that runs for a second, and it outlives a later removal of
        // privileged: true.
        if (SecurityContexts.isWindows(workload)) {
            return;
        }
        for (Node added : container.securityContext().path("capabilities", "add").elements()) {
            String written = added.text();
            String effect = written == null ? null : DANGEROUS.get(SecurityContexts.capability(written));
            if (effect != null) {
                findings.report(workload, container, added, Subjects.container(workload, container)
                        + " adds capability " + written.trim() + " (" + effect + ")");
            }
        }
    }
}
