# allow_privilege_escalation in the container security_context block; the hardened value from a local.
locals {
  hardened = false
}

resource "kubernetes_deployment_v1" "paperless" {
  metadata {
    name      = "paperless"
    namespace = "docs"
  }
  spec {
    selector {
      match_labels = { app = "paperless" }
    }
    template {
      metadata {
        labels = { app = "paperless" }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/paperless-ngx/paperless-ngx:2.12.1"
          security_context {
            allow_privilege_escalation = local.hardened
          }
        }
        container {
          name  = "tika"
          image = "apache/tika:2.9.2.1"
          security_context { # expect: privilege-escalation-allowed "Container \"tika\" of Deployment/docs/paperless does not set allowPrivilegeEscalation: false"
            run_as_non_root = true
          }
        }
        container {
          name  = "gotenberg"
          image = "gotenberg/gotenberg:8.11.1"
          security_context {
            allow_privilege_escalation = true # expect: privilege-escalation-allowed "Container \"gotenberg\" of Deployment/docs/paperless sets allowPrivilegeEscalation: true"
          }
        }
        container { # expect: privilege-escalation-allowed "Container \"redis\" of Deployment/docs/paperless does not set allowPrivilegeEscalation: false"
          name  = "redis"
          image = "redis:7.4.1-alpine"
        }
      }
    }
  }
}

# A value nobody set is unknown: nothing is said.
variable "allow_escalation" {
  type = bool
}

resource "kubernetes_daemon_set_v1" "exporter" {
  metadata {
    name      = "node-exporter"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "node-exporter" }
    }
    template {
      metadata {
        labels = { app = "node-exporter" }
      }
      spec {
        container {
          name  = "node-exporter"
          image = "quay.io/prometheus/node-exporter:v1.8.2"
          security_context {
            allow_privilege_escalation = var.allow_escalation
          }
        }
      }
    }
  }
}

# The beta-only CronJob resource: same pod template, same check.
resource "kubernetes_cron_job" "cleanup" {
  metadata {
    name      = "tf-cleanup"
    namespace = "docs"
  }
  spec {
    schedule = "15 1 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            container {
              name  = "cleanup"
              image = "ghcr.io/acme/cleanup:1.1.0"
              security_context {
                allow_privilege_escalation = true # expect: privilege-escalation-allowed "Container \"cleanup\" of CronJob/docs/tf-cleanup sets allowPrivilegeEscalation: true"
              }
            }
          }
        }
      }
    }
  }
}
