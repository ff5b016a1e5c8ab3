# Reads the restic repositories on the NAS and writes their age for node-exporter's textfile collector.
resource "kubernetes_cron_job_v1" "backup_age" {
  metadata {
    name      = "backup-age"
    namespace = var.namespace
  }

  spec {
    schedule           = "*/30 * * * *"
    concurrency_policy = "Replace"

    job_template {
      metadata {}
      spec {
        ttl_seconds_after_finished = 3600
        template {
          metadata {}
          spec {
            restart_policy = "Never"
            node_selector = {
              "kubernetes.io/hostname" = "nas-gateway"
            }

            container {
              name    = "check"
              image   = "restic/restic:0.17.1"
              command = ["/bin/sh", "-c"]
              args = [<<-EOT
                set -eu
                out=/textfile/backups.prom.$$
                for repo in /backups/restic/*; do
                  name=$(basename "$repo")
                  ts=$(restic -r "$repo" snapshots --latest 1 --json | jq -r '.[0].time' | xargs -I{} date -d {} +%s)
                  echo "homelab_backup_last_success_timestamp_seconds{job=\"$name\"} $ts" >> "$out"
                done
                mv "$out" /textfile/backups.prom
              EOT
              ]

              env {
                name = "RESTIC_PASSWORD"
                value_from {
                  secret_key_ref {
                    name = "restic"
                    key  = "password"
                  }
                }
              }

              volume_mount {
                name       = "backups"
                mount_path = "/backups"
                read_only  = true
              }
              volume_mount {
                name       = "textfile"
                mount_path = "/textfile"
              }
            }

            volume {
              name = "backups"
              nfs {
                server    = var.nfs_server
                path      = "/volume1/backups"
                read_only = true
              }
            }
            volume {
              name = "textfile"
              host_path {
                path = "/var/lib/node-exporter/textfile"
                type = "DirectoryOrCreate"
              }
            }
          }
        }
      }
    }
  }
}
