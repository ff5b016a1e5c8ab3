variable "name" {
  type = string
}

variable "namespace" {
  type = string
}

variable "size" {
  type    = string
  default = "10Gi"
}

variable "server" {
  description = "NFS server; the Synology answers on both names"
  type        = string
  default     = "nas.lan"
}

variable "export_root" {
  type    = string
  default = "/volume1/k8s"
}

variable "export_path" {
  description = "Full export path; overrides export_root/<namespace>/<name> when set"
  type        = string
  default     = ""
}

variable "access_modes" {
  type    = list(string)
  default = ["ReadWriteMany"]
}

variable "read_only" {
  type    = bool
  default = false
}
