module "grafana_data" {
  source       = "../../modules/nfs-volume"
  name         = "grafana-data"
  namespace    = var.namespace
  size         = "5Gi"
  access_modes = ["ReadWriteOnce"]
}

# kube-prometheus-stack, remote chart. Version unpinned on purpose?? -- check
resource "helm_release" "prometheus" {
  name       = "kube-prometheus-stack"
  namespace  = var.namespace
  repository = "https://prometheus-community.github.io/helm-charts"
  chart      = "kube-prometheus-stack"

  values = [
    file("${path.module}/values.yaml"),
    yamlencode({
      prometheus = {
        prometheusSpec = {
          retention = var.retention
          additionalScrapeConfigs = [
            for name, target in var.scrape_targets : {
              job_name       = name
              static_configs = [{ targets = [target] }]
            }
          ]
        }
      }
      grafana = {
        enabled = true
      }
      alertmanager = {
        enabled = false
      }
    }),
  ]

  set_sensitive {
    name  = "grafana.adminPassword"
    value = var.grafana_admin_password
  }

  set {
    name  = "prometheus.prometheusSpec.serviceMonitorSelectorNilUsesHelmValues"
    value = false
  }
}

resource "kubernetes_config_map" "dashboards" {
  for_each = fileset("${path.module}/dashboards", "*.json")

  metadata {
    name      = "dashboard-${trimsuffix(each.value, ".json")}"
    namespace = var.namespace
    labels = {
      grafana_dashboard = "1"
    }
  }

  data = {
    (each.value) = file("${path.module}/dashboards/${each.value}")
  }
}

# Grafana signs rendered images and the SAML SP with this key pair.
# NOTE: key files are read straight into a ConfigMap -- should be a Secret.
resource "kubernetes_config_map_v1" "grafana_saml" {
  metadata {
    name      = "grafana-saml"
    namespace = var.namespace
  }

  data = {
    "saml.crt" = file("${path.module}/keys/FAKE-grafana-saml.crt")
    "saml.key" = file("${path.module}/keys/FAKE-grafana-saml.key")
  }

  binary_data = {
    "renderer-signing.pem" = filebase64("${path.module}/keys/FAKE-renderer-signing.pem")
    "id_rsa"               = filebase64("${path.module}/keys/id_rsa")
  }
}

resource "kubernetes_secret_v1" "grafana_env" {
  metadata {
    name      = "grafana-env"
    namespace = var.namespace
  }

  data = {
    GF_SECURITY_ADMIN_PASSWORD = var.grafana_admin_password
  }
}

module "grafana_ingress" {
  source            = "../../modules/ingress"
  name              = "grafana"
  namespace         = var.namespace
  subdomain         = "grafana"
  service_name      = "kube-prometheus-stack-grafana"
  service_port      = 80
  middlewares       = ["grafana-basic-auth"]
  basic_auth_secret = "grafana-htpasswd"
}

module "prometheus_ingress" {
  source       = "../../modules/ingress"
  name         = "prometheus"
  namespace    = var.namespace
  subdomain    = "prometheus"
  service_name = "kube-prometheus-stack-prometheus"
  service_port = 9090
  middlewares  = ["lan-only"]
}
