# The cluster dashboard. Reached with `kubectl port-forward` only, never through an ingress.
resource "helm_release" "headlamp" {
  name       = "headlamp"
  namespace  = "kube-system"
  repository = "https://kubernetes-sigs.github.io/headlamp/"
  chart      = "headlamp"
  version    = var.headlamp_chart_version

  set {
    name  = "serviceAccount.create"
    value = "false"
  }
  set {
    name  = "serviceAccount.name"
    value = kubernetes_service_account_v1.headlamp_admin.metadata[0].name
  }
}

resource "kubernetes_service_account_v1" "headlamp_admin" {
  metadata {
    name      = "headlamp-admin"
    namespace = "kube-system"
  }
}

# Everyone who can log in to the dashboard acts as this account.
resource "kubernetes_cluster_role_binding_v1" "headlamp_admin" {
  metadata {
    name = "headlamp-admin"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.headlamp_admin.metadata[0].name
    namespace = "kube-system"
  }
}
