# A chart installed by Terraform's helm_release creates Services the repository does not spell out.
resource "helm_release" "linkding" {
  name      = "linkding"
  chart     = "oci://ghcr.io/acme-homelab/charts/linkding"
  version   = "1.4.2"
  namespace = "bookmarks"
}

resource "kubernetes_ingress_v1" "linkding" {
  metadata {
    name      = "linkding"
    namespace = "bookmarks"
  }
  spec {
    rule {
      host = "links.example.net"
      http {
        path {
          path = "/"
          backend {
            service {
              name = "linkding"
              port {
                number = 9090
              }
            }
          }
        }
      }
    }
  }
}

# Without a release in its namespace, the same route to an undefined Service is reported.
resource "kubernetes_ingress_v1" "paste" {
  metadata {
    name      = "paste"
    namespace = "shop"
  }
  spec {
    rule {
      host = "paste.example.net"
      http {
        path {
          path = "/"
          backend {
            service {
              name = "paste" # expect: ingress-backend-missing "Ingress/shop/paste routes to Service shop/paste"
              port {
                number = 80
              }
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "linkding_db" {
  metadata {
    name      = "linkding-db"
    namespace = "bookmarks"
  }
  spec {
    selector = { app = "linkding-db" }
    port {
      port = 5432
    }
  }
}
