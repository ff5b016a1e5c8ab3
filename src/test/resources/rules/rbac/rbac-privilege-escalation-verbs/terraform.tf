# bind, escalate and impersonate granted from Terraform.
resource "kubernetes_cluster_role_v1" "rbac_manager" {
  metadata {
    name = "tf-rbac-manager"
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["roles", "rolebindings"]
    verbs      = ["get", "list", "create", "bind"] # expect: rbac-privilege-escalation-verbs "ClusterRole/tf-rbac-manager can escalate privileges (bind roles)"
  }
  rule {
    api_groups = ["rbac.authorization.k8s.io"]
    resources  = ["clusterroles"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_cluster_role_v1" "impersonator" {
  metadata {
    name = "tf-impersonator"
  }
  rule {
    api_groups = [""]
    resources  = ["users"]
    verbs      = ["impersonate"] # expect: rbac-privilege-escalation-verbs "ClusterRole/tf-impersonator can escalate privileges (impersonate users)"
  }
}
