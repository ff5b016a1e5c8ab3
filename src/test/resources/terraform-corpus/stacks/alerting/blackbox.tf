resource "helm_release" "blackbox" {
  name       = "blackbox-exporter"
  namespace  = var.namespace
  repository = "https://prometheus-community.github.io/helm-charts"
  chart      = "prometheus-blackbox-exporter"
  version    = "9.0.1"

  values = [yamlencode({
    config = {
      modules = {
        http_2xx = {
          prober  = "http"
          timeout = "10s"
          http = {
            preferred_ip_protocol = "ip4"
            valid_status_codes    = [200, 204]
          }
        }
      }
    }
    serviceMonitor = {
      enabled = true
      targets = [
        for service, url in var.probe_targets : {
          name   = service
          url    = url
          module = "http_2xx"
        }
      ]
    }
  })]
}

# ntfy forwards Alertmanager notifications to phones; the bridge is a small Deployment.
resource "kubernetes_deployment_v1" "ntfy_bridge" {
  metadata {
    name      = "alertmanager-ntfy"
    namespace = var.namespace
    labels    = { "app.kubernetes.io/name" = "alertmanager-ntfy" }
  }

  spec {
    replicas = 1
    selector {
      match_labels = { "app.kubernetes.io/name" = "alertmanager-ntfy" }
    }
    template {
      metadata {
        labels = { "app.kubernetes.io/name" = "alertmanager-ntfy" }
      }
      spec {
        service_account_name            = kubernetes_service_account_v1.alerting.metadata[0].name
        automount_service_account_token = false

        container {
          name  = "bridge"
          image = "ghcr.io/alexbakker/alertmanager-ntfy:v0.4.1"
          args  = ["--configs", "/etc/ntfy/config.yml"]

          port {
            name           = "http"
            container_port = 8000
          }

          dynamic "env" {
            for_each = { for receiver in var.alert_receivers : upper(receiver.name) => receiver.topic }
            content {
              name  = "NTFY_TOPIC_${env.key}"
              value = env.value
            }
          }

          env {
            name = "NTFY_TOKEN"
            value_from {
              secret_key_ref {
                name = "ntfy-token"
                key  = "token"
              }
            }
          }

          resources {
            requests = {
              cpu    = "10m"
              memory = "32Mi"
            }
            limits = {
              memory = "64Mi"
            }
          }

          security_context {
            run_as_non_root            = true
            run_as_user                = 65534
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "ntfy_bridge" {
  metadata {
    name      = "alertmanager-ntfy"
    namespace = var.namespace
  }
  spec {
    selector = kubernetes_deployment_v1.ntfy_bridge.spec[0].selector[0].match_labels
    port {
      name        = "http"
      port        = 8000
      target_port = "http"
    }
  }
}
