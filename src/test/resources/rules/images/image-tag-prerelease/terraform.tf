# Pre-release tags written in Terraform, once built from a variable.
variable "api_version" {
  default = "2.1.0-rc.2"
}

resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "tf-api"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-api" }
    }
    template {
      metadata {
        labels = { app = "tf-api" }
      }
      spec {
        init_container {
          name  = "migrate"
          image = "ghcr.io/acme/api-migrations:2.1.0-beta.1" # expect: image-tag-prerelease "Init container \"migrate\" of Deployment/shop/tf-api: image \"ghcr.io/acme/api-migrations:2.1.0-beta.1\" is a pre-release (\"beta\" in tag \"2.1.0-beta.1\")"
        }
        container {
          name  = "api"
          image = "ghcr.io/acme/api:${var.api_version}" # expect: image-tag-prerelease "\"rc\" in tag \"2.1.0-rc.2\""
        }
        container {
          name  = "proxy"
          image = "envoyproxy/envoy:v1.31.2"
        }
      }
    }
  }
}
