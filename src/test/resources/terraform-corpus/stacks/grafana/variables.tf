variable "namespace" {
  type    = string
  default = "monitoring"
}

variable "grafana_admin_password" {
  type      = string
  sensitive = true
}

variable "retention" {
  type    = string
  default = "15d"
}

variable "scrape_targets" {
  type = map(string)
  default = {
    nas     = "192.168.1.10:9100"
    router  = "192.168.1.1:9100"
    printer = "192.168.1.50:9100"
  }
}
