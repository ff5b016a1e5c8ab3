# Requests and limits in the provider's map form; sizes shared through locals.
locals {
  small = {
    cpu    = "50m"
    memory = "64Mi"
  }
}

resource "kubernetes_deployment_v1" "storefront" {
  metadata {
    name      = "storefront"
    namespace = "shop"
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "storefront" }
    }
    template {
      metadata {
        labels = { app = "storefront" }
      }
      spec {
        init_container { # expect: resource-requests-missing "Init container \"migrate\" of Deployment/shop/storefront has no CPU or memory request"
          name  = "migrate"
          image = "ghcr.io/acme/storefront:2.8.1"
          args  = ["migrate"]
        }
        container {
          name  = "web"
          image = "ghcr.io/acme/storefront:2.8.1"
          resources {
            requests = {
              cpu    = "100m"
              memory = "256Mi"
            }
            limits = {
              memory = "512Mi"
            }
          }
        }
        container {
          name  = "cache"
          image = "redis:7.4.1-alpine"
          resources {
            requests = local.small
          }
        }
        container {
          name  = "exporter"
          image = "oliver006/redis_exporter:v1.62.0"
          resources {
            requests = { # expect: resource-requests-missing "Container \"exporter\" of Deployment/shop/storefront has no CPU request"
              memory = "32Mi"
            }
          }
        }
        container {
          name  = "proxy"
          image = "envoyproxy/envoy:v1.31.2"
          resources {
            limits = {
              cpu    = "200m"
              memory = "128Mi"
            }
          }
        }
      }
    }
  }
}

# Sizes from a variable nobody set: unknown, so nothing is said about them.
variable "worker_resources" {
  type = map(string)
}

resource "kubernetes_stateful_set_v1" "queue" {
  metadata {
    name      = "queue"
    namespace = "shop"
  }
  spec {
    service_name = "queue"
    selector {
      match_labels = { app = "queue" }
    }
    template {
      metadata {
        labels = { app = "queue" }
      }
      spec {
        container {
          name  = "rabbitmq"
          image = "rabbitmq:3.13.7"
          resources {
            requests = var.worker_resources
          }
        }
      }
    }
  }
}
