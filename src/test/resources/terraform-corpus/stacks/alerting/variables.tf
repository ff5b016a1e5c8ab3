variable "namespace" {
  type    = string
  default = "monitoring"
}

variable "probe_targets" {
  description = "Public endpoints probed by blackbox-exporter, by service."
  type        = map(string)
}

variable "backup_max_age_hours" {
  type    = number
  default = 26
}

variable "nfs_server" {
  type    = string
  default = "nas.lan"
}

variable "alert_receivers" {
  type = list(object({
    name  = string
    topic = string
  }))
  default = []
}
