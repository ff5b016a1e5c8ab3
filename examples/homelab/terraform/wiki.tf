# Wiki.js with its SQLite database on a claim; pages are mirrored to a Git repository on the NAS.

resource "kubernetes_persistent_volume_claim_v1" "wiki_data" {
  metadata {
    name      = "wiki-data"
    namespace = local.namespace
  }
  spec {
    access_modes       = ["ReadWriteOnce"]
    storage_class_name = "local-path"
    resources {
      requests = {
        storage = "2Gi"
      }
    }
  }
  wait_until_bound = false
}

# Wiki.js reads the Git storage key from a path set in its admin UI.
resource "kubernetes_config_map_v1" "wiki_git" {
  metadata {
    name      = "wiki-git"
    namespace = local.namespace
  }
  data = {
    "known_hosts" = "nas.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOWiXHd2VmMV7Rk0LjQYv6vS9qL5o2hW0ZbE4m1cN8pX"
    "id_ed25519"  = file("${path.module}/secrets/id_ed25519_wiki")
  }
}

resource "kubernetes_deployment_v1" "wiki" {
  metadata {
    name      = "wiki"
    namespace = local.namespace
    labels    = merge(local.common_labels, { "app.kubernetes.io/name" = "wiki" })
  }

  spec {
    replicas = 1
    strategy {
      type = "Recreate" # SQLite: never two pods on the same file
    }
    selector {
      match_labels = {
        "app.kubernetes.io/name" = "wiki"
      }
    }

    template {
      metadata {
        labels = merge(local.common_labels, { "app.kubernetes.io/name" = "wiki" })
      }

      spec {
        automount_service_account_token = false
        security_context {
          run_as_non_root = true
          run_as_user     = 1000
          fs_group        = 1000
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name  = "wiki"
          image = var.wiki_image

          env {
            name  = "DB_TYPE"
            value = "sqlite"
          }
          env {
            name  = "DB_FILEPATH"
            value = "/wiki/data/db.sqlite"
          }

          port {
            name           = "http"
            container_port = 3000
          }

          readiness_probe {
            http_get {
              path = "/healthz"
              port = "http"
            }
            period_seconds = 10
          }
          liveness_probe {
            http_get {
              path = "/healthz"
              port = "http"
            }
            initial_delay_seconds = 30
            period_seconds        = 20
          }

          resources {
            requests = {
              cpu    = "100m"
              memory = "256Mi"
            }
            limits = {
              memory = "768Mi"
            }
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "data"
            mount_path = "/wiki/data"
          }
          volume_mount {
            name       = "git"
            mount_path = "/etc/wiki/git"
            read_only  = true
          }
          volume_mount {
            name       = "tmp"
            mount_path = "/tmp"
          }
        }

        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = kubernetes_persistent_volume_claim_v1.wiki_data.metadata[0].name
          }
        }
        volume {
          name = "git"
          config_map {
            name         = kubernetes_config_map_v1.wiki_git.metadata[0].name
            default_mode = "0400"
          }
        }
        volume {
          name = "tmp"
          empty_dir {
            size_limit = "64Mi"
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "wiki" {
  metadata {
    name      = "wiki"
    namespace = local.namespace
  }
  spec {
    selector = {
      "app.kubernetes.io/name" = "wiki"
    }
    port {
      name        = "http"
      port        = 80
      target_port = "http"
    }
  }
}

module "wiki_ingress" {
  source = "./modules/ingress"

  name         = "wiki"
  namespace    = local.namespace
  host         = "wiki.${var.domain}"
  service_name = kubernetes_service_v1.wiki.metadata[0].name
}
