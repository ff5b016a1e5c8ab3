# Exec and attach granted in Terraform rule blocks; the binding in the same stack sets the scope.
resource "kubernetes_role_v1" "oncall" {
  metadata {
    name      = "oncall-debug"
    namespace = "payments"
  }
  rule {
    api_groups = [""]
    resources  = ["pods", "pods/log"]
    verbs      = ["get", "list"]
  }
  rule {
    api_groups = [""]
    resources  = ["pods/exec", "pods/attach"] # expect: rbac-pod-exec "Role/payments/oncall-debug can run commands in existing pods (pods/exec: create; pods/attach: create) in namespace payments"
    verbs      = ["create"]
  }
}

resource "kubernetes_role_binding_v1" "oncall" {
  metadata {
    name      = "oncall-debug"
    namespace = "payments"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Role"
    name      = kubernetes_role_v1.oncall.metadata[0].name
  }
  subject {
    kind      = "Group"
    name      = "oncall"
    api_group = "rbac.authorization.k8s.io"
  }
}

# get alone reaches exec over WebSocket; the verbs come from a local.
locals {
  read_only = ["get", "list", "watch"]
}

resource "kubernetes_cluster_role_v1" "support" {
  metadata {
    name = "tf-support"
  }
  rule {
    api_groups = [""]
    resources  = ["pods/exec"] # expect: rbac-pod-exec "ClusterRole/tf-support can run commands in existing pods (pods/exec: get)"
    verbs      = local.read_only
  }
  rule {
    api_groups = [""]
    resources  = ["pods/log"]
    verbs      = local.read_only
  }
}

# The built-in admin role bound from Terraform: on the role_ref's name.
resource "kubernetes_role_binding_v1" "team_admin" {
  metadata {
    name      = "tf-team-admin"
    namespace = "payments"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "admin" # expect: rbac-pod-exec "RoleBinding/payments/tf-team-admin binds the built-in ClusterRole admin, which can exec into every pod in namespace payments, to ServiceAccount ci/release-bot"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "release-bot"
    namespace = "ci"
  }
}
