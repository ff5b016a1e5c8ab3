# Creating controllers is creating pods: any image, any ServiceAccount of the namespace.
resource "kubernetes_role_v1" "deployer" {
  metadata {
    name      = "tf-deployer"
    namespace = "web"
  }
  rule {
    api_groups = ["apps"]
    resources  = ["deployments"] # expect: rbac-pod-create "Role/web/tf-deployer can create deployments in namespace web"
    verbs      = ["get", "list", "create", "update"]
  }
  rule {
    api_groups = ["apps"]
    resources  = ["statefulsets"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_cluster_role_v1" "batch" {
  metadata {
    name = "tf-batch"
  }
  rule {
    api_groups = ["batch"]
    resources  = ["jobs"] # expect: rbac-pod-create "ClusterRole/tf-batch can create jobs"
    verbs      = ["create"]
  }
}
