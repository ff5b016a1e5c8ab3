output "url" {
  value = module.ingress.url
}

output "data_claim" {
  value = module.data.claim_name
}
