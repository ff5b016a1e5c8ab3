variable "kubeconfig" {
  type    = string
  default = "~/.kube/k3s-homelab.yaml"
}

variable "kube_context" {
  type    = string
  default = "default"
}

variable "domain" {
  type    = string
  default = "example.net"
}

variable "acme_email" {
  type    = string
  default = "admin@example.net"
}

variable "apps" {
  description = "Namespaces for applications, with their pod-security level"
  type = map(object({
    psa_level = optional(string, "baseline")
    quota_cpu = optional(string)
    quota_mem = optional(string)
  }))
  default = {
    nextcloud      = { psa_level = "baseline", quota_cpu = "4", quota_mem = "8Gi" }
    vaultwarden    = { psa_level = "restricted" }
    gitea          = {}
    immich         = { quota_mem = "12Gi" }
    monitoring     = { psa_level = "privileged" }
    media          = {}
    paperless      = {}
    home-assistant = { psa_level = "privileged" }
    uptime-kuma    = {}
    databases      = { psa_level = "restricted" }
  }
}

variable "admins" {
  type    = list(string)
  default = ["alice", "bob"]
}

variable "traefik_replicas" {
  type    = number
  default = 2
}
