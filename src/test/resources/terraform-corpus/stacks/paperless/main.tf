locals {
  tika_enabled = var.enable_tika
  env = merge(
    {
      PAPERLESS_URL              = "https://docs.example.net"
      PAPERLESS_REDIS            = "redis://paperless-redis:6379"
      PAPERLESS_DBHOST           = "postgres.databases.svc"
      PAPERLESS_OCR_LANGUAGE     = join("+", var.ocr_languages)
      PAPERLESS_OCR_LANGUAGES    = join(" ", [for l in var.ocr_languages : l if l != "eng"])
      PAPERLESS_TIME_ZONE        = "Europe/Berlin"
      PAPERLESS_CONSUMER_POLLING = "60"
    },
    local.tika_enabled ? {
      PAPERLESS_TIKA_ENABLED            = "1"
      PAPERLESS_TIKA_ENDPOINT           = "http://tika:9998"
      PAPERLESS_TIKA_GOTENBERG_ENDPOINT = "http://gotenberg:3000"
    } : {},
  )
}

resource "kubernetes_config_map_v1" "paperless" {
  metadata {
    name      = "paperless"
    namespace = var.namespace
  }

  data = merge(local.env, {
    # classic (non-indented) heredoc; the second line deliberately ends in
    # the delimiter word without being the delimiter
    "README.txt" = <<EOT
Documents dropped into the NAS share end up in the inbox.
Files are consumed and then deleted, do not keep originals here, see EOT
EOT

    "consume-hook.sh" = <<-EOF
      #!/bin/sh
      # post-consume hook: notify ntfy
      curl -s -d "Consumed $${DOCUMENT_FILE_NAME}" https://ntfy.example.net/paperless
    EOF
  })
}

resource "kubernetes_secret_v1" "paperless" {
  metadata {
    name      = "paperless"
    namespace = var.namespace
  }
  data = {
    PAPERLESS_SECRET_KEY = var.secret_key
  }
}

resource "kubernetes_deployment" "paperless" {
  metadata {
    name      = "paperless"
    namespace = var.namespace
  }

  spec {
    replicas = 1

    selector {
      match_labels = { app = "paperless" }
    }

    template {
      metadata {
        labels = { app = "paperless" }
      }

      spec {
        container {
          name  = "paperless"
          image = var.image

          env_from {
            config_map_ref {
              name = kubernetes_config_map_v1.paperless.metadata[0].name
            }
          }
          env_from {
            secret_ref {
              name = kubernetes_secret_v1.paperless.metadata[0].name
            }
          }

          port {
            container_port = 8000
          }

          volume_mount {
            name       = "data"
            mount_path = "/usr/src/paperless/data"
            sub_path   = "data"
          }
          volume_mount {
            name       = "data"
            mount_path = "/usr/src/paperless/media"
            sub_path   = "media"
          }
          volume_mount {
            name       = "consume"
            mount_path = "/usr/src/paperless/consume"
          }
        }

        volume {
          name = "data"
          nfs {
            server = "nas.lan"
            path   = "/volume1/k8s/paperless"
          }
        }
        volume {
          name = "consume"
          nfs {
            server = "nas.lan"
            path   = var.consume_share
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment" "sidecar_services" {
  count = local.tika_enabled ? 2 : 0

  metadata {
    name      = ["tika", "gotenberg"][count.index]
    namespace = var.namespace
  }

  spec {
    selector {
      match_labels = { app = ["tika", "gotenberg"][count.index] }
    }

    template {
      metadata {
        labels = { app = ["tika", "gotenberg"][count.index] }
      }

      spec {
        container {
          name  = "main"
          image = count.index == 0 ? "apache/tika:2.9.2.1" : "gotenberg/gotenberg:8"
          args  = count.index == 1 ? ["gotenberg", "--chromium-disable-javascript=true", "--chromium-allow-list=file:///tmp/.*"] : null

          port {
            container_port = count.index == 0 ? 9998 : 3000
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "paperless" {
  for_each = merge(
    { paperless = 8000 },
    local.tika_enabled ? { tika = 9998, gotenberg = 3000 } : {},
  )

  metadata {
    name      = each.key
    namespace = var.namespace
  }

  spec {
    selector = { app = each.key }
    port {
      port = each.value
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "paperless"
  namespace    = var.namespace
  subdomain    = "docs"
  service_name = kubernetes_service.paperless["paperless"].metadata[0].name
  service_port = 8000
  middlewares  = ["lan-only"]
}
