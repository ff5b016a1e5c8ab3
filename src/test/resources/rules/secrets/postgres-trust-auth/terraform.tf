# trust authentication from Terraform: an env block, a ConfigMap key, and a pg_hba.conf heredoc.
resource "kubernetes_stateful_set_v1" "postgres" {
  metadata {
    name      = "tf-postgres"
    namespace = "wiki"
  }
  spec {
    service_name = "tf-postgres"
    selector {
      match_labels = { app = "tf-postgres" }
    }
    template {
      metadata {
        labels = { app = "tf-postgres" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
          env {
            name  = "POSTGRES_HOST_AUTH_METHOD"
            value = "trust" # expect: postgres-trust-auth "Container \"postgres\" of StatefulSet/wiki/tf-postgres sets POSTGRES_HOST_AUTH_METHOD=trust"
          }
          env {
            name  = "POSTGRES_INITDB_ARGS"
            value = "--auth-host=scram-sha-256"
          }
        }
        container {
          name  = "replica"
          image = "postgres:16.4"
          env_from {
            config_map_ref {
              name = kubernetes_config_map_v1.db_env.metadata[0].name
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_config_map_v1" "db_env" {
  metadata {
    name      = "tf-db-env"
    namespace = "wiki"
  }
  data = {
    POSTGRES_HOST_AUTH_METHOD = "trust" # expect: postgres-trust-auth "Key \"POSTGRES_HOST_AUTH_METHOD\" of ConfigMap/wiki/tf-db-env sets POSTGRES_HOST_AUTH_METHOD=trust for Container \"replica\" of StatefulSet/wiki/tf-postgres (envFrom)"
    POSTGRES_DB               = "wiki"
  }
}

resource "kubernetes_config_map_v1" "pg_hba" {
  metadata {
    name      = "tf-pg-hba"
    namespace = "wiki"
  }
  data = {
    "pg_hba.conf" = <<-EOT
      local all all peer
      host  all all 127.0.0.1/32 scram-sha-256
      host  all all 10.42.0.0/16 trust # expect: postgres-trust-auth "Key \"pg_hba.conf\" of ConfigMap/wiki/tf-pg-hba trusts connections from 10.42.0.0/16 without a password"
    EOT
  }
}
