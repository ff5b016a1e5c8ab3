package dev.plumb.rules.security;

import dev.plumb.model.Container;
import dev.plumb.model.Node;
import dev.plumb.model.Workload;
import dev.plumb.rule.Category;
import dev.plumb.rule.Effort;
import dev.plumb.rule.Findings;
import dev.plumb.rule.RuleInfo;
import dev.plumb.rule.Severity;
import dev.plumb.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
        id = "host-path-volume",
        title = "Pod mounts a hostPath volume",
        category = Category.SECURITY,
        severity = Severity.HIGH,
        effort = Effort.M,
        rationale = "A `hostPath` volume hands the pod a piece of the node's own filesystem, outside anything "
                + "Kubernetes isolates. Mounting `/etc`, `/var/lib/kubelet`, `/proc`, `/` or a container runtime "
                + "socket gives whoever controls the container the node, its credentials and every other pod on "
                + "it; a writable mount lets them plant files the node later executes or trusts. The message "
                + "says \"sensitive\" and \"writable\" for the mounts that matter most.",
        fix = """
                Use a PersistentVolumeClaim (local-path, Longhorn, NFS) for application data, a ConfigMap or \
                Secret for configuration, and the downward API for node facts. Where a node agent truly needs \
                the host path, mount only the subdirectory it reads, read-only, and record the exception with \
                a reason:
                ```yaml
                volumeMounts:
                  - name: varlog
                    mountPath: /var/log
                    readOnly: true
                ```""",
        references = {
            "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"
        },
        equivalents = {"polaris:hostPathSet", "kube-linter:sensitive-host-mounts", "kube-linter:docker-sock"})
public final class HostPathVolume implements WorkloadRule {

    @Override
    public void check(Workload workload, Findings findings) {
        for (Node volume : workload.podSpec().volumes()) {
            Node hostPath = volume.get("hostPath");
            String path = hostPath.get("path").text();
            String name = volume.get("name").text();
            if (!hostPath.isMap() || path == null || name == null) {
                continue;
            }
            HostPaths.Kind kind = HostPaths.classify(path);
            List<String> writers = writers(workload, name);
            // Time zone data and CA certificates read-only are what countless charts mount: nothing to tell.
            if (kind == HostPaths.Kind.BENIGN_READ_ONLY && writers.isEmpty()) {
                continue;
            }
            Node at = hostPath.get("path");
            String subject = workload.resource().id();
            if (kind == HostPaths.Kind.RUNTIME_SOCKET) {
                // readOnly does not stop a client from connecting to a socket: writability is beside the point.
                findings.report(workload, at, subject + " mounts the container runtime socket " + path.trim()
                        + " (hostPath): control of every container on the node");
                continue;
            }
            List<String> qualities = new ArrayList<>();
            if (kind == HostPaths.Kind.SENSITIVE || kind == HostPaths.Kind.BENIGN_READ_ONLY) {
                qualities.add("sensitive");
            }
            if (!writers.isEmpty()) {
                qualities.add("writable by " + (writers.size() == 1 ? "container " : "containers ") + String.join(", ", writers));
            } else if (mounted(workload, name)) {
                qualities.add("read-only");
            } else {
                qualities.add("not mounted by any container");
            }
            findings.report(workload, at, subject + " mounts hostPath " + path.trim() + " (" + String.join(", ", qualities) + ")");
        }
    }

    /**
     * Containers of every kind that mount the volume without readOnly: an init container that
     * writes to the node leaves its files behind as surely as a long-running one.
     */
    private static List<String> writers(Workload workload, String volume) {
        List<String> writers = new ArrayList<>();
        for (Container container : workload.podSpec().allContainers()) {
            for (Node mount : container.volumeMounts()) {
                // A templated readOnly is given the benefit of the doubt.
                Node readOnly = mount.get("readOnly");
                boolean writable = readOnly.isNull() || readOnly.isFalse();
                if (volume.equals(mount.get("name").text()) && writable) {
                    writers.add("\"" + container.name() + "\"");
                    break;
                }
            }
        }
        return writers;
    }

    private static boolean mounted(Workload workload, String volume) {
        for (Container container : workload.podSpec().allContainers()) {
            for (Node mount : container.volumeMounts()) {
                if (volume.equals(mount.get("name").text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
