output "status_url" {
  value = module.ingress.url
}

output "chart_version" {
  value = helm_release.uptime_kuma.metadata.version
}
