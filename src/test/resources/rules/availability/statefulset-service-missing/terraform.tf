# The governing Service of a Terraform StatefulSet, headless through cluster_ip = "None".
resource "kubernetes_stateful_set_v1" "postgres" {
  metadata {
    name      = "tf-postgres"
    namespace = "db"
  }
  spec {
    replicas     = 2
    service_name = kubernetes_service_v1.postgres.metadata[0].name
    selector {
      match_labels = { app = "tf-postgres" }
    }
    template {
      metadata {
        labels = { app = "tf-postgres" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "postgres" {
  metadata {
    name      = "tf-postgres-headless"
    namespace = "db"
  }
  spec {
    cluster_ip = "None"
    selector   = { app = "tf-postgres" }
    port {
      port = 5432
    }
  }
}

resource "kubernetes_stateful_set_v1" "valkey" {
  metadata {
    name      = "tf-valkey"
    namespace = "db"
  }
  spec {
    replicas     = 3
    service_name = "tf-valkey" # expect: statefulset-service-missing "StatefulSet/db/tf-valkey names governing Service Service/db/tf-valkey, which is not headless (no clusterIP: None)"
    selector {
      match_labels = { app = "tf-valkey" }
    }
    template {
      metadata {
        labels = { app = "tf-valkey" }
      }
      spec {
        container {
          name  = "valkey"
          image = "valkey/valkey:8.0.1"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "valkey" {
  metadata {
    name      = "tf-valkey"
    namespace = "db"
  }
  spec {
    selector = { app = "tf-valkey" }
    port {
      port = 6379
    }
  }
}

resource "kubernetes_stateful_set_v1" "minio" {
  metadata {
    name      = "tf-minio"
    namespace = "db"
  }
  spec {
    service_name = "tf-minio-hl" # expect: statefulset-service-missing "StatefulSet/db/tf-minio names governing Service \"tf-minio-hl\", which namespace db does not define"
    selector {
      match_labels = { app = "tf-minio" }
    }
    template {
      metadata {
        labels = { app = "tf-minio" }
      }
      spec {
        container {
          name  = "minio"
          image = "minio/minio:RELEASE.2024-10-02T17-50-41Z"
        }
      }
    }
  }
}
