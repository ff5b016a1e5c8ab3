# Nothing reaches the tools namespace but Traefik; pods talk out only to DNS and what they need.
resource "kubernetes_network_policy_v1" "default_deny" {
  metadata {
    name      = "default-deny"
    namespace = local.namespace
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress", "Egress"]
  }
}

resource "kubernetes_network_policy_v1" "from_traefik" {
  metadata {
    name      = "from-traefik"
    namespace = local.namespace
  }
  spec {
    pod_selector {
      match_expressions {
        key      = "app.kubernetes.io/name"
        operator = "In"
        values   = ["wiki", "linkding"]
      }
    }
    policy_types = ["Ingress"]
    ingress {
      from {
        namespace_selector {
          match_labels = {
            "kubernetes.io/metadata.name" = "kube-system"
          }
        }
        pod_selector {
          match_labels = {
            "app.kubernetes.io/name" = "traefik"
          }
        }
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "egress" {
  metadata {
    name      = "egress"
    namespace = local.namespace
  }
  spec {
    pod_selector {}
    policy_types = ["Egress"]

    egress {
      to {
        namespace_selector {}
        pod_selector {
          match_labels = { "k8s-app" = "kube-dns" }
        }
      }
      ports {
        port     = "53"
        protocol = "UDP"
      }
    }

    # The NAS (NFS, Git over SSH) and HTTPS to the internet for feeds and images.
    dynamic "egress" {
      for_each = {
        nas   = { cidr = "192.168.1.10/32", ports = ["2049", "22"] }
        https = { cidr = "0.0.0.0/0", ports = ["443"] }
      }
      content {
        to {
          ip_block {
            cidr   = egress.value.cidr
            except = egress.key == "https" ? ["10.0.0.0/8", "192.168.0.0/16"] : null
          }
        }
        dynamic "ports" {
          for_each = egress.value.ports
          content {
            port     = ports.value
            protocol = "TCP"
          }
        }
      }
    }
  }
}
