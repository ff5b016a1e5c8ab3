locals {
  lan_ranges = ["192.168.1.0/24", "10.42.0.0/16", "fd00::/8"]
}

resource "helm_release" "traefik" {
  name       = "traefik"
  namespace  = "traefik"
  repository = "https://traefik.github.io/charts"
  chart      = "traefik"
  # version intentionally left floating; renovate doesn't watch this repo yet

  values = [
    file("${path.module}/manifests/traefik-values.yaml"),
    yamlencode({
      deployment = {
        replicas = var.traefik_replicas
      }
      ingressRoute = {
        dashboard = {
          enabled = false
        }
      }
      providers = {
        kubernetesCRD = {
          allowCrossNamespace = true
        }
        kubernetesIngress = {
          publishedService = { enabled = true }
        }
      }
      resources = {
        requests = { cpu = "100m", memory = "128Mi" }
        limits   = { memory = "256Mi" }
      }
    }),
  ]

  # helm provider v3 style: list of objects instead of repeated blocks
  set = [
    {
      name  = "service.spec.externalTrafficPolicy"
      value = "Local"
    },
    {
      name  = "additionalArguments[0]"
      value = "--serverstransport.insecureskipverify=true"
    },
  ]
}

resource "kubernetes_manifest" "middleware_lan_only" {
  manifest = {
    apiVersion = "traefik.io/v1alpha1"
    kind       = "Middleware"
    metadata = {
      name      = "lan-only"
      namespace = "traefik"
    }
    spec = {
      ipAllowList = {
        sourceRange = local.lan_ranges
      }
    }
  }
}

resource "kubernetes_manifest" "middleware_headers" {
  manifest = {
    apiVersion = "traefik.io/v1alpha1"
    kind       = "Middleware"
    metadata = {
      name      = "secure-headers"
      namespace = "traefik"
    }
    spec = {
      headers = {
        stsSeconds           = 31536000
        stsIncludeSubdomains = true
        frameDeny            = true
        contentTypeNosniff   = true
        customResponseHeaders = {
          "X-Robots-Tag" = "noindex, nofollow"
          "Server"       = ""
        }
      }
    }
  }
}

resource "kubernetes_manifest" "dashboard" {
  manifest   = yamldecode(file("${path.module}/manifests/traefik-dashboard.yaml"))
  depends_on = [helm_release.traefik]
}
