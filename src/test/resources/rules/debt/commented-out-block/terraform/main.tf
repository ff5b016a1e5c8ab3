# A stack with disabled resources in each comment style, and prose that must stay silent.

resource "kubernetes_namespace_v1" "media" {
  metadata {
    name = "media"
  }
}

# resource "kubernetes_deployment_v1" "sonarr" {   # expect: commented-out-block "7 commented-out lines"
#   metadata {
#     name      = "sonarr"
#     namespace = kubernetes_namespace_v1.media.metadata[0].name
#   }
#   spec {}
# }

// resource "kubernetes_service_v1" "sonarr" {   # expect: commented-out-block "6 commented-out lines of configuration (lines"
//   metadata {
//     name = "sonarr"
//   }
//   spec { port { port = 8989 } }
// }

/*
module "sonarr_ingress" {   # expect: commented-out-block "5 commented-out lines"
  source = "../modules/ingress"
  host   = "sonarr.example.net"
  name   = "sonarr"
}
*/

# Sonarr was replaced by the *arr stack in the media chart; the
# resources above are kept until the migration of the library is done
# and the old volume can be deleted. This is prose over four lines,
# and a reviewer reads it as such.

resource "kubernetes_config_map_v1" "routes" {
  metadata {
    name      = "routes"
    namespace = "media"
  }
  data = {
    # Paths with a glob inside a heredoc do not open a comment.
    "routes.yaml" = <<-EOT
      routes:
        - path: /api/*
          service: api
        - path: /static/*
          service: web
    EOT
  }
}

resource "kubernetes_config_map_v1" "more" {
  metadata {
    name      = "more"
    namespace = "media"
  }
  data = {
    a = "1"
    b = "2"
    c = "3"
    d = "4"
    e = "5"
  }
}
