# A credential written inside an encoded env value is written into the code, on the line of its key;
# one read from a variable is not.
variable "api_token" {
  type    = string
  default = "tf-api-token-fixture-value"
}

resource "kubernetes_deployment_v1" "encoded_env" {
  metadata {
    name      = "tf-encoded-env"
    namespace = "shop"
  }
  spec {
    template {
      spec {
        container {
          name  = "worker"
          image = "ghcr.io/acme/worker:2.0.0"
          env {
            name = "APP_CONFIG"
            value = jsonencode({
              database = {
                host     = "db.shop.svc"
                password = "s3cr3t-fixture-pw" # expect: env-literal-credential "Container \"worker\" of Deployment/shop/tf-encoded-env: env APP_CONFIG sets \"password\", which holds a literal credential (17 characters)"
              }
              api_token = var.api_token
            })
          }
          env {
            name = "APP_SETTINGS"
            value = yamlencode({
              smtp = {
                user     = "mailer"
                password = "tf-smtp-fixture-pw" # expect: env-literal-credential "env APP_SETTINGS sets \"password\""
              }
            })
          }
        }
      }
    }
  }
}
