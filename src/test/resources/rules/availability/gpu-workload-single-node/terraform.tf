# A GPU limit in the provider's resources map and a node pinned through node_selector or node_name.
resource "kubernetes_deployment_v1" "ollama" {
  metadata {
    name      = "tf-ollama"
    namespace = "ai"
  }
  spec {
    selector {
      match_labels = { app = "tf-ollama" }
    }
    template {
      metadata {
        labels = { app = "tf-ollama" }
      }
      spec {
        node_selector = {
          "kubernetes.io/hostname" = "gpu-02" # expect: gpu-workload-single-node "Deployment/ai/tf-ollama uses nvidia.com/gpu and is pinned to node gpu-02 (nodeSelector kubernetes.io/hostname)"
        }
        container {
          name  = "ollama"
          image = "ollama/ollama:0.3.12"
          resources {
            limits = {
              "nvidia.com/gpu" = 1
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "whisper" {
  metadata {
    name      = "tf-whisper"
    namespace = "ai"
  }
  spec {
    selector {
      match_labels = { app = "tf-whisper" }
    }
    template {
      metadata {
        labels = { app = "tf-whisper" }
      }
      spec {
        node_name = "nuc-03" # expect: gpu-workload-single-node "Deployment/ai/tf-whisper uses gpu.intel.com/i915 and is pinned to node nuc-03 (nodeName)"
        container {
          name  = "whisper"
          image = "ghcr.io/acme/whisper:1.2.0"
          resources {
            limits = {
              "gpu.intel.com/i915" = "1"
            }
          }
        }
      }
    }
  }
}

# Any GPU node will do: no finding.
resource "kubernetes_deployment_v1" "stable_diffusion" {
  metadata {
    name      = "tf-stable-diffusion"
    namespace = "ai"
  }
  spec {
    selector {
      match_labels = { app = "tf-stable-diffusion" }
    }
    template {
      metadata {
        labels = { app = "tf-stable-diffusion" }
      }
      spec {
        node_selector = {
          "nvidia.com/gpu.present" = "true"
        }
        container {
          name  = "sd"
          image = "ghcr.io/acme/stable-diffusion:1.0.0"
          resources {
            limits = {
              "nvidia.com/gpu" = 1
            }
          }
        }
      }
    }
  }
}
