# port { host_port = … } blocks; the DNS port comes from a variable.
variable "dns_port" {
  default = 53
}

resource "kubernetes_deployment_v1" "pihole" {
  metadata {
    name      = "pihole"
    namespace = "dns"
  }
  spec {
    selector {
      match_labels = { app = "pihole" }
    }
    template {
      metadata {
        labels = { app = "pihole" }
      }
      spec {
        container {
          name  = "pihole"
          image = "pihole/pihole:2024.07.0"
          port {
            name           = "dns-udp"
            container_port = 53
            host_port      = var.dns_port # expect: host-port "Container \"pihole\" of Deployment/dns/pihole opens port 53/UDP on its node (hostPort)"
            protocol       = "UDP"
          }
          port {
            name           = "dns-tcp"
            container_port = 53
            host_port      = 53 # expect: host-port "Container \"pihole\" of Deployment/dns/pihole opens port 53 on its node (hostPort)"
          }
          port {
            name           = "http"
            container_port = 80
          }
        }
      }
    }
  }
}

# A host_network pod is host-namespace's finding, not one per port.
resource "kubernetes_daemon_set_v1" "traefik" {
  metadata {
    name      = "traefik"
    namespace = "kube-system"
  }
  spec {
    selector {
      match_labels = { app = "traefik" }
    }
    template {
      metadata {
        labels = { app = "traefik" }
      }
      spec {
        host_network = true
        container {
          name  = "traefik"
          image = "traefik:v3.1.4"
          port {
            container_port = 443
            host_port      = 443
          }
        }
      }
    }
  }
}
