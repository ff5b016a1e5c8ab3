# Markers in each of Terraform's comment styles, and the same words where they are not comments.

resource "kubernetes_deployment_v1" "todo" {
  metadata {
    # TODO: move to the apps namespace once the NetworkPolicies are in   # expect: debt-marker "TODO in a comment"
    name      = "todo"
    namespace = "default"
    labels = {
      app = "todo" // FIXME the chart expects app.kubernetes.io/name   # expect: debt-marker "FIXME in a comment: \"FIXME the chart expects"
    }
  }
  spec {
    /* HACK: one replica until the session store is shared */   # expect: debt-marker "HACK in a comment"
    replicas = 1
    template {
      metadata {
        labels = { app = "todo" }
      }
      spec {
        container {
          name  = "todo"
          image = "ghcr.io/example/todo-app:2.4.1"
          # The app's name is not a marker: "todo" in lower case, TODO.md, a string.
          args = ["--title", "TODO list", "--notes", "/data/TODO.md"]
          env {
            name  = "BANNER"
            value = "FIXME: this is shown to users" # a string, not a comment
          }
        }
      }
    }
  }
}

/*
 * Longer notes run over several lines.
 * The backup job is temporarily disabled, see the restore test.   # expect: debt-marker "\"temporarily disabled\""
 */

resource "kubernetes_config_map_v1" "scripts" {
  metadata {
    name = "scripts"
  }
  data = {
    # A comment inside the embedded script is a comment of the script: still debt.
    "backup.sh" = <<-EOT
      #!/bin/sh
      # XXX pg_dump runs without --clean until the restore test is written   # expect: debt-marker "XXX in a comment"
      pg_dump "$DATABASE_URL" > /backup/db.sql
    EOT
  }
}
