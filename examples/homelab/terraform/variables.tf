variable "kubeconfig_path" {
  description = "Kubeconfig of the k3s cluster (copied from /etc/rancher/k3s/k3s.yaml)."
  type        = string
  default     = "~/.kube/config"
}

variable "kube_context" {
  type    = string
  default = "homelab"
}

variable "domain" {
  description = "Public zone; every ingress host is <name>.<domain>."
  type        = string
  default     = "example.net"
}

variable "nfs_server" {
  description = "The NAS exporting /volume1 over NFSv4."
  type        = string
  default     = "nas.lan"
}

variable "timezone" {
  type    = string
  default = "Europe/Berlin"
}

variable "wiki_image" {
  description = "Wiki.js image; Renovate bumps it in terraform.tfvars."
  type        = string
  default     = "ghcr.io/requarks/wiki:2.5.304"
}

variable "podcast_fetch_tag" {
  description = "Tag of the podcast fetcher, built by CI from the tools repository."
  type        = string
  default     = "latest"
}

variable "linkding_tag" {
  type    = string
  default = "1.36.0"
}

variable "headlamp_chart_version" {
  type    = string
  default = "0.25.0"
}
