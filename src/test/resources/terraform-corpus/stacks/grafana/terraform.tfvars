namespace = "monitoring"
retention = "30d"

grafana_admin_password = "changeme-not-real"

scrape_targets = {
  nas    = "192.168.1.10:9100"
  router = "192.168.1.1:9100"
  ups    = "192.168.1.11:9199"
}
