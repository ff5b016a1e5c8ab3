# host_network / host_pid / host_ipc on the pod spec: one finding per flag, on its own line.
resource "kubernetes_daemon_set_v1" "node_exporter" {
  metadata {
    name      = "node-exporter"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "node-exporter" }
    }
    template {
      metadata {
        labels = { app = "node-exporter" }
      }
      spec {
        host_network = true # expect: host-namespace "DaemonSet/monitoring/node-exporter shares the host's network namespace (hostNetwork: true)"
        host_pid     = true # expect: host-namespace "DaemonSet/monitoring/node-exporter shares the host's process (PID) namespace (hostPID: true)"
        host_ipc     = false
        container {
          name  = "node-exporter"
          image = "quay.io/prometheus/node-exporter:v1.8.2"
        }
      }
    }
  }
}

# The flag from a variable: evaluated like a literal.
variable "share_host_network" {
  default = true
}

resource "kubernetes_deployment_v1" "unifi" {
  metadata {
    name      = "unifi"
    namespace = "network"
  }
  spec {
    selector {
      match_labels = { app = "unifi" }
    }
    template {
      metadata {
        labels = { app = "unifi" }
      }
      spec {
        host_network = var.share_host_network # expect: host-namespace "Deployment/network/unifi shares the host's network namespace"
        container {
          name  = "unifi"
          image = "jacobalberty/unifi:v8.4.62"
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "node_audit" {
  metadata {
    name      = "node-audit"
    namespace = "ops"
  }
  spec {
    schedule = "0 4 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            host_ipc = true # expect: host-namespace "CronJob/ops/node-audit shares the host's IPC namespace (hostIPC: true)"
            host_pid = false
            container {
              name  = "audit"
              image = "ghcr.io/acme/node-audit:0.4.0"
            }
          }
        }
      }
    }
  }
}
