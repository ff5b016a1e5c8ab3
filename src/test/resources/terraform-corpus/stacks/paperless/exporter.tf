// Weekly document export to the NAS, beta CronJob resource
resource "kubernetes_cron_job" "export" {
  metadata {
    name      = "paperless-export"
    namespace = var.namespace
  }

  spec {
    schedule = "0 4 * * 0"

    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "Never"
            container {
              name    = "export"
              image   = var.image
              command = ["document_exporter", "/export", "--zip", "--delete"]

              env_from {
                config_map_ref {
                  name = "paperless"
                }
              }

              volume_mount {
                name       = "export"
                mount_path = "/export"
              }
            }
            volume {
              name = "export"
              nfs {
                server = "nas.lan"
                path   = "/volume2/backup/paperless"
              }
            }
          }
        }
      }
    }
  }
}
