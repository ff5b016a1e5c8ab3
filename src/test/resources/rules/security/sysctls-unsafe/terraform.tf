# sysctl blocks of the pod security_context, one per kernel parameter.
resource "kubernetes_stateful_set_v1" "redis" {
  metadata {
    name      = "tf-redis"
    namespace = "cache"
  }
  spec {
    service_name = "tf-redis"
    selector {
      match_labels = { app = "tf-redis" }
    }
    template {
      metadata {
        labels = { app = "tf-redis" }
      }
      spec {
        security_context {
          sysctl {
            name  = "net.core.somaxconn" # expect: sysctls-unsafe "StatefulSet/cache/tf-redis sets unsafe sysctl net.core.somaxconn (outside the Kubernetes safe set)"
            value = "1024"
          }
          sysctl {
            name  = "net.ipv4.tcp_syncookies"
            value = "1"
          }
          sysctl {
            name  = "vm.overcommit_memory" # expect: sysctls-unsafe "StatefulSet/cache/tf-redis sets unsafe sysctl vm.overcommit_memory"
            value = "1"
          }
        }
        container {
          name  = "redis"
          image = "redis:7.4.1-alpine"
        }
      }
    }
  }
}
