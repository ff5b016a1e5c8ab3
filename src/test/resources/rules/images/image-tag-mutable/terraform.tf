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

# Branch and channel words inside longer tags, written with the provider; a commit or a date pins them.
resource "kubernetes_deployment_v1" "branch_builds" {
  metadata {
    name      = "branch-builds"
    namespace = "edge"
  }
  spec {
    template {
      spec {
        container {
          name  = "postgres"
          image = "ghcr.io/acme/postgres:16-master" # expect: image-tag-mutable "follows \"master\""
        }
        container {
          name  = "gpu"
          image = "ollama/ollama:latest-cuda" # expect: image-tag-mutable "follows \"latest\""
        }
        container {
          name  = "pinned-commit"
          image = "ghcr.io/acme/app:main-3ea91f0"
        }
        container {
          name  = "pinned-date"
          image = "acme/worker:nightly-20241001"
        }
        container {
          name  = "numbered-beta"
          image = "acme/api:2.0.0-beta.1"
        }
      }
    }
  }
}
