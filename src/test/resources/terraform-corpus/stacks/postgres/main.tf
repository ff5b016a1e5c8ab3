resource "random_password" "superuser" {
  length  = 32
  special = false
}

resource "random_password" "app" {
  for_each = var.databases
  length   = 24
  special  = false
}

resource "kubernetes_secret" "postgres" {
  metadata {
    name      = "postgres"
    namespace = var.namespace
  }

  data = merge(
    { POSTGRES_PASSWORD = random_password.superuser.result },
    { for db in var.databases : "${upper(db)}_PASSWORD" => random_password.app[db].result },
  )
}

resource "kubernetes_config_map" "init" {
  metadata {
    name      = "postgres-init"
    namespace = var.namespace
  }

  data = {
    "01-databases.sql" = templatefile("${path.module}/sql/init.sql.tftpl", { databases = var.databases })
    "02-tuning.sql"    = <<-SQL
      ALTER SYSTEM SET shared_buffers = '1GB';
      ALTER SYSTEM SET effective_cache_size = '3GB';
      ALTER SYSTEM SET max_connections = 200;
    SQL
  }
}

# Static NFS PV, unsuffixed resources (written before the nfs-volume module existed)
resource "kubernetes_persistent_volume" "postgres" {
  metadata {
    name = "postgres-data"
  }

  spec {
    capacity = {
      storage = var.storage_size
    }
    access_modes                     = ["ReadWriteOnce"]
    persistent_volume_reclaim_policy = "Retain"
    storage_class_name               = "nfs-static"

    persistent_volume_source {
      nfs {
        server = "192.168.1.10"
        path   = "/volume1/k8s/databases/postgres"
      }
    }
  }
}

resource "kubernetes_persistent_volume_claim" "postgres" {
  metadata {
    name      = "postgres-data"
    namespace = var.namespace
  }

  spec {
    access_modes       = ["ReadWriteOnce"]
    storage_class_name = "nfs-static"
    volume_name        = kubernetes_persistent_volume.postgres.metadata.0.name

    resources {
      requests = {
        storage = var.storage_size
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = var.namespace
    labels = {
      app = "postgres"
    }
  }

  spec {
    service_name = "postgres"
    replicas     = 1

    selector {
      match_labels = {
        app = "postgres"
      }
    }

    template {
      metadata {
        labels = {
          app = "postgres"
        }
      }

      spec {
        termination_grace_period_seconds = 120

        security_context {
          run_as_user     = 999
          run_as_group    = 999
          fs_group        = 999
          run_as_non_root = true
        }

        container {
          name  = "postgres"
          image = var.postgres_image
          args  = ["-c", "config_file=/etc/postgresql/postgresql.conf"]

          env {
            name = "POSTGRES_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret.postgres.metadata[0].name
                key  = "POSTGRES_PASSWORD"
              }
            }
          }
          env {
            name  = "PGDATA"
            value = "/var/lib/postgresql/data/pgdata"
          }

          port {
            name           = "postgres"
            container_port = 5432
          }

          liveness_probe {
            exec {
              command = ["pg_isready", "-U", "postgres"]
            }
            initial_delay_seconds = 30
          }

          readiness_probe {
            exec {
              command = ["pg_isready", "-U", "postgres"]
            }
          }

          resources {
            requests = {
              cpu    = "250m"
              memory = "1Gi"
            }
            limits = {
              memory = "4Gi"
            }
          }

          security_context {
            allow_privilege_escalation = false
            capabilities {
              drop = ["ALL"]
            }
          }

          volume_mount {
            name       = "data"
            mount_path = "/var/lib/postgresql/data"
          }
          volume_mount {
            name       = "init"
            mount_path = "/docker-entrypoint-initdb.d"
            read_only  = true
          }
        }

        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = kubernetes_persistent_volume_claim.postgres.metadata[0].name
          }
        }
        volume {
          name = "init"
          config_map {
            name         = kubernetes_config_map.init.metadata[0].name
            default_mode = "0444"
          }
        }
      }
    }
  }

  lifecycle {
    ignore_changes  = [spec[0].replicas]
    prevent_destroy = true
  }
}

resource "kubernetes_service" "postgres" {
  metadata {
    name      = "postgres"
    namespace = var.namespace
  }

  spec {
    selector = { app = "postgres" }
    port {
      name = "postgres"
      port = 5432
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = var.namespace
  }
  spec {
    max_unavailable = 0
    selector {
      match_labels = { app = "postgres" }
    }
  }
}

resource "kubernetes_network_policy_v1" "postgres" {
  metadata {
    name      = "postgres-clients"
    namespace = var.namespace
  }

  spec {
    pod_selector {
      match_labels = { app = "postgres" }
    }
    policy_types = ["Ingress"]

    ingress {
      dynamic "from" {
        for_each = var.client_namespaces
        content {
          namespace_selector {
            match_labels = {
              "kubernetes.io/metadata.name" = from.value
            }
          }
        }
      }
      ports {
        port     = 5432
        protocol = "TCP"
      }
    }
  }
}
