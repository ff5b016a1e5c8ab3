resource "kubernetes_cron_job" "backup" { # expect: kubernetes-resource-deprecated "kubernetes_cron_job.backup uses batch/v1beta1, removed in Kubernetes 1.25: use kubernetes_cron_job_v1"
  metadata {
    name      = "vaultwarden-backup"
    namespace = "vaultwarden"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "restic"
              image = "restic/restic:0.17.3"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "backup" {
  metadata {
    name      = "vaultwarden-backup-v1"
    namespace = "vaultwarden"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "restic"
              image = "restic/restic:0.17.3"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_ingress" "vaultwarden" { # expect: kubernetes-resource-deprecated "use kubernetes_ingress_v1"
  metadata {
    name      = "vaultwarden"
    namespace = "vaultwarden"
  }
  spec {
    rule {
      host = "vault.home.arpa"
      http {
        path {
          path = "/"
          backend {
            service_name = "vaultwarden"
            service_port = 80
          }
        }
      }
    }
  }
}

resource "kubernetes_ingress_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden-v1"
    namespace = "vaultwarden"
  }
  spec {
    rule {
      host = "vault.home.arpa"
      http {
        path {
          path = "/"
          backend {
            service {
              name = "vaultwarden"
              port {
                number = 80
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget" "postgres" { # expect: kubernetes-resource-deprecated "kubernetes_pod_disruption_budget_v1"
  metadata {
    name      = "postgres"
    namespace = "db"
  }
  spec {
    min_available = 1
    selector {
      match_labels = {
        app = "postgres"
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "postgres" {
  metadata {
    name      = "postgres-v1"
    namespace = "db"
  }
  spec {
    min_available = 1
    selector {
      match_labels = {
        app = "postgres"
      }
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2beta2" "immich" { # expect: kubernetes-resource-deprecated "autoscaling/v2beta2, removed in Kubernetes 1.26"
  metadata {
    name = "immich"
  }
  spec {
    min_replicas = 1
    max_replicas = 3
    scale_target_ref {
      kind = "Deployment"
      name = "immich"
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "immich" {
  metadata {
    name = "immich-v2"
  }
  spec {
    min_replicas = 1
    max_replicas = 3
    scale_target_ref {
      kind = "Deployment"
      name = "immich"
    }
  }
}

resource "kubernetes_pod_security_policy" "restricted" { # expect: kubernetes-resource-deprecated "Pod Security Admission"
  metadata {
    name = "restricted"
  }
  spec {
    privileged = false
    se_linux {
      rule = "RunAsAny"
    }
    run_as_user {
      rule = "MustRunAsNonRoot"
    }
    supplemental_groups {
      rule = "RunAsAny"
    }
    fs_group {
      rule = "RunAsAny"
    }
  }
}

resource "kubernetes_csi_driver" "nfs" { # expect: kubernetes-resource-deprecated "kubernetes_csi_driver_v1"
  metadata {
    name = "nfs.csi.k8s.io"
  }
  spec {
    attach_required = false
  }
}

resource "kubernetes_csi_driver_v1" "smb" {
  metadata {
    name = "smb.csi.k8s.io"
  }
  spec {
    attach_required = false
  }
}

data "kubernetes_ingress" "legacy" { # expect: kubernetes-resource-deprecated "data.kubernetes_ingress.legacy"
  metadata {
    name      = "legacy"
    namespace = "default"
  }
}

data "kubernetes_ingress_v1" "current" {
  metadata {
    name      = "current"
    namespace = "default"
  }
}

# The unsuffixed types whose API is still served are not flagged.
resource "kubernetes_horizontal_pod_autoscaler" "gitea" {
  metadata {
    name = "gitea"
  }
  spec {
    min_replicas = 1
    max_replicas = 2
    scale_target_ref {
      kind = "Deployment"
      name = "gitea"
    }
  }
}
