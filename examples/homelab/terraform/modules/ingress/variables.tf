variable "name" {
  description = "Name of the Ingress and of its certificate Secret."
  type        = string
}

variable "namespace" {
  type = string
}

variable "host" {
  type = string
}

variable "service_name" {
  type = string
}

variable "service_port" {
  type    = number
  default = 80
}

variable "tls" {
  description = "Request a certificate from cert-manager and serve HTTPS."
  type        = bool
  default     = true
}

variable "cluster_issuer" {
  type    = string
  default = "letsencrypt-prod"
}

variable "middlewares" {
  description = "Traefik middlewares, as namespace-name@kubernetescrd."
  type        = list(string)
  default     = ["tools-security-headers@kubernetescrd"]
}
