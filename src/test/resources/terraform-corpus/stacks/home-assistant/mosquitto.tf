resource "kubernetes_config_map" "mosquitto" {
  count = var.use_mqtt ? 1 : 0

  metadata {
    name      = "mosquitto"
    namespace = var.namespace
  }

  data = {
    "mosquitto.conf" = <<EOF
listener 1883
allow_anonymous false
password_file /mosquitto/config/passwd
persistence true
persistence_location /mosquitto/data/
EOF
  }
}

resource "kubernetes_deployment_v1" "mosquitto" {
  count = var.use_mqtt ? 1 : 0

  metadata {
    name      = "mosquitto"
    namespace = var.namespace
  }

  spec {
    replicas = 1

    selector {
      match_labels = { app = "mosquitto" }
    }

    template {
      metadata {
        labels = { app = "mosquitto" }
      }

      spec {
        container {
          name  = "mosquitto"
          image = "eclipse-mosquitto:2.0.18"

          port {
            container_port = 1883
          }

          volume_mount {
            name       = "config"
            mount_path = "/mosquitto/config/mosquitto.conf"
            sub_path   = "mosquitto.conf"
          }
        }

        volume {
          name = "config"
          config_map {
            name = kubernetes_config_map.mosquitto[0].metadata[0].name
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "mosquitto" {
  count = var.use_mqtt ? 1 : 0

  metadata {
    name      = "mosquitto"
    namespace = var.namespace
  }

  spec {
    type     = "NodePort"
    selector = { app = "mosquitto" }
    port {
      port      = 1883
      node_port = 31883
    }
  }
}
