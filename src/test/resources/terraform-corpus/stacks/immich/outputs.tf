output "services" {
  value = { for k, s in kubernetes_service_v1.component : k => "${s.metadata[0].name}.${var.namespace}.svc:${s.spec[0].port[0].port}" }
}
