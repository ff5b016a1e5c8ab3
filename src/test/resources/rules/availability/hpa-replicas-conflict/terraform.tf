# A Terraform Deployment that writes replicas while an autoscaler owns the count.
resource "kubernetes_deployment_v1" "web" {
  metadata {
    name      = "tf-web"
    namespace = "shop"
  }
  spec {
    replicas = 3 # expect: hpa-replicas-conflict "Deployment/shop/tf-web writes replicas: 3 while HorizontalPodAutoscaler/shop/tf-web scales it: every apply resets the count to 3"
    selector {
      match_labels = { app = "tf-web" }
    }
    template {
      metadata {
        labels = { app = "tf-web" }
      }
      spec {
        container {
          name  = "web"
          image = "ghcr.io/acme/web:2.3.0"
        }
      }
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "web" {
  metadata {
    name      = "tf-web"
    namespace = "shop"
  }
  spec {
    min_replicas = 2
    max_replicas = 10
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.web.metadata[0].name
    }
    metric {
      type = "Resource"
      resource {
        name = "cpu"
        target {
          type                = "Utilization"
          average_utilization = 70
        }
      }
    }
  }
}

# The documented Terraform way: replicas is written at creation only, the autoscaler owns it after.
resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "tf-api"
    namespace = "shop"
  }
  spec {
    replicas = 2
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
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [spec[0].replicas]
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "api" {
  metadata {
    name      = "tf-api"
    namespace = "shop"
  }
  spec {
    min_replicas = 2
    max_replicas = 6
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = "tf-api"
    }
  }
}

# Ignoring something else does not hand the count over.
resource "kubernetes_stateful_set_v1" "consumer" {
  metadata {
    name      = "tf-consumer"
    namespace = "shop"
  }
  spec {
    replicas     = "2" # expect: hpa-replicas-conflict "StatefulSet/shop/tf-consumer writes replicas: 2 while HorizontalPodAutoscaler/shop/tf-consumer scales it"
    service_name = "tf-consumer"
    selector {
      match_labels = { app = "tf-consumer" }
    }
    template {
      metadata {
        labels = { app = "tf-consumer" }
      }
      spec {
        container {
          name  = "consumer"
          image = "ghcr.io/acme/consumer:1.2.0"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [
      spec[0].template[0].metadata[0].annotations["kubectl.kubernetes.io/restartedAt"], # rollout restarts
    ]
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "consumer" {
  metadata {
    name      = "tf-consumer"
    namespace = "shop"
  }
  spec {
    min_replicas = 2
    max_replicas = 8
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "StatefulSet"
      name        = "tf-consumer"
    }
  }
}
