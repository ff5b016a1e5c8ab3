# seccomp_profile blocks at pod and container level.
resource "kubernetes_deployment_v1" "home_assistant" {
  metadata {
    name      = "home-assistant" # expect: seccomp-profile-missing "Deployment/home/home-assistant has no seccomp profile"
    namespace = "home"
  }
  spec {
    selector {
      match_labels = { app = "home-assistant" }
    }
    template {
      metadata {
        labels = { app = "home-assistant" }
      }
      spec {
        container {
          name  = "home-assistant"
          image = "ghcr.io/home-assistant/home-assistant:2024.9.3"
        }
      }
    }
  }
}

locals {
  seccomp = "RuntimeDefault"
}

resource "kubernetes_stateful_set_v1" "zigbee" {
  metadata {
    name      = "zigbee2mqtt"
    namespace = "home"
  }
  spec {
    service_name = "zigbee2mqtt"
    selector {
      match_labels = { app = "zigbee2mqtt" }
    }
    template {
      metadata {
        labels = { app = "zigbee2mqtt" }
      }
      spec {
        security_context {
          seccomp_profile {
            type = local.seccomp
          }
        }
        container {
          name  = "zigbee2mqtt"
          image = "koenkk/zigbee2mqtt:1.40.1"
        }
        container {
          name  = "debug"
          image = "nicolaka/netshoot:v0.13"
          security_context {
            seccomp_profile {
              type = "Unconfined" # expect: seccomp-profile-missing "Container \"debug\" of StatefulSet/home/zigbee2mqtt disables seccomp (seccompProfile type Unconfined)"
            }
          }
        }
      }
    }
  }
}
