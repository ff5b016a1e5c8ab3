# pod_selector blocks of Terraform NetworkPolicies, matched against Terraform and YAML pod templates.
resource "kubernetes_deployment_v1" "mealie" {
  metadata {
    name      = "tf-mealie"
    namespace = "food"
  }
  spec {
    selector {
      match_labels = { app = "tf-mealie" }
    }
    template {
      metadata {
        labels = { app = "tf-mealie", tier = "web" }
      }
      spec {
        container {
          name  = "mealie"
          image = "ghcr.io/mealie-recipes/mealie:v1.12.0"
        }
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "mealie" {
  metadata {
    name      = "tf-mealie-ingress"
    namespace = "food"
  }
  spec {
    pod_selector {
      match_labels = { app = "tf-mealie" }
    }
    policy_types = ["Ingress"]
    ingress {
      from {
        namespace_selector {
          match_labels = { "kubernetes.io/metadata.name" = "ingress" }
        }
      }
      ports {
        port     = "9000"
        protocol = "TCP"
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "typo" {
  metadata {
    name      = "tf-meali-ingress"
    namespace = "food"
  }
  spec {
    pod_selector { # expect: network-policy-selects-nothing "NetworkPolicy/food/tf-meali-ingress selects app=tf-meali, which matches no pod template"
      match_labels = { app = "tf-meali" }
    }
    policy_types = ["Ingress"]
  }
}
