# Services from Terraform checked against pod templates from Terraform and YAML alike.
resource "kubernetes_deployment_v1" "paperless" {
  metadata {
    name      = "tf-paperless"
    namespace = "docs"
  }
  spec {
    selector {
      match_labels = { app = "tf-paperless" }
    }
    template {
      metadata {
        labels = { app = "tf-paperless", tier = "web" }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/paperless-ngx/paperless-ngx:2.12.1"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "paperless" {
  metadata {
    name      = "tf-paperless"
    namespace = "docs"
  }
  spec {
    selector = {
      app  = "tf-paperless"
      tier = "web"
    }
    port {
      port        = 80
      target_port = 8000
    }
  }
}

resource "kubernetes_service_v1" "typo" {
  metadata {
    name      = "tf-paperles"
    namespace = "docs"
  }
  spec {
    selector = { # expect: service-selector-orphan "Service/docs/tf-paperles selects app=tf-paperles, which matches no pod template in namespace docs"
      app = "tf-paperles"
    }
    port {
      port = 80
    }
  }
}
