# node-exporter as a plain DaemonSet (the kube-prometheus chart was too heavy for the Pis)
resource "kubernetes_daemonset" "node_exporter" {
  metadata {
    name      = "node-exporter"
    namespace = "kube-monitoring"
    labels = {
      app = "node-exporter"
    }
  }

  spec {
    selector {
      match_labels = {
        app = "node-exporter"
      }
    }

    template {
      metadata {
        labels = {
          app = "node-exporter"
        }
      }

      spec {
        host_network = true
        host_pid     = true

        toleration {
          operator = "Exists"
        }

        container {
          name  = "node-exporter"
          image = "quay.io/prometheus/node-exporter:v1.8.2"
          args = [
            "--path.rootfs=/host",
            "--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|var/lib/kubelet/.+)($|/)",
          ]

          port {
            name           = "metrics"
            container_port = 9100
            host_port      = 9100
          }

          volume_mount {
            name              = "root"
            mount_path        = "/host"
            read_only         = true
            mount_propagation = "HostToContainer"
          }

          resources {
            requests = {
              cpu    = "20m"
              memory = "32Mi"
            }
            limits = {
              memory = "64Mi"
            }
          }
        }

        volume {
          name = "root"
          host_path {
            path = "/"
          }
        }
      }
    }
  }
}

resource "kubernetes_daemon_set_v1" "log_shipper" {
  metadata {
    name      = "promtail"
    namespace = "kube-monitoring"
  }

  spec {
    selector {
      match_labels = {
        app = "promtail"
      }
    }

    template {
      metadata {
        labels = {
          app = "promtail"
        }
      }

      spec {
        service_account_name = "promtail"

        container {
          name  = "promtail"
          image = "grafana/promtail:3.1.1"
          args  = ["-config.file=/etc/promtail/config.yml"]

          security_context {
            privileged = true
            run_as_user = 0
          }

          volume_mount {
            name       = "logs"
            mount_path = "/var/log"
            read_only  = true
          }
        }

        volume {
          name = "logs"
          host_path {
            path = "/var/log"
            type = "Directory"
          }
        }
      }
    }
  }
}
