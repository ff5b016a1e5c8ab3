# Images from Terraform checked against images.allowedRegistries, once through a local.
locals {
  registry = "ghcr.io/acme"
}

resource "kubernetes_deployment_v1" "checkout" {
  metadata {
    name      = "tf-checkout"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-checkout" }
    }
    template {
      metadata {
        labels = { app = "tf-checkout" }
      }
      spec {
        container {
          name  = "checkout"
          image = "${local.registry}/checkout:1.4.0"
        }
        container {
          name  = "proxy"
          image = "envoyproxy/envoy:v1.31.2" # expect: image-registry-not-allowed "Container \"proxy\" of Deployment/shop/tf-checkout: image \"envoyproxy/envoy:v1.31.2\""
        }
        container {
          name  = "exporter"
          image = "quay.io/prometheus/statsd-exporter:v0.27.1"
        }
      }
    }
  }
}
