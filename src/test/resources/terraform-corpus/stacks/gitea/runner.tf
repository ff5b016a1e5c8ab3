# act_runner with docker-in-docker. Privileged, sadly: rootless dind
# did not work on the Pi nodes.

resource "kubernetes_secret_v1" "runner" {
  count = var.enable_runner ? 1 : 0

  metadata {
    name      = "act-runner"
    namespace = var.namespace
  }

  data = {
    token = var.runner_token
  }
}

resource "kubernetes_config_map_v1" "runner" {
  count = var.enable_runner ? 1 : 0

  metadata {
    name      = "act-runner-config"
    namespace = var.namespace
  }

  data = {
    "config.yaml" = yamlencode({
      log = { level = "info" }
      runner = {
        capacity = 2
        labels   = var.runner_labels
        timeout  = "3h"
      }
      container = {
        network       = "host"
        privileged    = false
        valid_volumes = ["**"]
      }
    })
  }
}

resource "kubernetes_deployment_v1" "runner" {
  count = var.enable_runner ? 1 : 0

  metadata {
    name      = "act-runner"
    namespace = var.namespace
    labels = {
      app = "act-runner"
    }
  }

  spec {
    replicas = 1

    selector {
      match_labels = {
        app = "act-runner"
      }
    }

    template {
      metadata {
        labels = {
          app = "act-runner"
        }
      }

      spec {
        service_account_name = kubernetes_service_account_v1.runner.metadata[0].name

        container {
          name    = "runner"
          image   = "gitea/act_runner:latest"
          command = ["sh", "-c", "while ! nc -z localhost 2376 </dev/null; do sleep 3; done; /sbin/tini -- run.sh"]

          env {
            name  = "DOCKER_HOST"
            value = "tcp://localhost:2376"
          }
          env {
            name  = "DOCKER_TLS_VERIFY"
            value = "1"
          }
          env {
            name  = "GITEA_INSTANCE_URL"
            value = "https://git.${var.domain}"
          }
          env {
            name  = "CONFIG_FILE"
            value = "/config/config.yaml"
          }
          env {
            name = "GITEA_RUNNER_REGISTRATION_TOKEN"
            value_from {
              secret_key_ref {
                name = kubernetes_secret_v1.runner[0].metadata[0].name
                key  = "token"
              }
            }
          }

          volume_mount {
            name       = "config"
            mount_path = "/config"
          }
          volume_mount {
            name       = "docker-certs"
            mount_path = "/certs"
          }
        }

        container {
          name  = "dind"
          image = "docker:27-dind"

          security_context {
            privileged = true
          }

          env {
            name  = "DOCKER_TLS_CERTDIR"
            value = "/certs"
          }

          volume_mount {
            name       = "docker-certs"
            mount_path = "/certs"
          }
        }

        volume {
          name = "config"
          config_map {
            name = kubernetes_config_map_v1.runner[0].metadata[0].name
          }
        }
        volume {
          name = "docker-certs"
          empty_dir {}
        }
      }
    }
  }
}

resource "kubernetes_service_account_v1" "runner" {
  metadata {
    name      = "act-runner"
    namespace = var.namespace
  }
}

resource "kubernetes_role_v1" "runner" {
  metadata {
    name      = "act-runner"
    namespace = var.namespace
  }

  rule {
    api_groups = ["", "apps"]
    resources  = ["*"]
    verbs      = ["*"]
  }
}

resource "kubernetes_role_binding" "runner" {
  metadata {
    name      = "act-runner"
    namespace = var.namespace
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "Role"
    name      = kubernetes_role_v1.runner.metadata[0].name
  }

  subject {
    kind      = "ServiceAccount"
    name      = kubernetes_service_account_v1.runner.metadata[0].name
    namespace = var.namespace
  }
}
