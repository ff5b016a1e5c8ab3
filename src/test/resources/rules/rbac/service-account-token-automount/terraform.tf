# Tokens mounted into pods that do not talk to the API server.
resource "kubernetes_deployment_v1" "blog" {
  metadata {
    name      = "blog" # expect: service-account-token-automount "Deployment/shop/blog mounts the token of ServiceAccount shop/default, which no binding in the repository grants anything"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "blog" }
    }
    template {
      metadata {
        labels = { app = "blog" }
      }
      spec {
        container {
          name  = "ghost"
          image = "ghost:5.96.0"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "static" {
  metadata {
    name      = "static"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "static" }
    }
    template {
      metadata {
        labels = { app = "static" }
      }
      spec {
        automount_service_account_token = false
        container {
          name  = "nginx"
          image = "nginx:1.27.2"
        }
      }
    }
  }
}

# A ServiceAccount of its own that nothing binds.
resource "kubernetes_service_account_v1" "newsletter" {
  metadata {
    name      = "newsletter"
    namespace = "billing"
  }
}

resource "kubernetes_deployment_v1" "newsletter" {
  metadata {
    name      = "newsletter" # expect: service-account-token-automount "Deployment/billing/newsletter mounts the token of ServiceAccount billing/newsletter"
    namespace = "billing"
  }
  spec {
    selector {
      match_labels = { app = "newsletter" }
    }
    template {
      metadata {
        labels = { app = "newsletter" }
      }
      spec {
        service_account_name = kubernetes_service_account_v1.newsletter.metadata[0].name
        container {
          name  = "listmonk"
          image = "listmonk/listmonk:v4.1.0"
        }
      }
    }
  }
}
