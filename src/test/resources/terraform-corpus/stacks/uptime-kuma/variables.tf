variable "namespace" {
  type    = string
  default = "uptime-kuma"
}

variable "monitors" {
  description = "Hosts that get a ping monitor out of the box"
  type        = list(string)
  default     = ["nas.lan", "192.168.1.1", "cloud.example.net"]
}
