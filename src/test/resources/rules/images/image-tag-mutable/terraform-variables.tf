# Images from variables, locals and templates: evaluated, and reported on the line that uses them.
variable "web_image" {
  type    = string
  default = "nginx:latest"
}

variable "registry" {
  default = "ghcr.io/acme"
}

variable "api_tag" {
  default = "2.4.1"
}

locals {
  worker_image = "${var.registry}/worker"
}

resource "kubernetes_deployment_v1" "from_variables" {
  metadata {
    name      = "from-variables"
    namespace = "edge"
  }
  spec {
    template {
      spec {
        container {
          name  = "web"
          image = var.web_image # expect: image-tag-mutable "\"latest\""
        }
        container {
          name  = "api"
          image = "${var.registry}/api:${var.api_tag}"
        }
        container {
          name  = "worker"
          image = local.worker_image # expect: image-tag-mutable "worker"
        }
        container {
          name  = "sidecar"
          image = data.external.images.result.sidecar
        }
      }
    }
  }
}
