# DELIBERATELY BROKEN: the heredoc body has a line that ends in the
# delimiter word ("... EOT") but no line that is only the delimiter,
# so the heredoc never closes and swallows the rest of the file.

resource "kubernetes_config_map" "motd" {
  metadata {
    name      = "motd"
    namespace = "default"
  }

  data = {
    "motd" = <<-EOT
      Welcome to the homelab.
      Maintenance window: Sundays 03:00-05:00 CET, see EOT
  }
}

resource "kubernetes_config_map" "after" {
  metadata {
    name = "after-the-heredoc"
  }
  data = {
    key = "value"
  }
}
