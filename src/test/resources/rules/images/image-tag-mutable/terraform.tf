# A Deployment written with the hashicorp/kubernetes provider: the same rule, on the .tf line.
resource "kubernetes_deployment_v1" "whoami" {
  metadata {
    name      = "whoami"
    namespace = "edge"
  }
  spec {
    replicas = 2
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
          image = "traefik/whoami:latest" # expect: image-tag-mutable "\"latest\""
        }
        container {
          name  = "pinned"
          image = "traefik/whoami:v1.10.3"
        }
      }
    }
  }
}
