# rule blocks of kubernetes_cluster_role_v1 / kubernetes_role_v1: the finding on the `*` itself,
# or on the rule block when several fields have one.
resource "kubernetes_cluster_role_v1" "platform_root" {
  metadata {
    name = "platform-root"
  }
  rule { # expect: rbac-wildcard "ClusterRole/platform-root has a rule with * in apiGroups, resources and verbs: full control of every resource"
    api_groups = ["*"]
    resources  = ["*"]
    verbs      = ["*"]
  }
}

locals {
  everything = ["*"]
}

resource "kubernetes_role_v1" "release" {
  metadata {
    name      = "release"
    namespace = "web"
  }
  rule {
    api_groups = ["apps"]
    resources  = ["deployments", "statefulsets"]
    verbs      = local.everything # expect: rbac-wildcard "Role/web/release has a rule with * in verbs (resources: deployments, statefulsets)"
  }
  rule {
    api_groups = ["networking.k8s.io"]
    resources  = ["ingresses"]
    verbs      = ["get", "list", "watch", "update"]
  }
  rule {
    api_groups = ["batch"]
    resources = [
      "jobs",
      "*", # expect: rbac-wildcard "Role/web/release has a rule with * in resources"
    ]
    verbs = ["get", "list"]
  }
}

resource "kubernetes_cluster_role" "reader" {
  metadata {
    name = "tf-reader"
  }
  rule {
    api_groups = [""]
    resources  = ["pods", "services", "configmaps"]
    verbs      = ["get", "list", "watch"]
  }
}
