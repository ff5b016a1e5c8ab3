output "lan_url" {
  value = "http://192.168.1.242:8096"
}

output "url" {
  value = module.ingress.url
}
