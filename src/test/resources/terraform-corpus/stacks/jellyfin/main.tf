module "config" {
  source       = "../../modules/nfs-volume"
  name         = "jellyfin-config"
  namespace    = var.namespace
  size         = "50Gi"
  access_modes = ["ReadWriteOnce"]
}

resource "kubernetes_deployment_v1" "jellyfin" {
  metadata {
    name      = "jellyfin"
    namespace = var.namespace
  }

  spec {
    replicas = 1

    strategy {
      type = "Recreate"
    }

    selector {
      match_labels = {
        app = "jellyfin"
      }
    }

    template {
      metadata {
        labels = {
          app = "jellyfin"
        }
      }

      spec {
        security_context {
          run_as_user         = 1000
          run_as_group        = 1000
          fs_group            = 1000
          supplemental_groups = var.hardware_transcoding ? [44, 109] : []
        }

        container {
          name  = "jellyfin"
          image = var.image

          port {
            name           = "http"
            container_port = 8096
          }
          port {
            name           = "discovery"
            container_port = 7359
            protocol       = "UDP"
          }

          env {
            name  = "JELLYFIN_PublishedServerUrl"
            value = "https://media.example.net"
          }

          startup_probe {
            http_get {
              path = "/health"
              port = "http"
            }
            failure_threshold = 30
            period_seconds    = 10
          }

          liveness_probe {
            http_get {
              path = "/health"
              port = "http"
            }
          }

          resources {
            requests = {
              cpu    = "500m"
              memory = "1Gi"
            }
            limits = {
              memory               = "4Gi"
              "gpu.intel.com/i915" = var.hardware_transcoding ? "1" : "0"
            }
          }

          volume_mount {
            name       = "config"
            mount_path = "/config"
          }
          volume_mount {
            name       = "cache"
            mount_path = "/cache"
          }

          dynamic "volume_mount" {
            for_each = var.media_libraries
            content {
              name       = "media-${volume_mount.value}"
              mount_path = "/media/${volume_mount.value}"
              read_only  = true
            }
          }

          dynamic "volume_mount" {
            for_each = var.hardware_transcoding ? [1] : []
            content {
              name       = "dri"
              mount_path = "/dev/dri"
            }
          }
        }

        volume {
          name = "config"
          persistent_volume_claim {
            claim_name = module.config.claim_name
          }
        }

        volume {
          name = "cache"
          empty_dir {
            medium     = "Memory"
            size_limit = "2Gi"
          }
        }

        dynamic "volume" {
          for_each = toset(var.media_libraries)
          content {
            name = "media-${volume.value}"
            nfs {
              server    = "192.168.1.10"
              path      = "/volume1/media/${volume.value}"
              read_only = true
            }
          }
        }

        dynamic "volume" {
          for_each = var.hardware_transcoding ? ["dri"] : []
          content {
            name = volume.value
            host_path {
              path = "/dev/dri"
            }
          }
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [
      spec[0].template[0].spec[0].container[0].image,
    ]
  }
}

resource "kubernetes_service_v1" "jellyfin" {
  metadata {
    name      = "jellyfin"
    namespace = var.namespace
    annotations = {
      "metallb.universe.tf/loadBalancerIPs" = "192.168.1.242"
    }
  }

  spec {
    type     = "LoadBalancer"
    selector = { app = "jellyfin" }

    port {
      name        = "http"
      port        = 8096
      target_port = "http"
    }
    port {
      name     = "discovery"
      port     = 7359
      protocol = "UDP"
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "jellyfin"
  namespace    = var.namespace
  subdomain    = "media"
  service_name = kubernetes_service_v1.jellyfin.metadata[0].name
  service_port = 8096
}
