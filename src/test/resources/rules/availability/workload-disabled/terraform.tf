# Scaled to zero and suspended in Terraform.
resource "kubernetes_deployment_v1" "old_wiki" {
  metadata {
    name      = "tf-old-wiki"
    namespace = "docs"
  }
  spec {
    replicas = 0 # expect: workload-disabled "Deployment/docs/tf-old-wiki has replicas: 0 and runs nothing"
    selector {
      match_labels = { app = "tf-old-wiki" }
    }
    template {
      metadata {
        labels = { app = "tf-old-wiki" }
      }
      spec {
        container {
          name  = "wiki"
          image = "ghcr.io/acme/wiki:1.0.0"
        }
      }
    }
  }
}

variable "backups_enabled" {
  default = false
}

resource "kubernetes_cron_job_v1" "backup" {
  metadata {
    name      = "tf-backup"
    namespace = "docs"
  }
  spec {
    schedule = "0 2 * * *"
    suspend  = !var.backups_enabled # expect: workload-disabled "CronJob/docs/tf-backup is suspended (suspend: true): its schedule never fires"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            container {
              name  = "backup"
              image = "ghcr.io/acme/backup:2.1.0"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name      = "tf-report"
    namespace = "docs"
  }
  spec {
    schedule = "0 6 * * 1"
    suspend  = false
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            container {
              name  = "report"
              image = "ghcr.io/acme/report:0.9.2"
            }
          }
        }
      }
    }
  }
}
