# Small self-hosted tools: a wiki, bookmarks, a podcast fetcher and the cluster dashboard.
resource "kubernetes_namespace_v1" "tools" {
  metadata {
    name = "tools"
    # Warn only for now: enforcing "restricted" waits until podcast-fetch runs as non-root.
    labels = {
      "pod-security.kubernetes.io/warn"  = "restricted"
      "pod-security.kubernetes.io/audit" = "restricted"
    }
  }
}

locals {
  namespace = kubernetes_namespace_v1.tools.metadata[0].name
  common_labels = {
    "app.kubernetes.io/part-of"    = "tools"
    "app.kubernetes.io/managed-by" = "terraform"
  }
}

resource "kubernetes_resource_quota_v1" "tools" {
  metadata {
    name      = "tools"
    namespace = local.namespace
  }
  spec {
    hard = {
      "requests.cpu"    = "2"
      "requests.memory" = "4Gi"
      "limits.memory"   = "8Gi"
      pods              = "20"
    }
  }
}

resource "kubernetes_limit_range_v1" "tools" {
  metadata {
    name      = "defaults"
    namespace = local.namespace
  }
  spec {
    limit {
      type = "Container"
      default_request = {
        cpu    = "50m"
        memory = "64Mi"
      }
      default = {
        memory = "256Mi"
      }
    }
  }
}
