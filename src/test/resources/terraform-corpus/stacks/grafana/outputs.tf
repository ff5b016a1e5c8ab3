output "grafana_url" {
  value = module.grafana_ingress.url
}

output "prometheus_url" {
  value = module.prometheus_ingress.url
}

output "dashboards" {
  value = sort([for cm in kubernetes_config_map.dashboards : cm.metadata[0].name])
}
