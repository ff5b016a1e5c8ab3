output "url" {
  value = module.ingress.url
}

output "mqtt_endpoint" {
  value = var.use_mqtt ? "mqtt://192.168.1.20:31883" : null
}
