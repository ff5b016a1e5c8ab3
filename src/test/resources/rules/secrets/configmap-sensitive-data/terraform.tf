resource "kubernetes_config_map_v1" "app" {
  metadata {
    name      = "app-settings"
    namespace = "shop"
  }
  data = {
    LOG_LEVEL   = "info"
    DB_PASSWORD = "s3cr3t-value-tf" # expect: configmap-sensitive-data "Key \"DB_PASSWORD\""
    DB_HOST     = "postgres.shop.svc"
  }
}
