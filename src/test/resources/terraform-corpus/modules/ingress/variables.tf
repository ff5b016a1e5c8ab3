variable "name" {
  description = "Name of the Ingress object"
  type        = string
}

variable "namespace" {
  type = string
}

variable "domain" {
  type    = string
  default = "example.net"
}

variable "subdomain" {
  description = "Host part, e.g. \"cloud\" for cloud.example.net"
  type        = string
}

variable "extra_hosts" {
  type    = list(string)
  default = []
}

variable "path" {
  type    = string
  default = "/"
}

variable "service_name" {
  type = string
}

variable "service_port" {
  type    = number
  default = 80
}

variable "ingress_class" {
  type    = string
  default = "traefik"
}

variable "cluster_issuer" {
  type    = string
  default = "letsencrypt-prod"
}

variable "tls_secret_name" {
  type    = string
  default = null
}

variable "middlewares" {
  description = "Traefik middlewares (same namespace) applied to the router"
  type        = list(string)
  default     = []
}

variable "extra_annotations" {
  type    = map(string)
  default = {}
}

variable "basic_auth_secret" {
  description = "Name of a Secret holding htpasswd users; null disables basic auth"
  type        = string
  default     = null
}
