# Probe ports checked against the container's port blocks.
resource "kubernetes_deployment_v1" "forgejo" {
  metadata {
    name      = "forgejo"
    namespace = "dev"
  }
  spec {
    selector {
      match_labels = { app = "forgejo" }
    }
    template {
      metadata {
        labels = { app = "forgejo" }
      }
      spec {
        container {
          name  = "forgejo"
          image = "codeberg.org/forgejo/forgejo:8.0.3"
          port {
            name           = "http"
            container_port = 3000
          }
          port {
            name           = "ssh"
            container_port = 22
          }
          liveness_probe {
            http_get {
              path = "/api/healthz"
              port = "http"
            }
          }
          readiness_probe {
            http_get {
              path = "/api/healthz"
              port = "htpp" # expect: probe-port-undeclared "Container \"forgejo\" of Deployment/dev/forgejo: readinessProbe httpGet port \"htpp\" is not a port name the container declares (declared: http, ssh)"
            }
          }
        }
      }
    }
  }
}

variable "api_port" {
  default = 8080
}

resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "tf-api"
    namespace = "dev"
  }
  spec {
    selector {
      match_labels = { app = "tf-api" }
    }
    template {
      metadata {
        labels = { app = "tf-api" }
      }
      spec {
        container {
          name  = "api"
          image = "ghcr.io/acme/api:3.1.0"
          port {
            container_port = var.api_port
          }
          liveness_probe {
            http_get {
              path = "/live"
              port = var.api_port
            }
          }
          readiness_probe {
            http_get {
              path = "/ready"
              port = 8081 # expect: probe-port-undeclared "readinessProbe httpGet port 8081 is not among the container's declared ports (8080), unlike its livenessProbe"
            }
          }
        }
      }
    }
  }
}
