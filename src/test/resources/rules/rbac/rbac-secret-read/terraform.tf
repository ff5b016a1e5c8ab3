# Secret reads granted in Terraform, with the bindings that decide their scope.
resource "kubernetes_cluster_role_v1" "external_secrets" {
  metadata {
    name = "external-secrets-reader"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"] # expect: rbac-secret-read "ClusterRole/external-secrets-reader can read Secrets (get, list, watch) cluster-wide (ClusterRoleBinding/external-secrets-reader)"
    verbs      = ["get", "list", "watch"]
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_cluster_role_binding_v1" "external_secrets" {
  metadata {
    name = "external-secrets-reader"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.external_secrets.metadata[0].name
  }
  subject {
    kind      = "ServiceAccount"
    name      = "external-secrets"
    namespace = "external-secrets"
  }
}

# Named Secrets are the narrow form: silent.
resource "kubernetes_role_v1" "tls_reader" {
  metadata {
    name      = "tls-reader"
    namespace = "ingress"
  }
  rule {
    api_groups     = [""]
    resources      = ["secrets"]
    resource_names = ["wildcard-tls"]
    verbs          = ["get"]
  }
}

# Only names, no data: watch alone still streams the Secrets' contents.
variable "watch_verbs" {
  default = ["watch"]
}

resource "kubernetes_role_v1" "secret_watcher" {
  metadata {
    name      = "secret-watcher"
    namespace = "ingress"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"] # expect: rbac-secret-read "Role/ingress/secret-watcher can read Secrets (watch) in namespace ingress (no binding in the repository): watch returns the Secrets' data"
    verbs      = var.watch_verbs
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"]
    verbs      = ["create", "delete"]
  }
}

# The built-in edit role bound in a namespace from Terraform: on the role_ref's name.
resource "kubernetes_role_binding_v1" "developers" {
  metadata {
    name      = "tf-developers"
    namespace = "staging"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "edit" # expect: rbac-secret-read "RoleBinding/staging/tf-developers binds the built-in ClusterRole edit, which reads every Secret in namespace staging, to Group developers"
  }
  subject {
    kind      = "Group"
    name      = "developers"
    api_group = "rbac.authorization.k8s.io"
  }
}

resource "kubernetes_role_binding_v1" "viewers" {
  metadata {
    name      = "tf-viewers"
    namespace = "staging"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "view"
  }
  subject {
    kind      = "Group"
    name      = "viewers"
    api_group = "rbac.authorization.k8s.io"
  }
}
