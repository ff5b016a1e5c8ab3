/*
 * Static NFS PersistentVolume + matching claim.
 * The NAS (nas.lan / 192.168.1.10) exports /volume1/k8s/<name>.
 * No dynamic provisioner on this cluster, so every app gets a PV pinned to its claim.
 */

locals {
  pv_name = "nfs-${var.namespace}-${var.name}"
  path    = var.export_path != "" ? var.export_path : "${var.export_root}/${var.namespace}/${var.name}"
}

resource "kubernetes_persistent_volume_v1" "this" {
  metadata {
    name = local.pv_name
    labels = {
      "homelab/nfs-share" = var.name
    }
  }

  spec {
    capacity = {
      storage = var.size
    }
    access_modes                     = var.access_modes
    persistent_volume_reclaim_policy = "Retain"
    storage_class_name               = "nfs-static"
    mount_options                    = ["nfsvers=4.1", "hard", "noatime"]

    persistent_volume_source {
      nfs {
        server    = var.server
        path      = local.path
        read_only = var.read_only
      }
    }

    claim_ref {
      name      = var.name
      namespace = var.namespace
    }
  }
}

resource "kubernetes_persistent_volume_claim_v1" "this" {
  metadata {
    name      = var.name
    namespace = var.namespace
  }

  spec {
    access_modes       = var.access_modes
    storage_class_name = "nfs-static"
    volume_name        = kubernetes_persistent_volume_v1.this.metadata[0].name

    resources {
      requests = {
        storage = var.size
      }
    }
  }

  wait_until_bound = false
}
