# References from Terraform workloads to Terraform Secrets, whose `data` is the API's stringData.
resource "kubernetes_secret_v1" "db" {
  metadata {
    name      = "tf-db"
    namespace = "billing"
  }
  data = {
    username = "billing"
    password = var.db_password
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "kubernetes_secret_v1" "tls" {
  metadata {
    name      = "tf-tls"
    namespace = "billing"
  }
  type = "kubernetes.io/tls"
  binary_data = {
    "tls.crt" = filebase64("${path.module}/certs/missing.crt")
    "tls.key" = filebase64("${path.module}/certs/missing.key")
  }
}

resource "kubernetes_deployment_v1" "billing" {
  metadata {
    name      = "tf-billing"
    namespace = "billing"
  }
  spec {
    selector {
      match_labels = { app = "tf-billing" }
    }
    template {
      metadata {
        labels = { app = "tf-billing" }
      }
      spec {
        container {
          name  = "billing"
          image = "ghcr.io/acme/billing:3.0.2"
          env {
            name = "DB_PASSWORD"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.db.metadata[0].name
                key  = "password"
              }
            }
          }
          env {
            name = "DB_USER"
            value_from {
              secret_key_ref {
                name = "tf-db"
                key  = "user" # expect: secret-reference-missing "Container \"billing\" of Deployment/billing/tf-billing reads key \"user\" of Secret \"tf-db\" (env DB_USER), which has no such key (it has \"username\", \"password\")"
              }
            }
          }
          # Plain Secrets do not show that every Secret of the namespace is made here: an unknown name is no finding.
          env {
            name = "STRIPE_KEY"
            value_from {
              secret_key_ref {
                name = "stripe"
                key  = "api-key"
              }
            }
          }
          env_from {
            secret_ref {
              name = "tf-db"
            }
          }
          volume_mount {
            name       = "tls"
            mount_path = "/tls"
            read_only  = true
          }
        }
        volume {
          name = "tls"
          secret {
            secret_name = "tf-tls"
            items {
              key  = "tls.crt"
              path = "tls.crt"
            }
            items {
              key  = "tls.pem" # expect: secret-reference-missing "Deployment/billing/tf-billing mounts key \"tls.pem\" of Secret \"tf-tls\" (volume \"tls\"), which has no such key (it has \"tls.crt\", \"tls.key\")"
              path = "tls.pem"
            }
          }
        }
      }
    }
  }
}
