resource "kubernetes_namespace_v1" "media" {
  metadata {
    name = var.namespace
    labels = {
      "pod-security.kubernetes.io/enforce" = "baseline"
    }
  }
}

resource "kubernetes_persistent_volume_claim_v1" "config" {
  for_each = var.apps

  metadata {
    name      = "${each.key}-config"
    namespace = kubernetes_namespace_v1.media.metadata[0].name
  }
  spec {
    access_modes       = ["ReadWriteOnce"]
    storage_class_name = "longhorn"
    resources {
      requests = {
        storage = "2Gi"
      }
    }
  }
}

resource "kubernetes_deployment_v1" "app" {
  for_each = var.apps

  metadata {
    name      = each.key
    namespace = kubernetes_namespace_v1.media.metadata[0].name
    labels    = { "app.kubernetes.io/name" = each.key, "app.kubernetes.io/part-of" = "media" }
  }

  spec {
    replicas = 1
    strategy {
      type = "Recreate"
    }
    selector {
      match_labels = { "app.kubernetes.io/name" = each.key }
    }

    template {
      metadata {
        labels = { "app.kubernetes.io/name" = each.key, "app.kubernetes.io/part-of" = "media" }
      }

      spec {
        security_context {
          fs_group = var.puid
        }

        container {
          name  = each.key
          image = "lscr.io/linuxserver/${each.key}:${each.value.tag}"

          env {
            name  = "PUID"
            value = tostring(var.puid)
          }
          env {
            name  = "PGID"
            value = "100"
          }
          env {
            name  = "TZ"
            value = "Europe/Berlin"
          }

          port {
            name           = "http"
            container_port = each.value.port
          }

          readiness_probe {
            tcp_socket {
              port = "http"
            }
          }

          resources {
            requests = {
              cpu    = "50m"
              memory = "192Mi"
            }
            limits = {
              memory = "1Gi"
            }
          }

          volume_mount {
            name       = "config"
            mount_path = "/config"
          }

          dynamic "volume_mount" {
            for_each = toset(each.value.folders)
            content {
              name       = volume_mount.value
              mount_path = "/${volume_mount.value}"
            }
          }
        }

        volume {
          name = "config"
          persistent_volume_claim {
            claim_name = kubernetes_persistent_volume_claim_v1.config[each.key].metadata[0].name
          }
        }

        # Each media folder is its own NFS export, so a broken app cannot wipe the others.
        dynamic "volume" {
          for_each = toset(each.value.folders)
          content {
            name = volume.value
            nfs {
              server = "192.168.1.10"
              path   = "/volume1/media/${volume.value}"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "app" {
  for_each = var.apps

  metadata {
    name      = each.key
    namespace = kubernetes_namespace_v1.media.metadata[0].name
  }
  spec {
    selector = { "app.kubernetes.io/name" = each.key }
    port {
      name        = "http"
      port        = 80
      target_port = each.value.port
    }
  }
}
