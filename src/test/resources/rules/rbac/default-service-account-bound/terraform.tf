# A Terraform binding to the namespace's default ServiceAccount reaches every pod that names none.
resource "kubernetes_role_v1" "config_reader" {
  metadata {
    name      = "config-reader"
    namespace = "tf-apps"
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get", "list", "watch"]
  }
}

resource "kubernetes_role_binding_v1" "default_config_reader" {
  metadata {
    name      = "default-config-reader"
    namespace = "tf-apps"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Role"
    name      = kubernetes_role_v1.config_reader.metadata[0].name
  }
  subject {
    kind      = "ServiceAccount"
    name      = "default"
    namespace = "tf-apps"
  }
}

resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "tf-web" # expect: default-service-account-bound "Deployment/tf-apps/tf-web runs as ServiceAccount tf-apps/default, which RoleBinding/tf-apps/default-config-reader (Role config-reader) grants permissions"
    namespace = "tf-apps"
  }
  spec {
    selector {
      match_labels = { app = "tf-web" }
    }
    template {
      metadata {
        labels = { app = "tf-web" }
      }
      spec {
        container {
          name  = "web"
          image = "nginx:1.27.3"
        }
      }
    }
  }
}

resource "kubernetes_service_account_v1" "api" {
  metadata {
    name      = "tf-api"
    namespace = "tf-apps"
  }
  automount_service_account_token = true
}

resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "tf-api"
    namespace = "tf-apps"
  }
  spec {
    selector {
      match_labels = { app = "tf-api" }
    }
    template {
      metadata {
        labels = { app = "tf-api" }
      }
      spec {
        service_account_name = kubernetes_service_account_v1.api.metadata[0].name
        container {
          name  = "api"
          image = "ghcr.io/example/api:2.4.1"
        }
      }
    }
  }
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name      = "tf-report"
    namespace = "tf-apps"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            service_account_name = "default" # expect: default-service-account-bound "CronJob/tf-apps/tf-report runs as ServiceAccount tf-apps/default"
            restart_policy       = "OnFailure"
            container {
              name  = "report"
              image = "ghcr.io/example/report:1.0.0"
            }
          }
        }
      }
    }
  }
}
