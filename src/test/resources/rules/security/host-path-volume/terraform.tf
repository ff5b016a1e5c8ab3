# volume { host_path { path = … } }, with volume_mount blocks deciding who can write.
resource "kubernetes_daemon_set_v1" "promtail" {
  metadata {
    name      = "promtail"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "promtail" }
    }
    template {
      metadata {
        labels = { app = "promtail" }
      }
      spec {
        container {
          name  = "promtail"
          image = "grafana/promtail:3.2.0"
          volume_mount {
            name       = "logs"
            mount_path = "/var/log"
            read_only  = true
          }
          volume_mount {
            name       = "positions"
            mount_path = "/run/promtail"
          }
          volume_mount {
            name       = "zoneinfo"
            mount_path = "/usr/share/zoneinfo"
            read_only  = true
          }
        }
        volume {
          name = "logs"
          host_path {
            path = "/var/log" # expect: host-path-volume "DaemonSet/monitoring/promtail mounts hostPath /var/log (sensitive, read-only)"
          }
        }
        volume {
          name = "positions"
          host_path {
            path = "/var/lib/promtail" # expect: host-path-volume "mounts hostPath /var/lib/promtail (writable by container \"promtail\")"
            type = "DirectoryOrCreate"
          }
        }
        volume {
          name = "zoneinfo"
          host_path {
            path = "/usr/share/zoneinfo"
          }
        }
      }
    }
  }
}

# The whole node's file system, and the runtime socket from a local.
locals {
  runtime_socket = "/run/containerd/containerd.sock"
}

resource "kubernetes_deployment_v1" "node_admin" {
  metadata {
    name      = "node-admin"
    namespace = "ops"
  }
  spec {
    selector {
      match_labels = { app = "node-admin" }
    }
    template {
      metadata {
        labels = { app = "node-admin" }
      }
      spec {
        container {
          name  = "admin"
          image = "ghcr.io/acme/node-admin:1.2.0"
          volume_mount {
            name       = "host-root"
            mount_path = "/host"
          }
          volume_mount {
            name       = "containerd"
            mount_path = "/run/containerd/containerd.sock"
            read_only  = true
          }
        }
        volume {
          name = "host-root"
          host_path {
            path = "/" # expect: host-path-volume "Deployment/ops/node-admin mounts hostPath / (sensitive, writable by container \"admin\")"
          }
        }
        volume {
          name = "containerd"
          host_path {
            path = local.runtime_socket # expect: host-path-volume "Deployment/ops/node-admin mounts the container runtime socket /run/containerd/containerd.sock (hostPath)"
            type = "Socket"
          }
        }
        volume {
          name = "scratch"
          empty_dir {}
        }
      }
    }
  }
}
