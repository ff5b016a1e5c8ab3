output "probe_alerts" {
  value = [for alert in local.probe_alerts : alert.alert]
}
