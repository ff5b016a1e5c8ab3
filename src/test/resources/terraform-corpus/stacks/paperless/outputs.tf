output "url" {
  value = module.ingress.url
}

output "extra_services" {
  value = [for s in kubernetes_deployment.sidecar_services : s.metadata[0].name]
}
