variable "namespace" {
  type    = string
  default = "media"
}

variable "domain" {
  type = string
}

variable "puid" {
  type    = number
  default = 1026
}

variable "apps" {
  description = "The *arr apps: image tag, port, and the media folders each one manages."
  type = map(object({
    tag     = string
    port    = number
    folders = list(string)
    public  = optional(bool, false)
  }))
}
