# One namespace per app, created here so stacks can be destroyed without
# losing the namespace-level objects (quotas, limit ranges).

resource "kubernetes_namespace" "apps" {
  for_each = var.apps

  metadata {
    name = each.key
    labels = {
      "pod-security.kubernetes.io/enforce" = each.value.psa_level
      "pod-security.kubernetes.io/warn"    = "restricted"
      "homelab/managed"                    = "terraform"
    }
  }
}

resource "kubernetes_namespace_v1" "platform" {
  for_each = toset(["cert-manager", "traefik", "kube-monitoring"])

  metadata {
    name = each.value
    annotations = {
      "homelab/owner" = "platform"
    }
  }
}

resource "kubernetes_resource_quota_v1" "apps" {
  for_each = { for name, ns in var.apps : name => ns if ns.quota_cpu != null || ns.quota_mem != null }

  metadata {
    name      = "quota"
    namespace = kubernetes_namespace.apps[each.key].metadata[0].name
  }

  spec {
    hard = merge(
      each.value.quota_cpu != null ? { "limits.cpu" = each.value.quota_cpu } : {},
      each.value.quota_mem != null ? { "limits.memory" = each.value.quota_mem } : {},
    )
  }
}

resource "kubernetes_limit_range_v1" "defaults" {
  for_each = kubernetes_namespace.apps

  metadata {
    name      = "defaults"
    namespace = each.value.metadata[0].name
  }

  spec {
    limit {
      type = "Container"
      default = {
        cpu    = "500m"
        memory = "512Mi"
      }
      default_request = {
        cpu    = "50m"
        memory = "64Mi"
      }
    }
  }
}

// default-deny ingress everywhere except the platform namespaces
resource "kubernetes_network_policy_v1" "default_deny" {
  for_each = kubernetes_namespace.apps

  metadata {
    name      = "default-deny-ingress"
    namespace = each.key
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}

resource "kubernetes_network_policy_v1" "allow_traefik" {
  for_each = kubernetes_namespace.apps

  metadata {
    name      = "allow-from-traefik"
    namespace = each.key
  }

  spec {
    pod_selector {}
    policy_types = ["Ingress"]

    ingress {
      from {
        namespace_selector {
          match_labels = {
            "kubernetes.io/metadata.name" = "traefik"
          }
        }
      }
    }
  }
}
