# Template directives inside a heredoc and a quoted string, and a heredoc
# holding a regular expression inside a function call.
variable "debug" {
  type    = bool
  default = false
}

variable "peers" {
  type    = list(string)
  default = ["nas.lan", "192.168.1.10"]
}

resource "kubernetes_config_map_v1" "sync" {
  metadata {
    name      = "sync"
    namespace = "kube-system"
  }

  data = {
    "peers.conf" = <<-EOT
      %{~ for peer in var.peers ~}
      peer ${peer}
      %{~ endfor ~}
    EOT
    "level"      = "%{ if var.debug }debug%{ else }info%{ endif }"
    "host_regex" = trimspace(<<-EOT
      ^https:\/\/[\w\-\.]+\/[\w\-\.\/]+$
    EOT
    )
  }
}

resource "kubernetes_daemon_set_v1" "sync" {
  metadata {
    name      = "sync"
    namespace = "kube-system"
  }

  spec {
    selector {
      match_labels = { app = "sync" }
    }

    template {
      metadata {
        labels = { app = "sync" }
      }

      spec {
        container {
          name  = "sync"
          image = "ghcr.io/example-org/sync:1.4.2"

          security_context {
            privileged = true
          }
        }
      }
    }
  }
}
