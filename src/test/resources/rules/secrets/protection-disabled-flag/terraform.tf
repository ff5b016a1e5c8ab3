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

# Settings inside an encoded document are read key by key, each on its own line.
resource "kubernetes_config_map_v1" "grafana" {
  metadata {
    name      = "tf-grafana-settings"
    namespace = "monitoring"
  }
  data = {
    "grafana.json" = jsonencode({
      security = {
        disable_gravatar   = true
        cookie_secure      = false
        allow_embedding    = false
      }
      dataproxy = {
        insecure_skip_verify = true # expect: protection-disabled-flag "Key \"grafana.json\" of ConfigMap/monitoring/tf-grafana-settings sets insecure_skip_verify: true, which turns off TLS certificate verification"
      }
      auth = {
        disable_login_form = false
      }
    })
    "plain.yaml" = yamlencode({
      server = {
        insecure = true # expect: protection-disabled-flag "sets insecure: true"
        port     = 8080
      }
    })
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

# An encoded argument is read key by key too.
resource "kubernetes_deployment_v1" "encoded_settings" {
  metadata {
    name      = "tf-encoded-settings"
    namespace = "apps"
  }
  spec {
    template {
      spec {
        container {
          name  = "proxy"
          image = "ghcr.io/acme/proxy:2.1.0"
          args = ["--config-json", jsonencode({
            upstream = {
              tls_verify = false # expect: protection-disabled-flag "Container \"proxy\" of Deployment/apps/tf-encoded-settings passes a document that sets tls_verify: false, which turns off TLS certificate verification"
              timeout    = 30
            }
          })]
        }
      }
    }
  }
}
