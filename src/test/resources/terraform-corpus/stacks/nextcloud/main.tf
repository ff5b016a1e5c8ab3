locals {
  app    = "nextcloud"
  host   = "cloud.${var.domain}"
  labels = { "app.kubernetes.io/name" = local.app, "app.kubernetes.io/part-of" = "nextcloud" }
}

module "data" {
  source    = "../../modules/nfs-volume"
  name      = "nextcloud-data"
  namespace = var.namespace
  size      = "2Ti"
  server    = "192.168.1.10"
}

module "html" {
  source    = "../../modules/nfs-volume"
  name      = "nextcloud-html"
  namespace = var.namespace
  size      = "20Gi"
}

resource "kubernetes_config_map" "php" {
  metadata {
    name      = "nextcloud-php-overrides"
    namespace = var.namespace
  }

  data = {
    "zz-homelab.ini" = <<-EOT
      ; opcache tuned for the NUC
      opcache.interned_strings_buffer=32
      opcache.max_accelerated_files=20000
      opcache.memory_consumption=256
      opcache.revalidate_freq=60
    EOT

    "homelab.config.php" = <<-EOT
      <?php
      $CONFIG = array (
        'trusted_domains' => array (0 => '${local.host}'),
        'trusted_proxies' => array (${join(", ", [for p in var.trusted_proxies : "'${p}'"])}),
        'overwrite.cli.url' => 'https://${local.host}',
        'default_phone_region' => 'DE',
        'maintenance_window_start' => 1,
      );
    EOT
  }
}

resource "kubernetes_secret" "nextcloud" {
  metadata {
    name      = "nextcloud"
    namespace = var.namespace
  }

  data = {
    POSTGRES_PASSWORD        = var.db_password
    NEXTCLOUD_ADMIN_PASSWORD = var.admin_password
    NEXTCLOUD_ADMIN_USER     = "admin"
  }
}

resource "kubernetes_deployment" "nextcloud" {
  metadata {
    name      = local.app
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    replicas = var.replicas

    strategy {
      type = "Recreate"
    }

    selector {
      match_labels = local.labels
    }

    template {
      metadata {
        labels = local.labels
        annotations = {
          "checksum/php" = sha1(jsonencode(kubernetes_config_map.php.data))
        }
      }

      spec {
        security_context {
          fs_group = 33
        }

        init_container {
          name    = "wait-for-db"
          image   = "busybox:1.36"
          command = ["sh", "-c", "until nc -z postgres.databases.svc 5432; do sleep 2; done"]
        }

        container {
          name              = "nextcloud"
          image             = var.image
          image_pull_policy = "IfNotPresent"

          port {
            name           = "http"
            container_port = 80
          }

          env {
            name  = "POSTGRES_HOST"
            value = "postgres.databases.svc.cluster.local"
          }
          env {
            name  = "POSTGRES_DB"
            value = "nextcloud"
          }
          env {
            name  = "POSTGRES_USER"
            value = "nextcloud"
          }
          env {
            name = "POSTGRES_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret.nextcloud.metadata[0].name
                key  = "POSTGRES_PASSWORD"
              }
            }
          }
          env {
            name  = "REDIS_HOST"
            value = "redis.${var.namespace}.svc"
          }

          dynamic "env" {
            for_each = var.php_settings
            content {
              name  = env.key
              value = env.value
            }
          }

          env_from {
            secret_ref {
              name = kubernetes_secret.nextcloud.metadata[0].name
            }
          }

          liveness_probe {
            http_get {
              path = "/status.php"
              port = "http"
              http_header {
                name  = "Host"
                value = local.host
              }
            }
            initial_delay_seconds = 60
            period_seconds        = 30
            timeout_seconds       = 5
          }

          readiness_probe {
            http_get {
              path = "/status.php"
              port = 80
            }
            period_seconds = 10
          }

          resources {
            requests = {
              cpu    = "250m"
              memory = "512Mi"
            }
            limits = {
              memory = "2Gi"
            }
          }

          volume_mount {
            name       = "html"
            mount_path = "/var/www/html"
          }
          volume_mount {
            name       = "data"
            mount_path = "/var/www/html/data"
          }
          volume_mount {
            name       = "php"
            mount_path = "/usr/local/etc/php/conf.d/zz-homelab.ini"
            sub_path   = "zz-homelab.ini"
          }
        }

        volume {
          name = "html"
          persistent_volume_claim {
            claim_name = module.html.claim_name
          }
        }
        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = module.data.claim_name
          }
        }
        volume {
          name = "php"
          config_map {
            name = kubernetes_config_map.php.metadata[0].name
          }
        }
      }
    }
  }

  # Watchtower-style updates are done by hand via `kubectl set image`,
  # so don't let terraform roll them back.
  lifecycle {
    ignore_changes = [
      spec[0].template[0].spec[0].container[0].image,
      spec[0].replicas,
    ]
  }

  wait_for_rollout = false

  timeouts {
    create = "15m"
    update = "15m"
  }
}

resource "kubernetes_service" "nextcloud" {
  metadata {
    name      = local.app
    namespace = var.namespace
  }

  spec {
    selector = local.labels
    port {
      name        = "http"
      port        = 80
      target_port = "http"
    }
  }
}

resource "kubernetes_cron_job_v1" "cron" {
  metadata {
    name      = "nextcloud-cron"
    namespace = var.namespace
  }

  spec {
    schedule                      = "*/5 * * * *"
    timezone                      = "Europe/Berlin"
    concurrency_policy            = "Forbid"
    successful_jobs_history_limit = 1
    failed_jobs_history_limit     = 3

    job_template {
      metadata {}
      spec {
        backoff_limit              = 0
        ttl_seconds_after_finished = 600

        template {
          metadata {
            labels = { "app.kubernetes.io/name" = "nextcloud-cron" }
          }
          spec {
            restart_policy = "Never"

            security_context {
              run_as_user  = 33
              run_as_group = 33
            }

            container {
              name    = "cron"
              image   = var.image
              command = ["php", "-f", "/var/www/html/cron.php"]

              volume_mount {
                name       = "html"
                mount_path = "/var/www/html"
              }
              volume_mount {
                name       = "data"
                mount_path = "/var/www/html/data"
              }
            }

            volume {
              name = "html"
              nfs {
                server = "nas.lan"
                path   = "/volume1/k8s/nextcloud/nextcloud-html"
              }
            }
            volume {
              name = "data"
              nfs {
                server = "192.168.1.10"
                path   = "/volume1/k8s/nextcloud/nextcloud-data"
              }
            }
          }
        }
      }
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "nextcloud"
  namespace    = var.namespace
  domain       = var.domain
  subdomain    = "cloud"
  service_name = kubernetes_service.nextcloud.metadata[0].name
  middlewares  = ["nextcloud-redirects"]
  extra_annotations = {
    "traefik.ingress.kubernetes.io/router.entrypoints" = "websecure"
  }
}

resource "kubernetes_manifest" "redirects" {
  manifest = {
    apiVersion = "traefik.io/v1alpha1"
    kind       = "Middleware"
    metadata = {
      name      = "nextcloud-redirects"
      namespace = var.namespace
    }
    spec = {
      redirectRegex = {
        permanent   = true
        regex       = "https://(.*)/.well-known/(?:card|cal)dav"
        replacement = "https://$${1}/remote.php/dav"
      }
    }
  }
}
