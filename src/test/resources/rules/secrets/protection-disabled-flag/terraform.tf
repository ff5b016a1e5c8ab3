# Safety switches turned off in Terraform args and env blocks.
resource "kubernetes_deployment_v1" "metrics_server" {
  metadata {
    name      = "tf-metrics-server"
    namespace = "kube-system"
  }
  spec {
    selector {
      match_labels = { app = "tf-metrics-server" }
    }
    template {
      metadata {
        labels = { app = "tf-metrics-server" }
      }
      spec {
        container {
          name  = "metrics-server"
          image = "registry.k8s.io/metrics-server/metrics-server:v0.7.2"
          args = [
            "--cert-dir=/tmp",
            "--kubelet-insecure-tls", # expect: protection-disabled-flag "Container \"metrics-server\" of Deployment/kube-system/tf-metrics-server passes --kubelet-insecure-tls"
            "--secure-port=10250",
          ]
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "fetcher" {
  metadata {
    name      = "tf-fetcher"
    namespace = "tools"
  }
  spec {
    selector {
      match_labels = { app = "tf-fetcher" }
    }
    template {
      metadata {
        labels = { app = "tf-fetcher" }
      }
      spec {
        container {
          name  = "fetcher"
          image = "ghcr.io/acme/fetcher:0.4.1"
          env {
            name  = "NODE_TLS_REJECT_UNAUTHORIZED"
            value = "0" # expect: protection-disabled-flag "sets NODE_TLS_REJECT_UNAUTHORIZED=0, which turns off TLS certificate verification"
          }
          env {
            name  = "NODE_ENV"
            value = "production"
          }
        }
      }
    }
  }
}

# The password form off beside an OIDC login: a choice of login method, not authentication off.
resource "kubernetes_deployment_v1" "sso_login" {
  metadata {
    name      = "tf-sso-login"
    namespace = "apps"
  }
  spec {
    template {
      spec {
        container {
          name  = "app"
          image = "ghcr.io/acme/notes:1.2.0"
          env {
            name  = "DISABLE_PASSWORD_AUTH"
            value = "true"
          }
          env {
            name  = "OIDC_CLIENT_ID"
            value = "notes"
          }
        }
        container {
          name  = "no-sso"
          image = "ghcr.io/acme/notes:1.2.0"
          env {
            name  = "DISABLE_PASSWORD_AUTH"
            value = "true" # expect: protection-disabled-flag "sets DISABLE_PASSWORD_AUTH=true"
          }
        }
      }
    }
  }
}
