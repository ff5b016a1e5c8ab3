resource "kubernetes_daemonset" "node_agent" {
  metadata {
    name      = "node-agent"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = {
        app = "node-agent"
      }
    }
    template {
      metadata {
        labels = {
          app = "node-agent"
        }
      }
      spec {
        container {
          name  = "agent"
          image = "ghcr.io/acme/node-agent:2.1.0"
          security_context {
            privileged = true # expect: privileged-container "Container \"agent\" of DaemonSet/monitoring/node-agent runs privileged"
          }
        }
        container {
          name  = "sidecar"
          image = "ghcr.io/acme/sidecar:1.0.0"
          security_context {
            privileged = false
          }
        }
      }
    }
  }
}
