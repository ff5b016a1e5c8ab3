# A web container that serves a port without a readiness probe, next to one that has it.
variable "web_port" {
  type    = number
  default = 3000
}

resource "kubernetes_deployment_v1" "grafana" {
  metadata {
    name      = "grafana"
    namespace = "monitoring"
  }
  spec {
    selector {
      match_labels = { app = "grafana" }
    }
    template {
      metadata {
        labels = { app = "grafana" }
      }
      spec {
        container { # expect: readiness-probe-missing "Container \"grafana\" of Deployment/monitoring/grafana serves port 3000 but has no readinessProbe"
          name  = "grafana"
          image = "grafana/grafana:11.2.0"
          port {
            container_port = var.web_port
          }
          liveness_probe {
            http_get {
              path = "/api/health"
              port = var.web_port
            }
          }
        }
        container {
          name  = "renderer"
          image = "grafana/grafana-image-renderer:3.11.5"
          port {
            container_port = 8081
          }
          readiness_probe {
            http_get {
              path = "/"
              port = 8081
            }
          }
        }
      }
    }
  }
}

# No port, but a Service routes to it: the Service decides that it receives traffic.
resource "kubernetes_deployment_v1" "mqtt" {
  metadata {
    name      = "mqtt"
    namespace = "home"
  }
  spec {
    selector {
      match_labels = { app = "mqtt" }
    }
    template {
      metadata {
        labels = { app = "mqtt" }
      }
      spec {
        container { # expect: readiness-probe-missing "receives traffic from Service/home/mqtt"
          name  = "mosquitto"
          image = "eclipse-mosquitto:2.0.18"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "mqtt" {
  metadata {
    name      = "mqtt"
    namespace = "home"
  }
  spec {
    selector = { app = "mqtt" }
    port {
      port        = 1883
      target_port = 1883
    }
  }
}

# A queue worker listens on nothing and nothing routes to it.
resource "kubernetes_deployment_v1" "worker" {
  metadata {
    name      = "worker"
    namespace = "home"
  }
  spec {
    selector {
      match_labels = { app = "worker" }
    }
    template {
      metadata {
        labels = { app = "worker" }
      }
      spec {
        container {
          name  = "worker"
          image = "ghcr.io/acme/worker:1.4.0"
        }
      }
    }
  }
}
