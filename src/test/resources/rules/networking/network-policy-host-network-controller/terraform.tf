# An ingress controller on the nodes' network, installed by Terraform, and policies that admit it by selector.
resource "kubernetes_namespace_v1" "ingress" {
  metadata {
    name = "tf-ingress"
    labels = {
      role = "tf-edge"
    }
  }
}

resource "kubernetes_daemon_set_v1" "haproxy" {
  metadata {
    name      = "tf-haproxy"
    namespace = kubernetes_namespace_v1.ingress.metadata[0].name
  }
  spec {
    selector {
      match_labels = { app = "tf-haproxy" }
    }
    template {
      metadata {
        labels = { app = "tf-haproxy" }
      }
      spec {
        host_network = true
        dns_policy   = "ClusterFirstWithHostNet"
        container {
          name  = "haproxy"
          image = "haproxytech/kubernetes-ingress:3.0.1"
        }
      }
    }
  }
}

resource "kubernetes_network_policy_v1" "from_ingress" {
  metadata {
    name      = "tf-from-ingress"
    namespace = "tf-books"
  }
  spec {
    pod_selector {
      match_labels = { app = "tf-books" }
    }
    policy_types = ["Ingress"]
    ingress {
      from {
        namespace_selector { # expect: network-policy-host-network-controller "NetworkPolicy/tf-books/tf-from-ingress admits DaemonSet/tf-ingress/tf-haproxy by namespaceSelector, but that controller runs with hostNetwork"
          match_labels = { role = "tf-edge" }
        }
      }
    }
  }
}

# Admitting the node network by address is what works: no finding.
resource "kubernetes_network_policy_v1" "from_nodes" {
  metadata {
    name      = "tf-from-nodes"
    namespace = "tf-books"
  }
  spec {
    pod_selector {
      match_labels = { app = "tf-books" }
    }
    policy_types = ["Ingress"]
    ingress {
      from {
        ip_block {
          cidr = "192.168.10.0/24"
        }
      }
    }
  }
}
