output "urls" {
  value = { for name, ingress in module.ingress : name => ingress.url }
}
