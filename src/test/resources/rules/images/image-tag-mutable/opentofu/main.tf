# Terraform's version of main.tofu: OpenTofu reads main.tofu in its place, so nothing here is
# checked, and this mutable tag must stay silent.
resource "kubernetes_deployment_v1" "feeds" {
  metadata {
    name      = "feeds"
    namespace = "reader"
  }
  spec {
    selector {
      match_labels = {
        app = "feeds"
      }
    }
    template {
      metadata {
        labels = {
          app = "feeds"
        }
      }
      spec {
        container {
          name  = "feeds"
          image = "ghcr.io/acme/feeds:edge"
        }
      }
    }
  }
}
