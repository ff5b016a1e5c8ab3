# liveness_probe and readiness_probe blocks compared after translation.
resource "kubernetes_deployment_v1" "nextcloud" {
  metadata {
    name      = "tf-nextcloud"
    namespace = "cloud"
  }
  spec {
    selector {
      match_labels = { app = "tf-nextcloud" }
    }
    template {
      metadata {
        labels = { app = "tf-nextcloud" }
      }
      spec {
        container {
          name  = "copied"
          image = "nextcloud:29.0.7-apache"
          port {
            name           = "http"
            container_port = 80
          }
          readiness_probe {
            http_get {
              path = "/status.php"
              port = "http"
            }
            period_seconds = 10
          }
          liveness_probe { # expect: probes-identical "Container \"copied\" of Deployment/cloud/tf-nextcloud: livenessProbe is identical to readinessProbe (httpGet /status.php on port http, same thresholds)"
            http_get {
              path = "/status.php"
              port = "http"
            }
            period_seconds = 10
          }
        }
        container {
          name  = "tuned"
          image = "nextcloud:29.0.7-apache"
          readiness_probe {
            http_get {
              path = "/status.php"
              port = 80
            }
          }
          liveness_probe {
            http_get {
              path = "/status.php"
              port = 80
            }
            failure_threshold = 6
            period_seconds    = 20
          }
        }
      }
    }
  }
}
