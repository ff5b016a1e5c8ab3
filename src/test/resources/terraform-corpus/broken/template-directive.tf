# DELIBERATELY BROKEN: a %{ if } template directive that is never closed
# with %{ endif }, inside a quoted string.

variable "enable_debug" {
  type    = bool
  default = false
}

resource "kubernetes_config_map_v1" "flags" {
  metadata {
    name      = "flags"
    namespace = "default"
  }

  data = {
    "flags.conf" = "log_level=%{ if var.enable_debug }debug%{ else }info"
    "mode"       = "standard"
  }
}
