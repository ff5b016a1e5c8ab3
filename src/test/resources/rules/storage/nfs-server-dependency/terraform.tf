# nfs volume blocks in Terraform workloads and persistent volumes: one server, several dependents.
variable "nas" {
  default = "tank.lan"
}

resource "kubernetes_persistent_volume_v1" "photos" {
  metadata {
    name = "tf-photos"
  }
  spec {
    capacity     = { storage = "1Ti" }
    access_modes = ["ReadWriteMany"]
    persistent_volume_source {
      nfs {
        server = var.nas # expect: nfs-server-dependency "NFS server tank.lan is a single point of failure for 2 workloads through 2 volumes (Deployment/photos/tf-immich, Deployment/photos/tf-photoprism)"
        path   = "/mnt/tank/photos"
      }
    }
    claim_ref {
      name      = "photos"
      namespace = "photos"
    }
  }
}

resource "kubernetes_persistent_volume_claim_v1" "photos" {
  metadata {
    name      = "photos"
    namespace = "photos"
  }
  spec {
    access_modes       = ["ReadWriteMany"]
    storage_class_name = ""
    volume_name        = kubernetes_persistent_volume_v1.photos.metadata[0].name
    resources {
      requests = { storage = "1Ti" }
    }
  }
}

resource "kubernetes_deployment_v1" "immich" {
  metadata {
    name      = "tf-immich"
    namespace = "photos"
  }
  spec {
    selector {
      match_labels = { app = "tf-immich" }
    }
    template {
      metadata {
        labels = { app = "tf-immich" }
      }
      spec {
        container {
          name  = "server"
          image = "ghcr.io/immich-app/immich-server:v1.116.2"
          volume_mount {
            name       = "library"
            mount_path = "/usr/src/app/upload"
          }
        }
        volume {
          name = "library"
          persistent_volume_claim {
            claim_name = "photos"
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "photoprism" {
  metadata {
    name      = "tf-photoprism"
    namespace = "photos"
  }
  spec {
    selector {
      match_labels = { app = "tf-photoprism" }
    }
    template {
      metadata {
        labels = { app = "tf-photoprism" }
      }
      spec {
        container {
          name  = "photoprism"
          image = "photoprism/photoprism:240915"
          volume_mount {
            name       = "originals"
            mount_path = "/photoprism/originals"
            read_only  = true
          }
        }
        volume {
          name = "originals"
          nfs {
            server = "tank.lan"
            path   = "/mnt/tank/photos"
          }
        }
      }
    }
  }
}
