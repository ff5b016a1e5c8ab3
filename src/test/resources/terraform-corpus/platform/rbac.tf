resource "kubernetes_cluster_role_binding" "admins" {
  metadata {
    name = "homelab-admins"
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }

  dynamic "subject" {
    for_each = var.admins
    content {
      kind      = "User"
      name      = subject.value
      api_group = "rbac.authorization.k8s.io"
    }
  }
}

# CI runner deploys from gitea actions; it should not need cluster-admin
# TODO: narrow this down once the runner only touches app namespaces
resource "kubernetes_service_account_v1" "ci_deployer" {
  metadata {
    name      = "ci-deployer"
    namespace = "gitea"
  }
  automount_service_account_token = false
}

resource "kubernetes_cluster_role_binding_v1" "ci_deployer" {
  metadata {
    name = "ci-deployer-admin"
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }

  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.ci_deployer.metadata[0].name
    namespace = kubernetes_service_account_v1.ci_deployer.metadata[0].namespace
  }
}

resource "kubernetes_cluster_role_v1" "read_only" {
  metadata {
    name = "homelab-read-only"
  }

  rule {
    api_groups = ["", "apps", "batch", "networking.k8s.io"]
    resources  = ["pods", "pods/log", "deployments", "statefulsets", "jobs", "cronjobs", "services", "ingresses"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_role_v1" "backup_reader" {
  for_each = toset(["nextcloud", "paperless", "databases"])

  metadata {
    name      = "backup-secret-reader"
    namespace = each.value
  }

  rule {
    api_groups     = [""]
    resources      = ["secrets"]
    resource_names = ["backup-credentials"]
    verbs          = ["get"]
  }

  rule {
    api_groups = [""]
    resources  = ["pods/exec"]
    verbs      = ["create"]
  }
}

resource "kubernetes_role_binding_v1" "backup_reader" {
  for_each = kubernetes_role_v1.backup_reader

  metadata {
    name      = "backup-secret-reader"
    namespace = each.key
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Role"
    name      = each.value.metadata[0].name
  }

  subject {
    kind      = "ServiceAccount"
    name      = "restic"
    namespace = "kube-system"
  }
}

/*
resource "kubernetes_cluster_role_binding" "everyone_admin" {
  metadata {
    name = "temporary-everyone"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }
  subject {
    kind      = "Group"
    name      = "system:authenticated"
    api_group = "rbac.authorization.k8s.io"
  }
}
*/
