# Databases from Terraform: an empty_dir at the data directory, no volume at all, and a claim template.
resource "kubernetes_deployment_v1" "postgres" {
  metadata {
    name      = "tf-postgres"
    namespace = "wiki"
  }
  spec {
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
          volume_mount {
            name       = "data"
            mount_path = "/var/lib/postgresql/data" # expect: database-data-ephemeral "Container \"postgres\" of Deployment/wiki/tf-postgres keeps its PostgreSQL data (/var/lib/postgresql/data) on emptyDir volume \"data\""
          }
        }
        volume {
          name = "data"
          empty_dir {
            size_limit = "5Gi"
          }
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "mariadb" {
  metadata {
    name      = "tf-mariadb"
    namespace = "wiki"
  }
  spec {
    service_name = "tf-mariadb"
    selector {
      match_labels = { app = "tf-mariadb" }
    }
    template {
      metadata {
        labels = { app = "tf-mariadb" }
      }
      spec {
        container {
          name  = "mariadb"
          image = "mariadb:11.4.3" # expect: database-data-ephemeral "Container \"mariadb\" of StatefulSet/wiki/tf-mariadb runs MariaDB with no volume at its data directory /var/lib/mysql"
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "mysql" {
  metadata {
    name      = "tf-mysql"
    namespace = "wiki"
  }
  spec {
    service_name = "tf-mysql"
    selector {
      match_labels = { app = "tf-mysql" }
    }
    template {
      metadata {
        labels = { app = "tf-mysql" }
      }
      spec {
        container {
          name  = "mysql"
          image = "mysql:8.4.2"
          volume_mount {
            name       = "data"
            mount_path = "/var/lib/mysql"
          }
        }
        volume {
          name = "data"
          empty_dir {}
        }
      }
    }
    volume_claim_template {
      metadata {
        name = "data"
      }
      spec {
        access_modes = ["ReadWriteOnce"]
        resources {
          requests = { storage = "10Gi" }
        }
      }
    }
  }
}
