# The provider puts an object without metadata.namespace into default.
resource "kubernetes_deployment_v1" "wiki" {
  metadata {
    name = "wiki" # expect: default-namespace-object "Deployment/default/wiki names no namespace: applied as written it lands in default"
    labels = {
      app = "wiki"
    }
  }
  spec {
    selector {
      match_labels = { app = "wiki" }
    }
    template {
      metadata {
        labels = { app = "wiki" }
      }
      spec {
        container {
          name  = "wiki"
          image = "ghcr.io/requarks/wiki:2.5.304"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "wiki" {
  metadata {
    name      = "wiki"
    namespace = "default" # expect: default-namespace-object "Service/default/wiki is in namespace default"
  }
  spec {
    selector = { app = "wiki" }
    port {
      port = 80
    }
  }
}

variable "namespace" {
  default = "wiki"
}

resource "kubernetes_config_map_v1" "wiki" {
  metadata {
    name      = "wiki-config"
    namespace = var.namespace
  }
  data = {
    "config.yml" = "port: 3000"
  }
}

resource "kubernetes_cluster_role_v1" "wiki_reader" {
  metadata {
    name = "wiki-reader"
  }
  rule {
    api_groups = [""]
    resources  = ["configmaps"]
    verbs      = ["get"]
  }
}
