# Namespaces and policies from Terraform: one finding per namespace, at its first workload.
resource "kubernetes_namespace_v1" "photos" {
  metadata {
    name = "tf-photos"
  }
}

resource "kubernetes_deployment_v1" "immich" {
  metadata {
    name      = "tf-immich" # expect: namespace-default-deny-missing "Namespace tf-photos has 1 workload (first: Deployment/tf-photos/tf-immich) but no default-deny ingress NetworkPolicy"
    namespace = kubernetes_namespace_v1.photos.metadata[0].name
  }
  spec {
    selector {
      match_labels = { app = "tf-immich" }
    }
    template {
      metadata {
        labels = { app = "tf-immich" }
      }
      spec {
        container {
          name  = "server"
          image = "ghcr.io/immich-app/immich-server:v1.116.2"
        }
      }
    }
  }
}

resource "kubernetes_namespace_v1" "notes" {
  metadata {
    name = "tf-notes"
  }
}

resource "kubernetes_deployment_v1" "memos" {
  metadata {
    name      = "tf-memos"
    namespace = kubernetes_namespace_v1.notes.metadata[0].name
  }
  spec {
    selector {
      match_labels = { app = "tf-memos" }
    }
    template {
      metadata {
        labels = { app = "tf-memos" }
      }
      spec {
        container {
          name  = "memos"
          image = "neosmemo/memos:0.22.5"
        }
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "notes_default_deny" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.notes.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}
