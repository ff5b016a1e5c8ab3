output "host" {
  value = "${kubernetes_service.postgres.metadata[0].name}.${var.namespace}.svc.cluster.local"
}

output "app_passwords" {
  value     = { for db, p in random_password.app : db => p.result }
  sensitive = true
}
