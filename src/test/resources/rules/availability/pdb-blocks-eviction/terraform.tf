# Budgets from Terraform that no drain can satisfy.
resource "kubernetes_pod_disruption_budget_v1" "frozen" {
  metadata {
    name      = "tf-frozen"
    namespace = "shop"
  }
  spec {
    max_unavailable = 0 # expect: pdb-blocks-eviction "PodDisruptionBudget/shop/tf-frozen allows no voluntary eviction (maxUnavailable: 0)"
    selector {
      match_labels = { app = "tf-frozen" }
    }
  }
}

resource "kubernetes_stateful_set_v1" "ledger" {
  metadata {
    name      = "tf-ledger"
    namespace = "shop"
  }
  spec {
    replicas     = 1
    service_name = "tf-ledger"
    selector {
      match_labels = { app = "tf-ledger" }
    }
    template {
      metadata {
        labels = { app = "tf-ledger" }
      }
      spec {
        container {
          name  = "ledger"
          image = "ghcr.io/acme/ledger:1.0.3"
        }
      }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "ledger" {
  metadata {
    name      = "tf-ledger"
    namespace = "shop"
  }
  spec {
    min_available = 1 # expect: pdb-blocks-eviction "PodDisruptionBudget/shop/tf-ledger keeps minAvailable: 1 while StatefulSet/shop/tf-ledger runs 1 replica: no pod may be evicted"
    selector {
      match_labels = { app = "tf-ledger" }
    }
  }
}

resource "kubernetes_pod_disruption_budget_v1" "relaxed" {
  metadata {
    name      = "tf-relaxed"
    namespace = "shop"
  }
  spec {
    max_unavailable = "25%"
    selector {
      match_labels = { app = "tf-relaxed" }
    }
  }
}
