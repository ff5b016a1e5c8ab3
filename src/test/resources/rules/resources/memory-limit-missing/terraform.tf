# Memory limits in the provider's map form; the value for one container comes from a variable.
variable "redis_memory" {
  type    = string
  default = "256Mi"
}

resource "kubernetes_deployment_v1" "redis" {
  metadata {
    name      = "redis"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "redis" }
    }
    template {
      metadata {
        labels = { app = "redis" }
      }
      spec {
        container {
          name  = "redis"
          image = "redis:7.4.1-alpine"
          resources {
            requests = {
              cpu    = "50m"
              memory = var.redis_memory
            }
            limits = {
              memory = var.redis_memory
            }
          }
        }
        container {
          name  = "exporter"
          image = "oliver006/redis_exporter:v1.62.0"
          resources {
            requests = {
              cpu    = "10m"
              memory = "32Mi"
            }
            limits = { # expect: memory-limit-missing "Container \"exporter\" of Deployment/shop/redis has no memory limit"
              cpu = "100m"
            }
          }
        }
        container {
          name  = "sentinel"
          image = "redis:7.4.1-alpine"
          resources { # expect: memory-limit-missing "Container \"sentinel\" of Deployment/shop/redis has no memory limit"
            requests = {
              cpu    = "10m"
              memory = "32Mi"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name      = "report"
    namespace = "shop"
  }
  spec {
    schedule = "30 6 * * 1"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container { # expect: memory-limit-missing "Container \"report\" of CronJob/shop/report has no memory limit"
              name  = "report"
              image = "ghcr.io/acme/report:0.9.2"
            }
          }
        }
      }
    }
  }
}
