# read_only_root_filesystem in the container security_context block, once through a variable.
variable "read_only_root" {
  type    = bool
  default = true
}

resource "kubernetes_deployment_v1" "immich" {
  metadata {
    name      = "immich"
    namespace = "photos"
  }
  spec {
    selector {
      match_labels = { app = "immich" }
    }
    template {
      metadata {
        labels = { app = "immich" }
      }
      spec {
        container {
          name  = "server"
          image = "ghcr.io/immich-app/immich-server:v1.116.2"
          security_context {
            read_only_root_filesystem = var.read_only_root
          }
        }
        container {
          name  = "ml"
          image = "ghcr.io/immich-app/immich-machine-learning:v1.116.2"
          security_context {
            read_only_root_filesystem = false # expect: root-filesystem-writable "Container \"ml\" of Deployment/photos/immich sets readOnlyRootFilesystem: false"
          }
        }
        container {
          name  = "redis"
          image = "redis:7.4.1-alpine"
          security_context { # expect: root-filesystem-writable "Container \"redis\" of Deployment/photos/immich does not set readOnlyRootFilesystem: true"
            run_as_user = 999
          }
        }
        init_container {
          name  = "wait-for-db"
          image = "busybox:1.36.1"
        }
      }
    }
  }
}
