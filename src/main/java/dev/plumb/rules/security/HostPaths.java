package dev.plumb.rules.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a host path gives a pod that mounts it. */
final class HostPaths {

    enum Kind {
        /** A container runtime's socket (or its directory): whoever can connect controls every container on the node. */
        RUNTIME_SOCKET,
        /** Node configuration, kernel interfaces, credentials or binaries. */
        SENSITIVE,
        /** Harmless when read-only: time zone data, CA certificates. */
        BENIGN_READ_ONLY,
        ORDINARY
    }

    private static final List<String> RUNTIME_SOCKETS = List.of(
            "/var/run/docker.sock", "/run/docker.sock", "/var/run/containerd", "/run/containerd",
            "/var/run/crio", "/run/crio", "/run/k3s", "/var/run/k3s", "/var/run/cri-dockerd.sock",
            "/run/cri-dockerd.sock", "/var/run/podman", "/run/podman", "/var/run/dockershim.sock",
            "//./pipe/docker_engine", "//./pipe/containerd-containerd");

    /** The directory and everything under it. */
    private static final List<String> SENSITIVE_TREES = List.of(
            "/etc", "/proc", "/sys", "/boot", "/root", "/usr", "/lib", "/lib64", "/bin", "/sbin",
            "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/var/lib/rancher", "/var/lib/etcd",
            // A writable /var/log lets a pod plant symlinks the kubelet follows when serving logs.
            "/var/log", "/opt/cni", "/dev/mem", "/dev/kmem", "/dev/port",
            // The system bus: a root client can tell systemd to run anything on the node.
            "/run/dbus", "/var/run/dbus");

    /** Only the directory itself: it holds the sensitive trees, while its other subdirectories are ordinary data. */
    private static final Set<String> SENSITIVE_ROOTS = Set.of("/", "/dev", "/home", "/var", "/var/lib", "/run", "/var/run", "/opt");

    /** Whole disks and partitions: raw access bypasses every file permission on the node. */
    private static final Pattern BLOCK_DEVICE = Pattern.compile(
            "/dev/(sd[a-z]|vd[a-z]|xvd[a-z]|hd[a-z]|nvme\\d|mmcblk\\d|dm-\\d|md\\d|loop\\d|mapper|disk)(/.*|\\w*)");

    private static final Pattern WINDOWS_PATH = Pattern.compile("^(\\\\\\\\|[A-Za-z]:\\\\).*");

    private static final List<String> BENIGN_TREES = List.of(
            "/etc/localtime", "/etc/timezone", "/usr/share/zoneinfo", "/etc/ssl/certs", "/etc/pki/tls/certs",
            "/etc/pki/ca-trust", "/etc/ca-certificates", "/usr/share/ca-certificates", "/etc/machine-id");

    private HostPaths() {
    }

    static Kind classify(String path) {
        String normalized = normalize(path);
        if (under(normalized, RUNTIME_SOCKETS)) {
            return Kind.RUNTIME_SOCKET;
        }
        if (under(normalized, BENIGN_TREES)) {
            return Kind.BENIGN_READ_ONLY;
        }
        if (SENSITIVE_ROOTS.contains(normalized) || under(normalized, SENSITIVE_TREES)
                || BLOCK_DEVICE.matcher(normalized).matches() || normalized.contains("/.ssh")) {
            return Kind.SENSITIVE;
        }
        return Kind.ORDINARY;
    }

    /**
     * Resolves "//", "." and ".." so "/var/lib/../../etc/" is recognised as /etc. Windows paths are
     * compared with forward slashes and in lower case.
     */
    static String normalize(String path) {
        String text = path.trim();
        if (WINDOWS_PATH.matcher(text).matches()) {
            return text.replace('\\', '/').toLowerCase(Locale.ROOT);
        }
        if (!text.startsWith("/")) {
            return text;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : text.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    private static boolean under(String path, List<String> roots) {
        for (String root : roots) {
            if (path.startsWith(root) && (path.length() == root.length() || path.charAt(root.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
