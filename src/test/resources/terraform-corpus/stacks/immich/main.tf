locals {
  common_env = {
    DB_HOSTNAME                 = "postgres.databases.svc.cluster.local"
    DB_USERNAME                 = "immich"
    DB_DATABASE_NAME            = "immich"
    REDIS_HOSTNAME              = "redis.immich.svc"
    TZ                          = "Europe/Berlin"
    IMMICH_MACHINE_LEARNING_URL = "http://immich-machine-learning:3003"
  }
}

resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "immich-db"
    namespace = var.namespace
  }
  data = {
    DB_PASSWORD = var.db_password
  }
}

resource "kubernetes_deployment_v1" "component" {
  for_each = var.components

  metadata {
    name      = "immich-${each.key}"
    namespace = var.namespace
    labels = {
      "app.kubernetes.io/name"      = "immich"
      "app.kubernetes.io/component" = each.key
    }
  }

  spec {
    replicas = each.value.replicas

    selector {
      match_labels = {
        "app.kubernetes.io/name"      = "immich"
        "app.kubernetes.io/component" = each.key
      }
    }

    template {
      metadata {
        labels = {
          "app.kubernetes.io/name"      = "immich"
          "app.kubernetes.io/component" = each.key
        }
      }

      spec {
        node_selector = each.value.gpu ? { "homelab/gpu" = "intel" } : {}

        container {
          name  = each.key
          image = "${each.value.image}:${var.immich_version}"

          dynamic "env" {
            for_each = local.common_env
            content {
              name  = env.key
              value = env.value
            }
          }

          env {
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.db.metadata[0].name
                key  = "DB_PASSWORD"
              }
            }
          }

          port {
            container_port = each.value.port
          }

          readiness_probe {
            http_get {
              path = each.key == "server" ? "/api/server/ping" : "/ping"
              port = each.value.port
            }
          }

          resources {
            requests = {
              cpu    = each.value.cpu
              memory = each.value.memory
            }
            limits = merge(
              { memory = each.value.memory },
              each.value.gpu ? { "gpu.intel.com/i915" = "1" } : {},
            )
          }

          dynamic "volume_mount" {
            for_each = each.value.mounts
            content {
              name       = volume_mount.value
              mount_path = volume_mount.value == "model-cache" ? "/cache" : "/usr/src/app/upload/${volume_mount.value}"
              read_only  = var.nfs_shares[volume_mount.value].read_only
            }
          }
        }

        dynamic "volume" {
          for_each = { for k, v in var.nfs_shares : k => v if contains(each.value.mounts, k) }
          content {
            name = volume.key
            nfs {
              server    = "nas.lan"
              path      = volume.value.path
              read_only = volume.value.read_only
            }
          }
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [spec[0].template[0].spec[0].container[0].image]
  }
}

resource "kubernetes_service_v1" "component" {
  for_each = var.components

  metadata {
    name      = "immich-${each.key}"
    namespace = var.namespace
  }

  spec {
    selector = kubernetes_deployment_v1.component[each.key].spec[0].selector[0].match_labels
    port {
      port        = each.value.port
      target_port = each.value.port
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "ml" {
  metadata {
    name      = "immich-machine-learning"
    namespace = var.namespace
  }

  spec {
    min_replicas = 1
    max_replicas = 3

    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.component["machine-learning"].metadata[0].name
    }

    metric {
      type = "Resource"
      resource {
        name = "cpu"
        target {
          type                = "Utilization"
          average_utilization = 80
        }
      }
    }

    behavior {
      scale_down {
        stabilization_window_seconds = 600
        select_policy                = "Min"
        policy {
          type           = "Pods"
          value          = 1
          period_seconds = 120
        }
      }
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "immich"
  namespace    = var.namespace
  subdomain    = "photos"
  service_name = kubernetes_service_v1.component["server"].metadata[0].name
  service_port = 2283
  extra_hosts  = ["immich.example.net"]
  extra_annotations = {
    "traefik.ingress.kubernetes.io/buffering" = jsonencode({ maxRequestBodyBytes = 0 })
  }
}
