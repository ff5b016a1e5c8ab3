# Redis from Terraform: no password anywhere, a password from a Secret, and an explicit empty password.
resource "kubernetes_deployment_v1" "cache" {
  metadata {
    name      = "tf-cache"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-cache" }
    }
    template {
      metadata {
        labels = { app = "tf-cache" }
      }
      spec {
        container {
          name  = "redis"
          image = "redis:7.4.1-alpine" # expect: redis-without-password "Container \"redis\" of Deployment/shop/tf-cache runs Redis without a password"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "sessions" {
  metadata {
    name      = "tf-sessions"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-sessions" }
    }
    template {
      metadata {
        labels = { app = "tf-sessions" }
      }
      spec {
        container {
          name    = "redis"
          image   = "redis:7.4.1-alpine"
          command = ["redis-server", "--requirepass", "$(REDIS_PASSWORD)"]
          env {
            name = "REDIS_PASSWORD"
            value_from {
              secret_key_ref {
                name = "tf-sessions-redis"
                key  = "password"
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "queue" {
  metadata {
    name      = "tf-queue"
    namespace = "shop"
  }
  spec {
    service_name = "tf-queue"
    selector {
      match_labels = { app = "tf-queue" }
    }
    template {
      metadata {
        labels = { app = "tf-queue" }
      }
      spec {
        container {
          name  = "redis"
          image = "bitnami/redis:7.4.1"
          env {
            name  = "ALLOW_EMPTY_PASSWORD"
            value = "yes" # expect: redis-without-password "Container \"redis\" of StatefulSet/shop/tf-queue sets ALLOW_EMPTY_PASSWORD=yes"
          }
        }
      }
    }
  }
}
