# Claims, claim templates and generic ephemeral volumes written with the provider.
resource "kubernetes_persistent_volume_claim_v1" "downloads" {
  metadata {
    name      = "downloads" # expect: pvc-default-storage-class "PersistentVolumeClaim/media/downloads names no storageClassName"
    namespace = "media"
  }
  spec {
    access_modes = ["ReadWriteOnce"]
    resources {
      requests = {
        storage = "50Gi"
      }
    }
  }
  wait_until_bound = false
}

variable "storage_class" {
  default = "longhorn"
}

resource "kubernetes_persistent_volume_claim_v1" "library" {
  metadata {
    name      = "library"
    namespace = "media"
  }
  spec {
    access_modes       = ["ReadWriteMany"]
    storage_class_name = var.storage_class
    resources {
      requests = {
        storage = "2Ti"
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "mariadb" {
  metadata {
    name      = "mariadb"
    namespace = "db"
  }
  spec {
    service_name = "mariadb"
    selector {
      match_labels = { app = "mariadb" }
    }
    template {
      metadata {
        labels = { app = "mariadb" }
      }
      spec {
        container {
          name  = "mariadb"
          image = "mariadb:11.4.3"
        }
      }
    }
    volume_claim_template {
      metadata {
        name = "data" # expect: pvc-default-storage-class "volumeClaimTemplate \"data\" of StatefulSet/db/mariadb names no storageClassName"
      }
      spec {
        access_modes = ["ReadWriteOnce"]
        resources {
          requests = {
            storage = "20Gi"
          }
        }
      }
    }
    volume_claim_template {
      metadata {
        name = "logs"
      }
      spec {
        access_modes       = ["ReadWriteOnce"]
        storage_class_name = "local-path"
        resources {
          requests = {
            storage = "1Gi"
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "thumbnailer" {
  metadata {
    name      = "thumbnailer"
    namespace = "media"
  }
  spec {
    selector {
      match_labels = { app = "thumbnailer" }
    }
    template {
      metadata {
        labels = { app = "thumbnailer" }
      }
      spec {
        container {
          name  = "thumbnailer"
          image = "ghcr.io/acme/thumbnailer:1.3.0"
          volume_mount {
            name       = "work"
            mount_path = "/work"
          }
        }
        volume {
          name = "work"
          ephemeral {
            volume_claim_template { # expect: pvc-default-storage-class "ephemeral volume \"work\" claim template of Deployment/media/thumbnailer names no storageClassName"
              metadata {
                labels = { app = "thumbnailer" }
              }
              spec {
                access_modes = ["ReadWriteOnce"]
                resources {
                  requests = {
                    storage = "10Gi"
                  }
                }
              }
            }
          }
        }
        volume {
          name = "cache"
          ephemeral {
            volume_claim_template {
              metadata {
                labels = { app = "thumbnailer" }
              }
              spec {
                access_modes       = ["ReadWriteOnce"]
                storage_class_name = "local-path"
                resources {
                  requests = {
                    storage = "5Gi"
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
