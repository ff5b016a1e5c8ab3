variable "namespace" {
  type    = string
  default = "vaultwarden"
}

variable "image_tag" {
  type    = string
  default = "1.32.0"
}

variable "signups_allowed" {
  type    = bool
  default = false
}

variable "smtp_host" {
  type    = string
  default = "smtp.example.net"
}
