# proc_mount in the container security_context block.
resource "kubernetes_deployment_v1" "buildkitd" {
  metadata {
    name      = "tf-buildkitd"
    namespace = "ci"
  }
  spec {
    selector {
      match_labels = { app = "tf-buildkitd" }
    }
    template {
      metadata {
        labels = { app = "tf-buildkitd" }
      }
      spec {
        host_users = false
        container {
          name  = "buildkitd"
          image = "moby/buildkit:v0.16.0-rootless"
          security_context {
            proc_mount = "Unmasked" # expect: proc-mount-unmasked "Container \"buildkitd\" of Deployment/ci/tf-buildkitd sets procMount: Unmasked"
          }
        }
        container {
          name  = "registry-cache"
          image = "registry:2.8.3"
          security_context {
            proc_mount = "Default"
          }
        }
      }
    }
  }
}
