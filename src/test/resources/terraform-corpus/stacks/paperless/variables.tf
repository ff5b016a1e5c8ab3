variable "namespace" {
  type    = string
  default = "paperless"
}

variable "image" {
  type    = string
  default = "ghcr.io/paperless-ngx/paperless-ngx:2.11.6"
}

variable "enable_tika" {
  description = "Run Tika + Gotenberg for Office documents"
  type        = bool
  default     = true
}

variable "ocr_languages" {
  type    = list(string)
  default = ["deu", "eng"]
}

variable "secret_key" {
  type      = string
  sensitive = true
}

variable "consume_share" {
  type    = string
  default = "/volume1/scans/inbox"
}
