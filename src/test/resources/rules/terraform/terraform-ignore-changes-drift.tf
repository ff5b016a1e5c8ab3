resource "kubernetes_deployment_v1" "immich" {
  metadata {
    name = "immich-server"
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "immich" }
    }
    template {
      metadata {
        labels = { app = "immich" }
      }
      spec {
        container {
          name  = "server"
          image = "ghcr.io/immich-app/immich-server:v1.119.0"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [spec[0].template[0].spec[0].container[0].image] # expect: terraform-ignore-changes-drift "kubernetes_deployment_v1.immich ignores changes to spec[0].template[0].spec[0].container[0].image"
  }
}

# An autoscaler owns the count (below), and kubectl rollout restart writes an annotation: both fine to ignore.
resource "kubernetes_deployment_v1" "postgres" {
  metadata {
    name      = "postgres"
    namespace = "databases"
  }
  spec {
    selector {
      match_labels = { app = "postgres" }
    }
    template {
      metadata {
        labels = { app = "postgres" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [
      spec[0].replicas,
      spec[0].template[0].metadata[0].annotations["kubectl.kubernetes.io/restartedAt"],
    ]
    prevent_destroy = true
  }
}

resource "kubernetes_horizontal_pod_autoscaler_v2" "postgres" {
  metadata {
    name      = "postgres"
    namespace = kubernetes_deployment_v1.postgres.metadata[0].namespace
  }
  spec {
    min_replicas = 1
    max_replicas = 3
    scale_target_ref {
      api_version = "apps/v1"
      kind        = "Deployment"
      name        = kubernetes_deployment_v1.postgres.metadata[0].name
    }
  }
}

# Ignoring replicas with no autoscaler to own them: a hand-run kubectl scale stays forever.
resource "kubernetes_deployment_v1" "paperless" {
  metadata {
    name      = "paperless"
    namespace = "docs"
  }
  spec {
    replicas = 2
    selector {
      match_labels = { app = "paperless" }
    }
    template {
      metadata {
        labels = { app = "paperless" }
      }
      spec {
        container {
          name  = "paperless"
          image = "ghcr.io/paperless-ngx/paperless-ngx:2.11.6"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = [spec[0].replicas] # expect: terraform-ignore-changes-drift "kubernetes_deployment_v1.paperless ignores changes to spec[0].replicas, and no autoscaler owns the count"
  }
}

resource "kubernetes_stateful_set_v1" "nextcloud" {
  metadata {
    name = "nextcloud"
  }
  spec {
    service_name = "nextcloud"
    selector {
      match_labels = { app = "nextcloud" }
    }
    template {
      metadata {
        labels = { app = "nextcloud" }
      }
      spec {
        container {
          name  = "nextcloud"
          image = "nextcloud:29.0.7-apache"
        }
      }
    }
  }

  # the nextcloud updater bumps these in place
  lifecycle {
    ignore_changes = [ # expect: terraform-ignore-changes-drift "ignores changes to spec[0].template, spec[0].template[0].spec[0].container[0].image"
      spec[0].template,
      spec[0].template[0].spec[0].container[0].image, # the updater
      spec[0].replicas,
    ]
  }
}

resource "kubernetes_daemon_set_v1" "agent" {
  metadata {
    name = "node-agent"
  }
  spec {
    selector {
      match_labels = { app = "node-agent" }
    }
    template {
      metadata {
        labels = { app = "node-agent" }
      }
      spec {
        container {
          name  = "agent"
          image = "prom/node-exporter:v1.8.2"
        }
      }
    }
  }

  lifecycle {
    ignore_changes = all # expect: terraform-ignore-changes-drift "ignores changes to all"
  }
}

resource "helm_release" "gitea" {
  name       = "gitea"
  repository = "https://dl.gitea.com/charts/"
  chart      = "gitea"
  version    = var.gitea_chart_version

  lifecycle {
    ignore_changes = [version] # expect: terraform-ignore-changes-drift "helm_release.gitea ignores changes to version"
  }
}

resource "helm_release" "traefik" {
  name       = "traefik"
  repository = "https://traefik.github.io/charts"
  chart      = "traefik"
  version    = "32.1.1"

  lifecycle {
    ignore_changes = [metadata]
  }
}

# Other resource types keep their own reasons: a Secret rotated by an operator, a namespace's labels.
resource "kubernetes_secret_v1" "token" {
  metadata {
    name = "token"
  }
  data = {
    token = var.token
  }

  lifecycle {
    ignore_changes = all
  }
}

resource "kubernetes_namespace_v1" "apps" {
  metadata {
    name = "apps"
  }

  lifecycle {
    ignore_changes = [metadata[0].labels]
  }
}
