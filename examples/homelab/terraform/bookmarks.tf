# linkding, from the small chart kept next to this stack (charts/linkding).
resource "helm_release" "bookmarks" {
  name      = "bookmarks"
  namespace = local.namespace
  chart     = "${path.module}/charts/linkding"

  values = [file("${path.module}/values/bookmarks.yaml")]

  set {
    name  = "image.tag"
    value = var.linkding_tag
  }

  atomic  = true
  timeout = 300
}

module "bookmarks_ingress" {
  source = "./modules/ingress"

  name         = "bookmarks"
  namespace    = local.namespace
  host         = "bookmarks.${var.domain}"
  service_name = "bookmarks-linkding"
  # LAN only: the router does not forward this host, so no certificate is requested.
  tls = false
}
