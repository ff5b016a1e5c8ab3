# A module called once per application: each call is its own Deployment, named in the finding.
variable "name" {}
variable "image" {}

resource "kubernetes_deployment_v1" "this" {
  metadata {
    name      = var.name
    namespace = "apps"
  }
  spec {
    template {
      spec {
        container {
          name  = var.name
          image = var.image # expect: image-tag-mutable "(module.blog)" # expect: image-tag-mutable "(module.shop)"
        }
      }
    }
  }
}
