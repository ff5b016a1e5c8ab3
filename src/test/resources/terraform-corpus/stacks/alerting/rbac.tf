resource "kubernetes_service_account_v1" "alerting" {
  metadata {
    name      = "alerting"
    namespace = var.namespace
  }
}

resource "kubernetes_cluster_role_v1" "rules_reader" {
  metadata {
    name = "prometheus-rules-reader"
  }
  rule {
    api_groups = ["monitoring.coreos.com"]
    resources  = ["prometheusrules", "servicemonitors", "probes"]
    verbs      = ["get", "list", "watch"]
  }
}

# Roles are named through references: plumb only knows them after apply.
resource "kubernetes_cluster_role_binding_v1" "rules_reader" {
  metadata {
    name = "alerting-rules-reader"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.rules_reader.metadata[0].name
  }
  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.alerting.metadata[0].name
    namespace = kubernetes_service_account_v1.alerting.metadata[0].namespace
  }
}

resource "kubernetes_role_binding_v1" "edit_silences" {
  metadata {
    name      = "alerting-edit"
    namespace = var.namespace
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = var.silence_role
  }
  dynamic "subject" {
    for_each = toset(["oncall", "family-admins"])
    content {
      kind      = "Group"
      name      = subject.value
      api_group = "rbac.authorization.k8s.io"
    }
  }
}

variable "silence_role" {
  description = "ClusterRole the on-call groups get in the monitoring namespace."
  type        = string
  default     = "edit"
}
