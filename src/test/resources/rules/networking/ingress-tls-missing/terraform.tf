# kubernetes_ingress_v1 rule and tls blocks.
resource "kubernetes_ingress_v1" "shop" {
  metadata {
    name      = "tf-shop"
    namespace = "shop"
  }
  spec {
    ingress_class_name = "traefik"
    tls {
      hosts       = ["tf-shop.example.com"]
      secret_name = "tf-shop-tls"
    }
    rule {
      host = "tf-shop.example.com"
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = "shop"
              port {
                number = 80
              }
            }
          }
        }
      }
    }
    rule {
      host = "tf-admin.example.com" # expect: ingress-tls-missing "Ingress/shop/tf-shop serves tf-admin.example.com over plain HTTP: no spec.tls entry lists it"
      http {
        path {
          path      = "/"
          path_type = "Prefix"
          backend {
            service {
              name = "admin"
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
