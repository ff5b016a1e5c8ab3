# Service types from Terraform.
resource "kubernetes_service_v1" "ingress" {
  metadata {
    name      = "tf-ingress"
    namespace = "edge"
  }
  spec {
    type     = "LoadBalancer" # expect: service-exposed-externally "Service/edge/tf-ingress is of type LoadBalancer: it gets an external address"
    selector = { app = "tf-ingress" }
    port {
      port        = 443
      target_port = 8443
    }
  }
}

resource "kubernetes_service_v1" "lan_only" {
  metadata {
    name      = "tf-lan"
    namespace = "edge"
  }
  spec {
    type                        = "LoadBalancer" # expect: service-exposed-externally "limited to loadBalancerSourceRanges [10.0.0.0/8]"
    load_balancer_source_ranges = ["10.0.0.0/8"]
    selector                    = { app = "tf-lan" }
    port {
      port = 53
    }
  }
}

resource "kubernetes_service_v1" "internal" {
  metadata {
    name      = "tf-internal"
    namespace = "edge"
  }
  spec {
    type     = "ClusterIP"
    selector = { app = "tf-internal" }
    port {
      port = 80
    }
  }
}
