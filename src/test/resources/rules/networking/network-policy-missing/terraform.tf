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

# A namespace named through a reference: the policy and the workload meet in "mixed-d".
resource "kubernetes_namespace_v1" "mixed_d" {
  metadata {
    name = "mixed-d"
  }
}

resource "kubernetes_network_policy_v1" "deny_mixed_d" {
  metadata {
    name      = "default-deny"
    namespace = kubernetes_namespace_v1.mixed_d.metadata[0].name
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}

resource "kubernetes_deployment_v1" "covered_by_reference" {
  metadata {
    name      = "tf-referenced"
    namespace = kubernetes_namespace_v1.mixed_d.id
  }
  spec {
    selector {
      match_labels = { app = "tf-referenced" }
    }
    template {
      metadata {
        labels = { app = "tf-referenced" }
      }
      spec {
        container {
          name  = "referenced"
          image = "ghcr.io/acme/referenced:1.0.0"
        }
      }
    }
  }
}

variable "open_namespace" {
  default = "mixed-e"
}

resource "kubernetes_deployment_v1" "open_through_variable" {
  metadata {
    name      = "tf-variable" # expect: network-policy-missing "Deployment/mixed-e/tf-variable"
    namespace = var.open_namespace
  }
  spec {
    selector {
      match_labels = { app = "tf-variable" }
    }
    template {
      metadata {
        labels = { app = "tf-variable" }
      }
      spec {
        container {
          name  = "variable"
          image = "ghcr.io/acme/variable:1.0.0"
        }
      }
    }
  }
}
