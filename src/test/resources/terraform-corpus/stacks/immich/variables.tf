variable "namespace" {
  type    = string
  default = "immich"
}

variable "immich_version" {
  type    = string
  default = "v1.112.1"
}

variable "components" {
  description = "Immich components and their sizing"
  type = map(object({
    image    = string
    port     = number
    cpu      = string
    memory   = string
    replicas = optional(number, 1)
    gpu      = optional(bool, false)
    mounts   = optional(list(string), [])
  }))
  default = {
    server = {
      image  = "ghcr.io/immich-app/immich-server"
      port   = 2283
      cpu    = "500m"
      memory = "1Gi"
      mounts = ["library", "external"]
    }
    machine-learning = {
      image  = "ghcr.io/immich-app/immich-machine-learning"
      port   = 3003
      cpu    = "1"
      memory = "2Gi"
      gpu    = true
      mounts = ["model-cache"]
    }
  }
}

variable "nfs_shares" {
  type = map(object({
    path      = string
    read_only = bool
  }))
  default = {
    library     = { path = "/volume1/photos/immich", read_only = false }
    external    = { path = "/volume1/photos/archive", read_only = true }
    model-cache = { path = "/volume1/k8s/immich/model-cache", read_only = false }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}
