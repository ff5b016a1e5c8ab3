output "url" {
  value = "${var.tls ? "https" : "http"}://${var.host}/"
}
