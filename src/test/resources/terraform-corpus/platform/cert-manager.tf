resource "helm_release" "cert_manager" {
  name             = "cert-manager"
  namespace        = kubernetes_namespace_v1.platform["cert-manager"].metadata[0].name
  repository       = "https://charts.jetstack.io"
  chart            = "cert-manager"
  version          = "v1.15.3"
  create_namespace = false
  wait             = true
  timeout          = 600

  set {
    name  = "crds.enabled"
    value = "true"
  }

  set {
    name  = "prometheus.enabled"
    value = "false"
  }

  set_list {
    name  = "extraArgs"
    value = ["--dns01-recursive-nameservers-only", "--dns01-recursive-nameservers=1.1.1.1:53"]
  }
}

resource "kubernetes_secret_v1" "cloudflare_token" {
  metadata {
    name      = "cloudflare-api-token"
    namespace = "cert-manager"
  }

  data = {
    api-token = var.cloudflare_api_token
  }

  type = "Opaque"
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

# ClusterIssuers written inline: staging for testing, prod for real certificates.
resource "kubernetes_manifest" "issuer" {
  for_each = {
    staging = "https://acme-staging-v02.api.letsencrypt.org/directory"
    prod    = "https://acme-v02.api.letsencrypt.org/directory"
  }

  manifest = {
    apiVersion = "cert-manager.io/v1"
    kind       = "ClusterIssuer"
    metadata = {
      name = "letsencrypt-${each.key}"
    }
    spec = {
      acme = {
        email  = var.acme_email
        server = each.value
        privateKeySecretRef = {
          name = "letsencrypt-${each.key}-account-key"
        }
        solvers = [
          {
            dns01 = {
              cloudflare = {
                apiTokenSecretRef = {
                  name = kubernetes_secret_v1.cloudflare_token.metadata[0].name
                  key  = "api-token"
                }
              }
            }
            selector = {
              dnsZones = [var.domain]
            }
          },
        ]
      }
    }
  }

  depends_on = [helm_release.cert_manager]
}

# Internal CA for *.lan services, loaded from a YAML file kept next to the code.
resource "kubernetes_manifest" "lan_ca_issuer" {
  manifest = yamldecode(file("${path.module}/manifests/lan-ca-issuer.yaml"))

  depends_on = [helm_release.cert_manager]
}

resource "kubernetes_manifest" "wildcard_certificate" {
  manifest = {
    apiVersion = "cert-manager.io/v1"
    kind       = "Certificate"
    metadata = {
      name      = "wildcard-${replace(var.domain, ".", "-")}"
      namespace = "traefik"
    }
    spec = {
      secretName = "wildcard-tls"
      dnsNames   = [var.domain, "*.${var.domain}"]
      issuerRef = {
        name = "letsencrypt-prod"
        kind = "ClusterIssuer"
      }
    }
  }
}
