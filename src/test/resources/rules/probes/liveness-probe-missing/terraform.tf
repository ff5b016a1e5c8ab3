# An API with both probes next to a sidecar without any; the probe comes from a local for one of them.
locals {
  live_path = "/healthz/live"
}

resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        container {
          name  = "api"
          image = "ghcr.io/acme/api:3.1.0"
          port {
            name           = "http"
            container_port = 8080
          }
          liveness_probe {
            http_get {
              path = local.live_path
              port = "http"
            }
            period_seconds    = 15
            failure_threshold = 4
          }
          readiness_probe {
            http_get {
              path = "/ready"
              port = "http"
            }
          }
        }
        container { # expect: liveness-probe-missing "Container \"metrics-sidecar\" of Deployment/shop/api has no livenessProbe"
          name  = "metrics-sidecar"
          image = "prom/statsd-exporter:v0.27.1"
          readiness_probe {
            tcp_socket {
              port = 9102
            }
          }
        }
      }
    }
  }
}

# A StatefulSet's database with an exec probe, and a DaemonSet agent that has none.
resource "kubernetes_stateful_set_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = "data"
  }
  spec {
    service_name = "postgres"
    selector {
      match_labels = { app = "postgres" }
    }
    template {
      metadata {
        labels = { app = "postgres" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
          liveness_probe {
            exec {
              command = ["pg_isready", "-U", "postgres"]
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_daemon_set_v1" "log_agent" {
  metadata {
    name      = "log-agent"
    namespace = "logging"
  }
  spec {
    selector {
      match_labels = { app = "log-agent" }
    }
    template {
      metadata {
        labels = { app = "log-agent" }
      }
      spec {
        container { # expect: liveness-probe-missing "Container \"fluent-bit\" of DaemonSet/logging/log-agent"
          name  = "fluent-bit"
          image = "fluent/fluent-bit:3.1.4"
        }
      }
    }
  }
}

# A CronJob exits by design: no probe asked of it.
resource "kubernetes_cron_job_v1" "backup" {
  metadata {
    name      = "backup"
    namespace = "data"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            restart_policy = "OnFailure"
            container {
              name  = "dump"
              image = "postgres:16.4"
            }
          }
        }
      }
    }
  }
}
