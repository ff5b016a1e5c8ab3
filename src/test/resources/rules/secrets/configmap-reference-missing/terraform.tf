# References from a Terraform workload to Terraform ConfigMaps.
resource "kubernetes_config_map_v1" "settings" {
  metadata {
    name      = "tf-settings"
    namespace = "tf-shop"
  }
  data = {
    APP_ENV   = "production"
    LOG_LEVEL = "info"
    "app.yaml" = yamlencode({
      checkout = { enabled = true }
    })
  }
}

resource "kubernetes_deployment_v1" "shop" {
  metadata {
    name      = "tf-shop"
    namespace = "tf-shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-shop" }
    }
    template {
      metadata {
        labels = { app = "tf-shop" }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/acme/shop:5.0.1"
          env_from {
            config_map_ref {
              name = kubernetes_config_map_v1.settings.metadata[0].name
            }
          }
          env {
            name = "LOG_FORMAT"
            value_from {
              config_map_key_ref {
                name = "tf-settings"
                key  = "LOG_FORMAT" # expect: configmap-reference-missing "Container \"web\" of Deployment/tf-shop/tf-shop reads key \"LOG_FORMAT\" of ConfigMap \"tf-settings\" (env LOG_FORMAT), which has no such key"
              }
            }
          }
          volume_mount {
            name       = "app"
            mount_path = "/etc/shop"
          }
          volume_mount {
            name       = "nginx"
            mount_path = "/etc/nginx/conf.d"
          }
        }
        volume {
          name = "app"
          config_map {
            name = "tf-settings"
            items {
              key  = "app.yaml"
              path = "app.yaml"
            }
          }
        }
        volume {
          name = "nginx"
          config_map {
            name = "tf-nginx-conf" # expect: configmap-reference-missing "Deployment/tf-shop/tf-shop mounts ConfigMap \"tf-nginx-conf\" (volume \"nginx\"), which namespace tf-shop does not define"
          }
        }
      }
    }
  }
}
