resource "helm_release" "uptime_kuma" {
  name      = "uptime-kuma"
  namespace = var.namespace
  chart     = "${path.module}/charts/uptime-kuma"

  values = [
    yamlencode({
      replicaCount = 1
      image = {
        tag = "1.23.13-debian"
      }
      monitors = [for h in var.monitors : { name = h, type = "ping", hostname = h }]
    }),
  ]

  set = [
    {
      name  = "nfs.server"
      value = "192.168.1.10"
    },
    {
      name  = "nfs.path"
      value = "/volume1/k8s/uptime-kuma"
      type  = "string"
    },
  ]

  set_sensitive = [
    {
      name  = "notifications.ntfy.token"
      value = "changeme-not-real"
    },
  ]

  set_list = [
    {
      name  = "extraHosts"
      value = ["nas.lan", "router.lan"]
    },
  ]
}

# Second instance for the status page, relative chart path without path.module
resource "helm_release" "status_page" {
  name      = "status-page"
  namespace = var.namespace
  chart     = "./charts/uptime-kuma"

  set = [{ name = "replicaCount", value = "1" }]
}

resource "kubernetes_pod_disruption_budget_v1" "uptime_kuma" {
  metadata {
    name      = "uptime-kuma"
    namespace = var.namespace
  }
  spec {
    min_available = 1
    selector {
      match_labels = {
        app = "uptime-kuma"
      }
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "uptime-kuma"
  namespace    = var.namespace
  subdomain    = "status"
  service_name = "uptime-kuma"
  service_port = 3001
}
