# persistent_volume_claim { claim_name } checked against the claims Terraform and YAML define.
resource "kubernetes_persistent_volume_claim_v1" "music" {
  metadata {
    name      = "tf-music"
    namespace = "audio"
  }
  spec {
    access_modes       = ["ReadWriteOnce"]
    storage_class_name = "longhorn"
    resources {
      requests = { storage = "200Gi" }
    }
  }
}

resource "kubernetes_deployment_v1" "navidrome" {
  metadata {
    name      = "tf-navidrome"
    namespace = "audio"
  }
  spec {
    selector {
      match_labels = { app = "tf-navidrome" }
    }
    template {
      metadata {
        labels = { app = "tf-navidrome" }
      }
      spec {
        container {
          name  = "navidrome"
          image = "deluan/navidrome:0.53.3"
          volume_mount {
            name       = "music"
            mount_path = "/music"
          }
          volume_mount {
            name       = "data"
            mount_path = "/data"
          }
        }
        volume {
          name = "music"
          persistent_volume_claim {
            claim_name = kubernetes_persistent_volume_claim_v1.music.metadata[0].name
          }
        }
        volume {
          name = "data"
          persistent_volume_claim {
            claim_name = "tf-navidrome-data" # expect: pvc-reference-missing "Deployment/audio/tf-navidrome mounts PersistentVolumeClaim \"tf-navidrome-data\" (volume \"data\"), which namespace audio does not define"
          }
        }
      }
    }
  }
}
