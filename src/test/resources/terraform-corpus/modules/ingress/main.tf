# Ingress factory: one Ingress (networking.k8s.io/v1) plus an optional
# Traefik middleware chain per call. Called from most stacks.

locals {
  fqdn        = "${var.subdomain}.${var.domain}"
  tls_secret  = coalesce(var.tls_secret_name, "${var.name}-tls")
  middlewares = join(",", [for m in var.middlewares : "${var.namespace}-${m}@kubernetescrd"])

  base_annotations = {
    "cert-manager.io/cluster-issuer"           = var.cluster_issuer
    "traefik.ingress.kubernetes.io/router.tls" = "true"
  }

  annotations = merge(
    local.base_annotations,
    length(var.middlewares) > 0 ? { "traefik.ingress.kubernetes.io/router.middlewares" = local.middlewares } : {},
    var.extra_annotations,
  )
}

resource "kubernetes_ingress_v1" "this" {
  metadata {
    name        = var.name
    namespace   = var.namespace
    annotations = local.annotations
    labels = {
      "app.kubernetes.io/name"       = var.name
      "app.kubernetes.io/managed-by" = "terraform"
    }
  }

  spec {
    ingress_class_name = var.ingress_class

    tls {
      hosts       = concat([local.fqdn], var.extra_hosts)
      secret_name = local.tls_secret
    }

    rule {
      host = local.fqdn
      http {
        path {
          path      = var.path
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

    dynamic "rule" {
      for_each = toset(var.extra_hosts)
      content {
        host = rule.value
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
}

# Basic-auth middleware, only when the caller asks for it.
resource "kubernetes_manifest" "basic_auth" {
  count = var.basic_auth_secret != null ? 1 : 0

  manifest = {
    apiVersion = "traefik.io/v1alpha1"
    kind       = "Middleware"
    metadata = {
      name      = "${var.name}-basic-auth"
      namespace = var.namespace
    }
    spec = {
      basicAuth = {
        secret       = var.basic_auth_secret
        removeHeader = true
      }
    }
  }
}
