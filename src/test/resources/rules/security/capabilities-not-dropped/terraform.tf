# capabilities { drop = [...] } in the provider's syntax; the list comes from a local for one container.
locals {
  drop_all = ["ALL"]
}

resource "kubernetes_deployment_v1" "traefik" {
  metadata {
    name      = "traefik"
    namespace = "ingress"
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
        container {
          name  = "traefik"
          image = "traefik:v3.1.4"
          security_context {
            capabilities {
              drop = local.drop_all
              add  = ["NET_BIND_SERVICE"]
            }
          }
        }
        container {
          name  = "geoip"
          image = "ghcr.io/acme/geoip-updater:1.0.3"
          security_context {
            capabilities {
              drop = ["NET_RAW", "MKNOD"] # expect: capabilities-not-dropped "Container \"geoip\" of Deployment/ingress/traefik drops NET_RAW, MKNOD but not ALL capabilities"
            }
          }
        }
        container {
          name  = "metrics"
          image = "ghcr.io/acme/metrics-proxy:0.3.0"
          security_context { # expect: capabilities-not-dropped "Container \"metrics\" of Deployment/ingress/traefik does not drop ALL capabilities"
            run_as_non_root = true
          }
        }
        container { # expect: capabilities-not-dropped "Container \"logs\" of Deployment/ingress/traefik does not drop ALL capabilities"
          name  = "logs"
          image = "fluent/fluent-bit:3.1.4"
        }
      }
    }
  }
}
