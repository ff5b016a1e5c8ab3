resource "kubernetes_deployment_v1" "redis" {
  metadata {
    name      = "redis"
    namespace = var.namespace
  }

  spec {
    replicas = "1"

    selector {
      match_labels = {
        app = "redis"
      }
    }

    template {
      metadata {
        labels = {
          app = "redis"
        }
      }

      spec {
        container {
          name  = "redis"
          image = "redis:7-alpine"
          args  = ["--save", "", "--appendonly", "no"]

          port {
            container_port = 6379
          }

          security_context {
            run_as_non_root            = true
            run_as_user                = 999
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "redis" {
  metadata {
    name      = "redis"
    namespace = var.namespace
  }
  spec {
    selector = kubernetes_deployment_v1.redis.spec[0].selector[0].match_labels
    port {
      port = 6379
    }
  }
}
