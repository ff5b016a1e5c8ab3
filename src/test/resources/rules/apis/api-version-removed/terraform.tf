# A kubernetes_manifest writes its apiVersion itself: checked like YAML.
resource "kubernetes_manifest" "legacy_backup" {
  manifest = {
    apiVersion = "batch/v1beta1" # expect: api-version-removed "CronJob/backup/nightly uses batch/v1beta1"
    kind       = "CronJob"
    metadata = {
      name      = "nightly"
      namespace = "backup"
    }
  }
}

resource "kubernetes_manifest" "current_backup" {
  manifest = {
    apiVersion = "batch/v1"
    kind       = "CronJob"
    metadata = {
      name      = "weekly"
      namespace = "backup"
    }
  }
}

# A typed beta resource says so through kubernetes-resource-deprecated (use kubernetes_cron_job_v1).
resource "kubernetes_cron_job" "old" {
  metadata {
    name      = "old"
    namespace = "backup"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "dump"
              image = "postgres:16.4"
            }
          }
        }
      }
    }
  }
}
