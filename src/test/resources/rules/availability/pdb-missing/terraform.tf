# Mixed repositories (the YAML side is yaml-side.yaml): budgets in YAML cover Deployments from Terraform, and the other way round.
resource "kubernetes_deployment_v1" "checkout" {
  metadata {
    name      = "checkout"
    namespace = "mixed-a"
  }
  spec {
    replicas = 3 # covered by the PodDisruptionBudget in mixed.yaml
    selector {
      match_labels = { app = "checkout" }
    }
    template {
      metadata {
        labels = { app = "checkout" }
      }
      spec {
        container {
          name  = "checkout"
          image = "ghcr.io/acme/checkout:4.2.0"
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "search" {
  metadata {
    name      = "search"
    namespace = "mixed-b"
  }
  spec {
    max_unavailable = 1
    selector {
      match_labels = { app = "search" }
    }
  }
}

# Replicas from a variable, and the provider's string-typed form: both evaluated.
variable "cart_replicas" {
  default = 2
}

resource "kubernetes_deployment_v1" "cart" {
  metadata {
    name      = "cart"
    namespace = "mixed-a"
  }
  spec {
    replicas = var.cart_replicas # expect: pdb-missing "Deployment/mixed-a/cart runs 2 replicas but no PodDisruptionBudget in namespace mixed-a selects its pods"
    selector {
      match_labels = { app = "cart" }
    }
    template {
      metadata {
        labels = { app = "cart" }
      }
      spec {
        container {
          name  = "cart"
          image = "ghcr.io/acme/cart:1.9.0"
        }
      }
    }
  }
}

resource "kubernetes_stateful_set_v1" "redis" {
  metadata {
    name      = "redis"
    namespace = "mixed-b"
  }
  spec {
    replicas     = "3" # expect: pdb-missing "StatefulSet/mixed-b/redis runs 3 replicas but no PodDisruptionBudget in namespace mixed-b selects its pods"
    service_name = "redis"
    selector {
      match_labels = { app = "redis" }
    }
    template {
      metadata {
        labels = { app = "redis" }
      }
      spec {
        container {
          name  = "redis"
          image = "redis:7.4.1-alpine"
        }
      }
    }
  }
}

# A single replica needs no budget; a budget without min_available or max_unavailable protects nothing.
resource "kubernetes_deployment_v1" "admin" {
  metadata {
    name      = "admin"
    namespace = "mixed-b"
  }
  spec {
    replicas = 1
    selector {
      match_labels = { app = "admin" }
    }
    template {
      metadata {
        labels = { app = "admin" }
      }
      spec {
        container {
          name  = "admin"
          image = "ghcr.io/acme/admin:0.8.1"
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "redis" {
  metadata {
    name      = "redis"
    namespace = "mixed-b"
  }
  spec {
    selector {
      match_labels = { app = "redis" }
    }
  }
}
