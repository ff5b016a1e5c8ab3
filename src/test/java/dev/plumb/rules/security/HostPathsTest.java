package dev.plumb.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumb.rules.security.HostPaths.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPathsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "/var/run/docker.sock, RUNTIME_SOCKET",
        "/run/containerd/containerd.sock, RUNTIME_SOCKET",
        "/run/k3s/containerd/containerd.sock, RUNTIME_SOCKET",
        "'\\\\.\\pipe\\docker_engine', RUNTIME_SOCKET",
        "/, SENSITIVE",
        "/etc, SENSITIVE",
        "/etc/kubernetes/pki, SENSITIVE",
        "/var/../etc/, SENSITIVE",
        "//etc//rancher/, SENSITIVE",
        "/var/lib/kubelet/pods, SENSITIVE",
        "/var/lib/rancher/k3s/server, SENSITIVE",
        "/var/log, SENSITIVE",
        "/dev, SENSITIVE",
        "/dev/sda1, SENSITIVE",
        "/dev/nvme0n1, SENSITIVE",
        "/dev/mmcblk0p2, SENSITIVE",
        "/home, SENSITIVE",
        "/home/pi/.ssh, SENSITIVE",
        "/run/dbus, SENSITIVE",
        "/etc/localtime, BENIGN_READ_ONLY",
        "/usr/share/zoneinfo/Europe/Berlin, BENIGN_READ_ONLY",
        "/etc/ssl/certs/, BENIGN_READ_ONLY",
        "/dev/dri, ORDINARY",
        "/dev/ttyUSB0, ORDINARY",
        "/home/pi/media, ORDINARY",
        "/var/lib/longhorn, ORDINARY",
        "/mnt/tank/media, ORDINARY",
        "/etcetera, ORDINARY",
        "/var/run/tailscale, ORDINARY",
        "data/relative, ORDINARY"
    })
    void classifiesHostPaths(String path, Kind kind) {
        assertThat(HostPaths.classify(path)).isEqualTo(kind);
    }
}
