# A workload factory: each call is its own Deployment, checked with the call's arguments.
variable "name" {}
variable "image" {}
variable "read_only_root" {
  type    = bool
  default = true
}

resource "kubernetes_deployment_v1" "this" {
  metadata {
    name      = var.name
    namespace = "apps"
  }
  spec {
    selector {
      match_labels = { app = var.name }
    }
    template {
      metadata {
        labels = { app = var.name }
      }
      spec {
        container {
          name  = var.name
          image = var.image
          security_context {
            read_only_root_filesystem = var.read_only_root # expect: root-filesystem-writable "Container \"uptime-kuma\" of Deployment/apps/uptime-kuma sets readOnlyRootFilesystem: false (module.uptime_kuma)"
          }
        }
      }
    }
  }
}
