output "app_namespaces" {
  value = [for ns in kubernetes_namespace.apps : ns.metadata[0].name]
}

output "issuers" {
  value = { for k, v in kubernetes_manifest.issuer : k => v.manifest.metadata.name }
}
