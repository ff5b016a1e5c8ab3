# scale_target_ref of Terraform autoscalers, resolved against Terraform and YAML workloads.
resource "kubernetes_deployment_v1" "search" {
  metadata {
    name      = "tf-search"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "tf-search" }
    }
    template {
      metadata {
        labels = { app = "tf-search" }
      }
      spec {
        container {
          name  = "search"
          image = "getmeili/meilisearch:v1.10.2"
        }
      }
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "search" {
  metadata {
    name      = "tf-search"
    namespace = "shop"
  }
  spec {
    min_replicas = 2
    max_replicas = 4
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.search.metadata[0].name
    }
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v1" "catalog" {
  metadata {
    name      = "tf-catalog"
    namespace = "shop"
  }
  spec {
    min_replicas                      = 2
    max_replicas                      = 6
    target_cpu_utilization_percentage = 75
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = "tf-catalogue" # expect: hpa-target-missing "HorizontalPodAutoscaler/shop/tf-catalog scales Deployment \"tf-catalogue\", which namespace shop does not define"
    }
  }
}
