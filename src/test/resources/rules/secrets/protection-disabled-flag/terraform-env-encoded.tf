# An env value that encodes a document is read key by key, like an encoded argument: each setting on
# the line that wrote its key.
resource "kubernetes_deployment" "encoded_env" {
  metadata {
    name      = "tf-encoded-env"
    namespace = "apps"
  }
  spec {
    template {
      spec {
        container {
          name  = "agent"
          image = "ghcr.io/acme/agent:1.0.0"
          env {
            name = "CONFIG"
            value = jsonencode({
              dangerouslyDisableAuth = true # expect: protection-disabled-flag "Container \"agent\" of Deployment/apps/tf-encoded-env sets CONFIG to a document that sets dangerouslyDisableAuth: true, which turns off a safety check meant to stay on"
              port                   = 8080
              tls = {
                verify = true
              }
            })
          }
          env {
            name = "SETTINGS_YAML"
            value = yamlencode({
              server = {
                insecure = true # expect: protection-disabled-flag "sets SETTINGS_YAML to a document that sets insecure: true"
              }
            })
          }
          env {
            name  = "SETTINGS_JSON"
            value = <<-EOT
              {
                "listen": ":8443",
                "tls_verify": false, # expect: protection-disabled-flag "Container \"agent\" of Deployment/apps/tf-encoded-env sets SETTINGS_JSON to a document that sets tls_verify: false, which turns off TLS certificate verification"
                "debug": false
              }
            EOT
          }
        }
      }
    }
  }
}

resource "kubernetes_manifest" "encoded_env" {
  manifest = {
    apiVersion = "apps/v1"
    kind       = "Deployment"
    metadata = {
      name      = "tf-manifest-env"
      namespace = "apps"
    }
    spec = {
      template = {
        spec = {
          containers = [{
            name  = "agent"
            image = "ghcr.io/acme/agent:1.0.0"
            env = [{
              name = "CONFIG"
              value = jsonencode({
                auth = {
                  dangerouslyDisableAuth = true # expect: protection-disabled-flag "Container \"agent\" of Deployment/apps/tf-manifest-env sets CONFIG to a document that sets dangerouslyDisableAuth: true"
                }
              })
            }]
          }]
        }
      }
    }
  }
}
