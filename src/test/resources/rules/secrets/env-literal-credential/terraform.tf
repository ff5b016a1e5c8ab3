# env blocks with literal credentials, next to the same names read from a Secret.
resource "kubernetes_deployment_v1" "shop" {
  metadata {
    name      = "tf-shop"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-shop" }
    }
    template {
      metadata {
        labels = { app = "tf-shop" }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/acme/shop:5.0.1"
          env {
            name  = "DB_PASSWORD"
            value = "s3cr3t-fixture-pw" # expect: env-literal-credential "Container \"web\" of Deployment/shop/tf-shop: env DB_PASSWORD holds a literal credential (17 characters)"
          }
          env {
            name = "REDIS_PASSWORD"
            value_from {
              secret_key_ref {
                name = "redis"
                key  = "password"
              }
            }
          }
          env {
            name  = "DB_USER"
            value = "shop"
          }
          env {
            name  = "AZURE_STORAGE_ACCOUNT_KEY"
            value = "tf-azure-fixture-key" # expect: env-literal-credential "env AZURE_STORAGE_ACCOUNT_KEY holds a literal credential (20 characters)"
          }
          env {
            name  = "OCI_CLI_KEY_CONTENT"
            value = "tf-oci-fixture-content" # expect: env-literal-credential "env OCI_CLI_KEY_CONTENT"
          }
          env {
            name  = "AZURE_KEY_VAULT_NAME"
            value = "shop-vault"
          }
        }
      }
    }
  }
}
