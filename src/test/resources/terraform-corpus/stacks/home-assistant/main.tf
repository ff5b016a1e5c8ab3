/*
  Home Assistant on the NUC with the Zigbee stick passed through.
  host_network is needed for mDNS / HomeKit discovery.
*/

resource "kubernetes_config_map_v1" "config" {
  metadata {
    name      = "home-assistant-config"
    namespace = var.namespace
  }

  data = {
    "configuration.yaml" = templatefile("${path.module}/templates/configuration.yaml.tftpl", {
      latitude         = var.latitude
      longitude        = var.longitude
      trusted_networks = var.trusted_networks
      use_mqtt         = var.use_mqtt
    })

    # inline template directives in a heredoc
    "automations.yaml" = <<-EOT
      - alias: Lights off at midnight
        trigger:
          - platform: time
            at: "00:00:00"
        action:
          - service: light.turn_off
            target:
              area_id: living_room
      %{~if var.use_mqtt~}
      - alias: Zigbee bridge watchdog
        trigger:
          - platform: state
            entity_id: binary_sensor.zigbee2mqtt_bridge_connection_state
            to: "off"
            for: "00:05:00"
        action:
          - service: notify.mobile_app_phone
            data:
              message: "Zigbee bridge offline"
      %{~endif~}
    EOT

    "secrets.yaml" = "mqtt_password: !env_var MQTT_PASSWORD"
  }
}

resource "kubernetes_stateful_set_v1" "home_assistant" {
  metadata {
    name      = "home-assistant"
    namespace = var.namespace
    labels = {
      app = "home-assistant"
    }
  }

  spec {
    service_name = "home-assistant"
    replicas     = 1

    selector {
      match_labels = {
        app = "home-assistant"
      }
    }

    template {
      metadata {
        labels = {
          app = "home-assistant"
        }
      }

      spec {
        host_network = true
        dns_policy   = "ClusterFirstWithHostNet"
        node_name    = var.node_name

        container {
          name  = "home-assistant"
          image = "ghcr.io/home-assistant/home-assistant:${var.ha_version}"

          security_context {
            privileged = var.zigbee_device != ""
            capabilities {
              add = ["NET_ADMIN", "NET_RAW"]
            }
          }

          port {
            container_port = 8123
          }

          volume_mount {
            name       = "config"
            mount_path = "/config"
          }
          volume_mount {
            name       = "ha-config"
            mount_path = "/config/configuration.yaml"
            sub_path   = "configuration.yaml"
          }
          volume_mount {
            name       = "ha-config"
            mount_path = "/config/automations.yaml"
            sub_path   = "automations.yaml"
          }

          dynamic "volume_mount" {
            for_each = var.zigbee_device != "" ? [var.zigbee_device] : []
            content {
              name       = "zigbee"
              mount_path = "/dev/ttyUSB0"
            }
          }
        }

        volume {
          name = "ha-config"
          config_map {
            name = kubernetes_config_map_v1.config.metadata[0].name
          }
        }

        dynamic "volume" {
          for_each = var.zigbee_device != "" ? [var.zigbee_device] : []
          content {
            name = "zigbee"
            host_path {
              path = volume.value
              type = "CharDevice"
            }
          }
        }
      }
    }

    volume_claim_template {
      metadata {
        name = "config"
      }
      spec {
        access_modes       = ["ReadWriteOnce"]
        storage_class_name = "local-path"
        resources {
          requests = {
            storage = "5Gi"
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "home_assistant" {
  metadata {
    name      = "home-assistant"
    namespace = var.namespace
  }
  spec {
    selector = { app = "home-assistant" }
    port {
      port        = 8123
      target_port = 8123
    }
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "home-assistant"
  namespace    = var.namespace
  subdomain    = "home"
  service_name = kubernetes_service_v1.home_assistant.metadata[0].name
  service_port = 8123
  middlewares  = ["lan-only"]
}
