# DELIBERATELY BROKEN: the deployment's spec block is never closed,
# so the file ends inside the resource body.

resource "kubernetes_deployment_v1" "whoami" {
  metadata {
    name      = "whoami"
    namespace = "default"
  }

  spec {
    replicas = 1

    selector {
      match_labels = {
        app = "whoami"
      }
    }

    template {
      metadata {
        labels = {
          app = "whoami"
        }
      }

      spec {
        container {
          name  = "whoami"
          image = "traefik/whoami:v1.10"
        }
      }
    }
}

resource "kubernetes_service_v1" "whoami" {
  metadata {
    name = "whoami"
  }
  spec {
    selector = { app = "whoami" }
    port {
      port = 80
    }
  }
}
