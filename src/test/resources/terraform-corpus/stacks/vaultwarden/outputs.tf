output "admin_url" {
  value = "https://vault.example.net/admin"
}
