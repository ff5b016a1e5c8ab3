# Nothing set anywhere: one finding for the pod, on its name, not one per container.
resource "kubernetes_deployment_v1" "vaultwarden" {
  metadata {
    name      = "vaultwarden" # expect: runs-as-root "Deployment/apps/vaultwarden may run as root: nothing sets runAsNonRoot: true or a non-zero runAsUser (the image decides)"
    namespace = "apps"
  }
  spec {
    selector {
      match_labels = { app = "vaultwarden" }
    }
    template {
      metadata {
        labels = { app = "vaultwarden" }
      }
      spec {
        container {
          name  = "vaultwarden"
          image = "vaultwarden/server:1.32.0"
        }
        container {
          name  = "backup"
          image = "ghcr.io/acme/sqlite-backup:0.2.0"
        }
      }
    }
  }
}

# Pod-level run_as_non_root holds for every container; one container overrides it, another
# runs as root through the provider's string-typed run_as_user, a third as a non-root user from a variable.
variable "exporter_uid" {
  default = "65534"
}

resource "kubernetes_deployment_v1" "gitea" {
  metadata {
    name      = "gitea"
    namespace = "git"
  }
  spec {
    selector {
      match_labels = { app = "gitea" }
    }
    template {
      metadata {
        labels = { app = "gitea" }
      }
      spec {
        security_context {
          run_as_non_root = true
          fs_group        = 1000
        }
        container {
          name  = "gitea"
          image = "gitea/gitea:1.22.2-rootless"
        }
        container {
          name  = "ssh"
          image = "ghcr.io/acme/ssh-gateway:1.1.0"
          security_context {
            run_as_non_root = false # expect: runs-as-root "Container \"ssh\" of Deployment/git/gitea may run as root: runAsNonRoot: false"
          }
        }
        container {
          name  = "exporter"
          image = "ghcr.io/acme/gitea-exporter:0.5.0"
          security_context {
            run_as_non_root = false
            run_as_user     = var.exporter_uid
          }
        }
      }
    }
  }
}

# Root asked for at the pod level; a container-level run_as_user overrides it for one container.
resource "kubernetes_stateful_set_v1" "plex" {
  metadata {
    name      = "plex"
    namespace = "media"
  }
  spec {
    service_name = "plex"
    selector {
      match_labels = { app = "plex" }
    }
    template {
      metadata {
        labels = { app = "plex" }
      }
      spec {
        security_context {
          run_as_user = "0" # expect: runs-as-root "Container \"plex\" of StatefulSet/media/plex runs as root (runAsUser: 0 in the pod securityContext)"
        }
        container {
          name  = "plex"
          image = "plexinc/pms-docker:1.41.0.8992-8463ad060"
        }
        container {
          name  = "tautulli"
          image = "ghcr.io/tautulli/tautulli:v2.14.5"
          security_context {
            run_as_user = 1000
          }
        }
      }
    }
  }
}

# Bare pods and Jobs are workloads too; the unsuffixed resource names translate alike.
resource "kubernetes_pod_v1" "toolbox" {
  metadata {
    name      = "tf-toolbox" # expect: runs-as-root "Pod/ops/tf-toolbox may run as root: nothing sets runAsNonRoot: true or a non-zero runAsUser (the image decides)"
    namespace = "ops"
  }
  spec {
    container {
      name    = "toolbox"
      image   = "nicolaka/netshoot:v0.13"
      command = ["sleep", "infinity"]
    }
  }
}

resource "kubernetes_job_v1" "seed" {
  metadata {
    name      = "tf-seed"
    namespace = "ops"
  }
  spec {
    template {
      metadata {}
      spec {
        restart_policy = "Never"
        security_context {
          run_as_user  = 1000
          run_as_group = 1000
        }
        container {
          name  = "seed"
          image = "ghcr.io/acme/seed:1.0.0"
        }
      }
    }
  }
  wait_for_completion = false
}

resource "kubernetes_deployment" "legacy" {
  metadata {
    name      = "tf-legacy"
    namespace = "ops"
  }
  spec {
    selector {
      match_labels = { app = "tf-legacy" }
    }
    template {
      metadata {
        labels = { app = "tf-legacy" }
      }
      spec {
        container {
          name  = "legacy"
          image = "ghcr.io/acme/legacy:0.9.0"
          security_context {
            run_as_user = 0 # expect: runs-as-root "Container \"legacy\" of Deployment/ops/tf-legacy runs as root (runAsUser: 0)"
          }
        }
      }
    }
  }
}
