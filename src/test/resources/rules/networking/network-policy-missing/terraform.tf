# Mixed repositories: policies in YAML cover workloads from Terraform, and the other way round.
resource "kubernetes_deployment_v1" "covered_by_yaml" {
  metadata {
    name      = "tf-api"
    namespace = "mixed-a"
  }
  spec {
    selector {
      match_labels = { app = "tf-api" }
    }
    template {
      metadata {
        labels = { app = "tf-api" }
      }
      spec {
        container {
          name  = "api"
          image = "ghcr.io/acme/api:1.0.0"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "open" {
  metadata {
    name      = "tf-open" # expect: network-policy-missing "Deployment/mixed-b/tf-open"
    namespace = "mixed-b"
  }
  spec {
    selector {
      match_labels = { app = "tf-open" }
    }
    template {
      metadata {
        labels = { app = "tf-open" }
      }
      spec {
        container {
          name  = "open"
          image = "ghcr.io/acme/open:1.0.0"
        }
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "deny_mixed_c" {
  metadata {
    name      = "default-deny"
    namespace = "mixed-c"
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}
