# Limits below requests are refused by the API server at apply time, long after review.
locals {
  pg_request_memory = "1Gi"
}

resource "kubernetes_stateful_set_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = "db"
  }
  spec {
    service_name = "postgres"
    selector {
      match_labels = { app = "postgres" }
    }
    template {
      metadata {
        labels = { app = "postgres" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
          resources {
            requests = {
              cpu    = "1"
              memory = local.pg_request_memory
            }
            limits = {
              cpu    = "500m" # expect: resource-limit-below-request "Container \"postgres\" of StatefulSet/db/postgres: cpu limit 500m is below its request 1 (Kubernetes rejects the object)"
              memory = "1G"   # expect: resource-limit-below-request "memory limit 1G is below its request 1Gi"
            }
          }
        }
        container {
          name  = "exporter"
          image = "quay.io/prometheuscommunity/postgres-exporter:v0.15.0"
          resources {
            requests = {
              cpu    = "10m"
              memory = "32Mi"
            }
            limits = {
              cpu    = "100m"
              memory = "64Mi"
            }
          }
        }
      }
    }
  }
}
