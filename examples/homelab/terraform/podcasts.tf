# Fetches new podcast episodes every night straight into the media share of the NAS.
resource "kubernetes_cron_job_v1" "podcast_fetch" {
  metadata {
    name      = "podcast-fetch"
    namespace = local.namespace
    labels    = merge(local.common_labels, { "app.kubernetes.io/name" = "podcast-fetch" })
  }

  spec {
    schedule                      = "30 4 * * *"
    timezone                      = var.timezone
    concurrency_policy            = "Forbid"
    successful_jobs_history_limit = 2
    failed_jobs_history_limit     = 3

    job_template {
      metadata {}
      spec {
        backoff_limit           = 1
        active_deadline_seconds = 5400

        template {
          metadata {
            labels = { "app.kubernetes.io/name" = "podcast-fetch" }
          }
          spec {
            restart_policy = "Never"

            container {
              name    = "fetch"
              image   = "ghcr.io/acme-homelab/podcast-fetch:${var.podcast_fetch_tag}"
              command = ["/usr/local/bin/fetch-feeds", "--feeds", "/config/feeds.opml", "--out", "/media/podcasts"]

              resources {
                requests = {
                  cpu    = "50m"
                  memory = "64Mi"
                }
                limits = {
                  memory = "256Mi"
                }
              }

              volume_mount {
                name       = "media"
                mount_path = "/media/podcasts"
              }
              volume_mount {
                name       = "feeds"
                mount_path = "/config"
                read_only  = true
              }
            }

            volume {
              name = "media"
              nfs {
                server = var.nfs_server
                path   = "/volume1/media/podcasts"
              }
            }
            volume {
              name = "feeds"
              config_map {
                name = kubernetes_config_map_v1.podcast_feeds.metadata[0].name
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_config_map_v1" "podcast_feeds" {
  metadata {
    name      = "podcast-feeds"
    namespace = local.namespace
  }
  data = {
    "feeds.opml" = <<-EOT
      <?xml version="1.0" encoding="UTF-8"?>
      <opml version="2.0">
        <head><title>homelab podcasts</title></head>
        <body>
      ${local.podcast_outlines}
        </body>
      </opml>
    EOT
  }
}

locals {
  podcast_feeds = {
    "kubernetes-podcast" = "https://kubernetespodcast.com/feeds/audio.xml"
    "self-hosted"        = "https://selfhosted.show/rss"
  }
  podcast_outlines = join("\n", [
    for name, url in local.podcast_feeds : format("<outline type=\"rss\" text=\"%s\" xmlUrl=\"%s\"/>", name, url)
  ])
}
