# Application data kept on one node's disk through host_path.
variable "config_root" {
  default = "/srv/homeassistant"
}

resource "kubernetes_deployment_v1" "home_assistant" {
  metadata {
    name      = "tf-home-assistant"
    namespace = "home"
  }
  spec {
    selector {
      match_labels = { app = "tf-home-assistant" }
    }
    template {
      metadata {
        labels = { app = "tf-home-assistant" }
      }
      spec {
        container {
          name  = "home-assistant"
          image = "ghcr.io/home-assistant/home-assistant:2024.9.3"
          volume_mount {
            name       = "config"
            mount_path = "/config"
          }
          volume_mount {
            name       = "localtime"
            mount_path = "/etc/localtime"
            read_only  = true
          }
        }
        volume {
          name = "config"
          host_path {
            path = "${var.config_root}/config" # expect: host-path-app-data "Deployment/home/tf-home-assistant keeps data in hostPath /srv/homeassistant/config (volume \"config\", written by container \"home-assistant\")"
            type = "DirectoryOrCreate"
          }
        }
        volume {
          name = "localtime"
          host_path {
            path = "/etc/localtime"
          }
        }
      }
    }
  }
}
