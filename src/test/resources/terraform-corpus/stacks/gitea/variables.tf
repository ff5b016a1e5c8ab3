variable "kubeconfig" {
  type    = string
  default = "~/.kube/config"
}

variable "namespace" {
  type    = string
  default = "gitea"
}

variable "domain" {
  type    = string
  default = "example.net"
}

variable "chart_version" {
  type    = string
  default = "10.4.1"
}

variable "ssh_ip" {
  description = "MetalLB address for git+ssh"
  type        = string
  default     = "192.168.1.241"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

variable "runner_token" {
  type      = string
  sensitive = true
  default   = ""
}

variable "runner_labels" {
  type    = list(string)
  default = ["ubuntu-latest:docker://node:20-bookworm", "alpine:docker://alpine:3.20"]
}

variable "enable_runner" {
  type    = bool
  default = true
}
