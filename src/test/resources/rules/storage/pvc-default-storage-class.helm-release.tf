# A Terraform helm_release that makes Longhorn's class the default through a set block.
resource "helm_release" "longhorn" {
  name       = "longhorn"
  namespace  = "longhorn-system"
  repository = "https://charts.longhorn.io"
  chart      = "longhorn"
  version    = "1.7.2"

  set {
    name  = "persistence.defaultClass"
    value = "true"
  }
}

resource "kubernetes_persistent_volume_claim_v1" "wiki" {
  metadata {
    name      = "wiki" # expect: pvc-default-storage-class "PersistentVolumeClaim/docs/wiki names no storageClassName: it gets the cluster's default StorageClass (the repository marks \"longhorn\" as default)"
    namespace = "docs"
  }
  spec {
    access_modes = ["ReadWriteOnce"]
    resources {
      requests = {
        storage = "2Gi"
      }
    }
  }
}

resource "kubernetes_persistent_volume_claim_v1" "named" {
  metadata {
    name      = "named"
    namespace = "docs"
  }
  spec {
    storage_class_name = "longhorn"
    access_modes       = ["ReadWriteOnce"]
    resources {
      requests = {
        storage = "2Gi"
      }
    }
  }
}
