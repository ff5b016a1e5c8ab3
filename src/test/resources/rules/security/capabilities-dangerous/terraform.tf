# capabilities { add = [...] }: one finding per dangerous capability, on the list element.
resource "kubernetes_daemon_set_v1" "wireguard" {
  metadata {
    name      = "tf-wireguard"
    namespace = "vpn"
  }
  spec {
    selector {
      match_labels = { app = "tf-wireguard" }
    }
    template {
      metadata {
        labels = { app = "tf-wireguard" }
      }
      spec {
        init_container {
          name  = "modprobe"
          image = "ghcr.io/acme/modprobe:1.0.0"
          security_context {
            capabilities {
              add = ["SYS_MODULE"] # expect: capabilities-dangerous "Init container \"modprobe\" of DaemonSet/vpn/tf-wireguard adds capability SYS_MODULE"
            }
          }
        }
        container {
          name  = "wireguard"
          image = "lscr.io/linuxserver/wireguard:1.0.20210914"
          security_context {
            capabilities {
              drop = ["ALL"]
              add = [
                "NET_ADMIN", # expect: capabilities-dangerous "Container \"wireguard\" of DaemonSet/vpn/tf-wireguard adds capability NET_ADMIN"
                "NET_BIND_SERVICE",
              ]
            }
          }
        }
      }
    }
  }
}

locals {
  debug_caps = ["SYS_PTRACE"]
}

resource "kubernetes_deployment_v1" "profiler" {
  metadata {
    name      = "profiler"
    namespace = "ops"
  }
  spec {
    selector {
      match_labels = { app = "profiler" }
    }
    template {
      metadata {
        labels = { app = "profiler" }
      }
      spec {
        container {
          name  = "profiler"
          image = "ghcr.io/acme/profiler:0.7.0"
          security_context {
            capabilities {
              add = local.debug_caps # expect: capabilities-dangerous "Container \"profiler\" of Deployment/ops/profiler adds capability SYS_PTRACE"
            }
          }
        }
        container {
          name  = "web"
          image = "ghcr.io/acme/profiler-ui:0.7.0"
          security_context {
            capabilities {
              add  = ["NET_BIND_SERVICE"]
              drop = ["ALL"]
            }
          }
        }
      }
    }
  }
}
