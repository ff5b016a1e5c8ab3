output "ssh_clone_prefix" {
  value = "git@git.${var.domain}:"
}

output "web_url" {
  value = module.ingress.url
}

output "runner_enabled" {
  value = length(kubernetes_deployment_v1.runner) > 0
}
