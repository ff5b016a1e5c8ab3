resource "kubernetes_cron_job_v1" "pg_dump" {
  metadata {
    name      = "postgres-dump"
    namespace = var.namespace
  }

  spec {
    schedule                      = "0 1 * * *"
    concurrency_policy            = "Forbid"
    starting_deadline_seconds     = 3600
    successful_jobs_history_limit = 3

    job_template {
      metadata {
        labels = { job = "pg-dump" }
      }

      spec {
        active_deadline_seconds = 7200

        template {
          metadata {}

          spec {
            restart_policy = "OnFailure"

            container {
              name  = "dump"
              image = var.postgres_image
              command = [
                "/bin/bash",
                "-c",
                <<-EOT
                  set -euo pipefail
                  stamp=$(date +%F)
                  for db in ${join(" ", var.databases)}; do
                    pg_dump -h postgres -U postgres -Fc "$db" > "/backup/$${db}-$${stamp}.dump"
                  done
                  find /backup -name '*.dump' -mtime +${var.backup_keep_days} -delete
                EOT
              ]

              env {
                name = "PGPASSWORD"
                value_from {
                  secret_key_ref {
                    name = kubernetes_secret.postgres.metadata[0].name
                    key  = "POSTGRES_PASSWORD"
                  }
                }
              }

              volume_mount {
                name       = "backup"
                mount_path = "/backup"
              }
            }

            volume {
              name = "backup"
              nfs {
                server = "nas.lan"
                path   = "/volume2/backup/postgres"
              }
            }
          }
        }
      }
    }
  }
}
