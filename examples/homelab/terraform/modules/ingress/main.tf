# One Traefik ingress per service, with a cert-manager certificate unless tls = false.
resource "kubernetes_ingress_v1" "this" {
  metadata {
    name      = var.name
    namespace = var.namespace
    annotations = merge(
      { "traefik.ingress.kubernetes.io/router.middlewares" = join(",", var.middlewares) },
      var.tls ? { "cert-manager.io/cluster-issuer" = var.cluster_issuer } : {},
    )
  }

  spec {
    ingress_class_name = "traefik"

    dynamic "tls" {
      for_each = var.tls ? [var.host] : []
      content {
        hosts       = [tls.value]
        secret_name = "${var.name}-tls"
      }
    }

    rule {
      host = var.host
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = var.service_name
              port {
                number = var.service_port
              }
            }
          }
        }
      }
    }
  }
}
