# One ingress per app through the shared factory; only the public ones leave the LAN.
module "ingress" {
  source   = "../../modules/ingress"
  for_each = var.apps

  name         = each.key
  namespace    = kubernetes_namespace_v1.media.metadata[0].name
  domain       = var.domain
  subdomain    = each.key
  service_name = kubernetes_service_v1.app[each.key].metadata[0].name
  service_port = 80
  middlewares  = each.value.public ? ["crowdsec"] : ["lan-only"]
}
