variable "namespace" {
  type    = string
  default = "nextcloud"
}

variable "image" {
  type    = string
  default = "nextcloud:29.0.4-apache"
}

variable "replicas" {
  type    = number
  default = 1
}

variable "domain" {
  type = string
}

variable "trusted_proxies" {
  type    = list(string)
  default = ["10.42.0.0/16"]
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "php_settings" {
  type = map(string)
  default = {
    PHP_MEMORY_LIMIT  = "1G"
    PHP_UPLOAD_LIMIT  = "16G"
    APACHE_BODY_LIMIT = "0"
    NEXTCLOUD_UPDATE  = "0"
    OVERWRITEPROTOCOL = "https"
  }
}
