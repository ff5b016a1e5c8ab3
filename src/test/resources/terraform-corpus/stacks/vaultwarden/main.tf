# Vaultwarden: single replica, SQLite on NFS (yes, I know).
# Secrets are inline for now -- moving to sops is on the list.

locals {
  labels = {
    app = "vaultwarden"
  }
}

resource "kubernetes_secret" "vaultwarden" {
  metadata {
    name      = "vaultwarden-env"
    namespace = var.namespace
  }

  # FIXME: literal secrets in code, rotate after moving to sops
  data = {
    ADMIN_TOKEN   = "changeme-not-real"
    SMTP_PASSWORD = "changeme-not-real-smtp"
    SMTP_USERNAME = "vault@example.net"
  }

  type = "Opaque"
}

resource "kubernetes_secret_v1" "backup" {
  metadata {
    name      = "backup-credentials"
    namespace = var.namespace
  }

  string_data = {
    RESTIC_PASSWORD   = "changeme-not-real"
    RESTIC_REPOSITORY = "sftp:backup@nas.lan:/volume2/restic/vaultwarden"
  }
}

resource "kubernetes_stateful_set_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden"
    namespace = var.namespace
    labels    = local.labels
  }

  spec {
    service_name = "vaultwarden"
    replicas     = 1

    selector {
      match_labels = local.labels
    }

    template {
      metadata {
        labels = local.labels
      }

      spec {
        automount_service_account_token = false

        security_context {
          run_as_non_root = true
          run_as_user     = 1000
          fs_group        = 1000
          seccomp_profile {
            type = "RuntimeDefault"
          }
        }

        container {
          name  = "vaultwarden"
          image = "vaultwarden/server:${var.image_tag}"

          env {
            name  = "DOMAIN"
            value = "https://vault.example.net"
          }
          env {
            name  = "SIGNUPS_ALLOWED"
            value = tostring(var.signups_allowed)
          }
          env {
            name  = "SMTP_HOST"
            value = var.smtp_host
          }
          env {
            name  = "ROCKET_PORT"
            value = "8080"
          }

          env_from {
            secret_ref {
              name = kubernetes_secret.vaultwarden.metadata[0].name
            }
          }

          port {
            name           = "http"
            container_port = 8080
          }

          liveness_probe {
            http_get {
              path = "/alive"
              port = "http"
            }
          }

          security_context {
            allow_privilege_escalation = false
            read_only_root_filesystem  = true
            capabilities {
              drop = ["ALL"]
            }
          }

          resources {
            requests = {
              cpu    = "10m"
              memory = "64Mi"
            }
            limits = {
              cpu    = "500m"
              memory = "256Mi"
            }
          }

          volume_mount {
            name       = "data"
            mount_path = "/data"
          }
        }

        volume {
          name = "data"
          nfs {
            server = "nas.lan"
            path   = "/volume1/k8s/vaultwarden/data"
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden"
    namespace = var.namespace
  }

  spec {
    selector   = local.labels
    cluster_ip = "None"
    port {
      name        = "http"
      port        = 80
      target_port = 8080
    }
  }
}

// Still on the old beta Ingress resource, predates the ingress module.
resource "kubernetes_ingress" "vaultwarden" {
  metadata {
    name      = "vaultwarden"
    namespace = var.namespace
    annotations = {
      "kubernetes.io/ingress.class"    = "traefik"
      "cert-manager.io/cluster-issuer" = "letsencrypt-prod"
    }
  }

  spec {
    tls {
      hosts       = ["vault.example.net"]
      secret_name = "vaultwarden-tls"
    }

    rule {
      host = "vault.example.net"
      http {
        path {
          path = "/"
          backend {
            service_name = kubernetes_service_v1.vaultwarden.metadata[0].name
            service_port = 80
          }
        }
        path {
          path = "/notifications/hub"
          backend {
            service_name = "vaultwarden"
            service_port = "http"
          }
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden"
    namespace = var.namespace
  }
  spec {
    max_unavailable = "0"
    selector {
      match_labels = local.labels
    }
  }
}

resource "kubernetes_network_policy_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden"
    namespace = var.namespace
  }

  spec {
    pod_selector {
      match_labels = local.labels
    }

    policy_types = ["Ingress", "Egress"]

    ingress {
      from {
        namespace_selector {
          match_labels = {
            "kubernetes.io/metadata.name" = "traefik"
          }
        }
      }
      ports {
        port     = "8080"
        protocol = "TCP"
      }
    }

    egress {
      to {
        ip_block {
          cidr   = "0.0.0.0/0"
          except = ["192.168.0.0/16", "10.0.0.0/8"]
        }
      }
      ports {
        port     = 587
        protocol = "TCP"
      }
    }

    egress {
      ports {
        port     = 53
        protocol = "UDP"
      }
    }
  }
}
