# Nightly restic backup of /data. Uses the beta CronJob resource because the
# cluster was on 1.20 when this was written.
resource "kubernetes_cron_job" "backup" {
  metadata {
    name      = "vaultwarden-backup"
    namespace = var.namespace
  }

  spec {
    schedule           = "15 2 * * *"
    concurrency_policy = "Replace"

    job_template {
      metadata {}

      spec {
        template {
          metadata {}

          spec {
            restart_policy = "OnFailure"

            container {
              name  = "restic"
              image = "restic/restic:0.17.0"
              command = ["/bin/sh", "-c", <<-EOF
                set -eu
                sqlite3 /data/db.sqlite3 ".backup '/tmp/db.sqlite3'" || cp /data/db.sqlite3 /tmp/
                restic backup --host vaultwarden /tmp/db.sqlite3 /data/attachments /data/rsa_key.pem
                restic forget --keep-daily 14 --keep-weekly 8 --prune
              EOF
              ]

              env_from {
                secret_ref {
                  name = kubernetes_secret_v1.backup.metadata[0].name
                }
              }

              volume_mount {
                name       = "data"
                mount_path = "/data"
                read_only  = true
              }
            }

            volume {
              name = "data"
              nfs {
                server    = "nas.lan"
                path      = "/volume1/k8s/vaultwarden/data"
                read_only = true
              }
            }
          }
        }
      }
    }
  }
}
