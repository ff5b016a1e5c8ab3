variable "namespace" {
  type    = string
  default = "databases"
}

variable "postgres_image" {
  type    = string
  default = "postgres:16.4-bookworm"
}

variable "databases" {
  description = "Application databases; one role per database, same name"
  type        = set(string)
  default     = ["nextcloud", "gitea", "immich", "paperless"]
}

variable "client_namespaces" {
  type    = list(string)
  default = ["nextcloud", "gitea", "immich", "paperless"]
}

variable "storage_size" {
  type    = string
  default = "100Gi"
}

variable "backup_keep_days" {
  type    = number
  default = 7
}
