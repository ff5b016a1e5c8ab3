package dev.plumb.rules.storage;

import java.util.List;

/**
 * Host directories a pod mounts to reach the node itself (kernel interfaces, runtime sockets, logs,
 * the kubelet's and k3s's own state), as opposed to a directory used to keep application data. The
 * host access rules judge those; the storage rules leave them alone.
 */
final class SystemPaths {

    private static final List<String> SYSTEM = List.of(
            "/proc", "/sys", "/dev", "/run", "/var/run", "/etc", "/boot", "/lib", "/lib64", "/usr", "/bin", "/sbin",
            "/root", "/tmp", "/var/tmp", "/var/log", "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd",
            "/var/lib/rancher", "/var/lib/cni", "/opt/cni", "/var/lib/calico", "/var/lib/cilium", "/var/lib/lxcfs",
            "/var/lib/dbus", "/var/lib/kube-proxy");

    private SystemPaths() {
    }

    static boolean isSystem(String path) {
        String normalised = MountPaths.normalise(path);
        if (normalised.equals("/") || normalised.endsWith(".sock") || normalised.endsWith(".socket")) {
            return true;
        }
        for (String directory : SYSTEM) {
            if (MountPaths.isWithin(normalised, directory)) {
                return true;
            }
        }
        return false;
    }
}
