# Headers every tools ingress sends; the ingress module attaches this middleware by default.
resource "kubernetes_manifest" "security_headers" {
  manifest = {
    apiVersion = "traefik.io/v1alpha1"
    kind       = "Middleware"
    metadata = {
      name      = "security-headers"
      namespace = "tools"
    }
    spec = {
      headers = {
        stsSeconds           = 31536000
        stsIncludeSubdomains = true
        contentTypeNosniff   = true
        frameDeny            = true
        referrerPolicy       = "strict-origin-when-cross-origin"
      }
    }
  }
}
