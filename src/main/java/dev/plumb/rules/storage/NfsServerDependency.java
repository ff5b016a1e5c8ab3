package dev.plumb.rules.storage;

import dev.plumb.model.Platform;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.PlatformRule;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.Subject;
import java.util.List;

@RuleInfo(
        id = "nfs-server-dependency",
        title = "Workloads depend on a single NFS server",
        category = Category.RELIABILITY,
        severity = Severity.MEDIUM,
        effort = Effort.L,
        rationale = "Every pod whose volume lives on an NFS export stops when that server reboots, fills up or drops "
                + "off the network: processes block in uninterruptible I/O, probes time out and pods restart in a "
                + "loop until the share is back. When several workloads share one NAS, its maintenance window is "
                + "an outage of all of them, and Kubernetes cannot move them anywhere that helps.",
        fix = "Decide which workloads may go down with the NAS. Move databases and other write-heavy state to "
                + "replicated block storage (Longhorn, Rook/Ceph, OpenEBS replicated) or to local volumes backed up "
                + "elsewhere; keep NFS for bulk media that can wait. For what stays on NFS, mount with `hard` (the "
                + "default) and alert on the server, and record the accepted dependency in `.plumb.yaml`.",
        references = {
            "https://kubernetes.io/docs/concepts/storage/volumes/#nfs",
            "https://github.com/kubernetes-csi/csi-driver-nfs",
            "https://github.com/kubernetes-sigs/nfs-subdir-external-provisioner"
        })
public final class NfsServerDependency implements PlatformRule {

    /** Enough names to recognise the blast radius without a message that runs for lines. */
    private static final int NAMED = 3;

    @Override
    public void check(Platform platform, Findings findings) {
        // One finding per server, at the first place its address is written: the concern is the
        // shared server, not each mount (those would repeat the same fact N times).
        for (NfsDependents.Server server : NfsDependents.of(platform)) {
            if (server.firstAt == null || (server.workloads.isEmpty() && server.volumes.isEmpty())) {
                continue;
            }
            findings.report(Subject.of(server.firstResource), server.firstAt.position(), server.firstAt.endLine(),
                    "NFS server " + server.name + " is a single point of failure for " + describe(server));
        }
    }

    private static String describe(NfsDependents.Server server) {
        int volumes = server.volumes.size();
        String volumeText = volumes + (volumes == 1 ? " volume" : " volumes");
        if (server.workloads.isEmpty()) {
            return volumeText + " (no workload in the repository mounts " + (volumes == 1 ? "it" : "them") + " yet)";
        }
        int count = server.workloads.size();
        List<String> ids = List.copyOf(server.workloads);
        String named = String.join(", ", ids.subList(0, Math.min(NAMED, count)));
        String more = count > NAMED ? " +" + (count - NAMED) + " more" : "";
        return count + (count == 1 ? " workload" : " workloads") + " through " + volumeText + " (" + named + more + ")";
    }
}
