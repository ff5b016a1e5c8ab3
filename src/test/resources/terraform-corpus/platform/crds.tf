# CRDs that no chart installs for us. Kept as kubernetes_manifest so that
# `terraform plan` shows schema changes.

resource "kubernetes_manifest" "crd_backup_schedules" {
  manifest = {
    apiVersion = "apiextensions.k8s.io/v1"
    kind       = "CustomResourceDefinition"
    metadata = {
      name = "backupschedules.homelab.example.net"
    }
    spec = {
      group = "homelab.example.net"
      scope = "Namespaced"
      names = {
        plural     = "backupschedules"
        singular   = "backupschedule"
        kind       = "BackupSchedule"
        shortNames = ["bks"]
      }
      versions = [
        {
          name    = "v1alpha1"
          served  = true
          storage = true
          schema = {
            openAPIV3Schema = {
              type = "object"
              properties = {
                spec = {
                  type     = "object"
                  required = ["schedule", "target"]
                  properties = {
                    schedule  = { type = "string" }
                    target    = { type = "string" }
                    keepDaily = { type = "integer", minimum = 1 }
                    paused    = { type = "boolean" }
                  }
                }
              }
            }
          }
          additionalPrinterColumns = [
            { name = "Schedule", type = "string", jsonPath = ".spec.schedule" },
            { name = "Target", type = "string", jsonPath = ".spec.target" },
          ]
        },
      ]
    }
  }
}

resource "kubernetes_manifest" "crd_from_yaml" {
  for_each = fileset("${path.module}/manifests", "crd-*.yaml")
  manifest = yamldecode(file("${path.module}/manifests/${each.value}"))
}

resource "kubernetes_manifest" "nightly_backup" {
  manifest = {
    apiVersion = "homelab.example.net/v1alpha1"
    kind       = "BackupSchedule"
    metadata = {
      name      = "nightly"
      namespace = "nextcloud"
    }
    spec = {
      schedule  = "30 3 * * *"
      target    = "sftp://backup@nas.lan/volume2/restic"
      keepDaily = 14
    }
  }

  field_manager {
    force_conflicts = true
  }

  depends_on = [kubernetes_manifest.crd_backup_schedules]
}
