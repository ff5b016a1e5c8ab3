# Spreading written with the provider's blocks: topology_spread_constraint and pod_anti_affinity.
resource "kubernetes_deployment_v1" "frontend" {
  metadata {
    name      = "tf-frontend"
    namespace = "shop"
  }
  spec {
    replicas = 3 # expect: replicas-without-spread "Deployment/shop/tf-frontend runs 3 replicas with neither podAntiAffinity nor topologySpreadConstraints"
    selector {
      match_labels = { app = "tf-frontend" }
    }
    template {
      metadata {
        labels = { app = "tf-frontend" }
      }
      spec {
        affinity {
          node_affinity {
            required_during_scheduling_ignored_during_execution {
              node_selector_term {
                match_expressions {
                  key      = "kubernetes.io/arch"
                  operator = "In"
                  values   = ["amd64"]
                }
              }
            }
          }
        }
        container {
          name  = "frontend"
          image = "ghcr.io/acme/frontend:5.2.0"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "spread" {
  metadata {
    name      = "tf-spread"
    namespace = "shop"
  }
  spec {
    replicas = 3
    selector {
      match_labels = { app = "tf-spread" }
    }
    template {
      metadata {
        labels = { app = "tf-spread" }
      }
      spec {
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "kubernetes.io/hostname"
          when_unsatisfiable = "ScheduleAnyway"
          label_selector {
            match_labels = { app = "tf-spread" }
          }
        }
        container {
          name  = "spread"
          image = "ghcr.io/acme/spread:1.0.0"
        }
      }
    }
  }
}

locals {
  replicas = 2
}

resource "kubernetes_stateful_set_v1" "apart" {
  metadata {
    name      = "tf-apart"
    namespace = "infra"
  }
  spec {
    replicas     = local.replicas
    service_name = "tf-apart"
    selector {
      match_labels = { app = "tf-apart" }
    }
    template {
      metadata {
        labels = { app = "tf-apart" }
      }
      spec {
        affinity {
          pod_anti_affinity {
            required_during_scheduling_ignored_during_execution {
              topology_key = "kubernetes.io/hostname"
              label_selector {
                match_labels = { app = "tf-apart" }
              }
            }
          }
        }
        container {
          name  = "apart"
          image = "ghcr.io/acme/apart:1.0.0"
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "together" {
  metadata {
    name      = "tf-together"
    namespace = "infra"
  }
  spec {
    replicas     = local.replicas # expect: replicas-without-spread "StatefulSet/infra/tf-together runs 2 replicas"
    service_name = "tf-together"
    selector {
      match_labels = { app = "tf-together" }
    }
    template {
      metadata {
        labels = { app = "tf-together" }
      }
      spec {
        container {
          name  = "together"
          image = "ghcr.io/acme/together:1.0.0"
        }
      }
    }
  }
}

# A spread constraint whose selector names another workload's pods.
resource "kubernetes_deployment_v1" "stray" {
  metadata {
    name      = "tf-stray"
    namespace = "shop"
  }
  spec {
    replicas = 3
    selector {
      match_labels = { app = "tf-stray" }
    }
    template {
      metadata {
        labels = { app = "tf-stray" }
      }
      spec {
        topology_spread_constraint {
          max_skew           = 1
          topology_key       = "kubernetes.io/hostname"
          when_unsatisfiable = "ScheduleAnyway"
          label_selector { # expect: replicas-without-spread "Deployment/shop/tf-stray runs 3 replicas, but the labelSelector"
            match_labels = { app = "tf-spread" }
          }
        }
        container {
          name  = "stray"
          image = "ghcr.io/acme/stray:1.0.0"
        }
      }
    }
  }
}
