locals {
  # One alert per probed endpoint, so the alert names the service instead of a URL.
  probe_alerts = [
    for service, url in var.probe_targets : {
      alert = "${title(service)}Down"
      expr  = "probe_success{job=\"blackbox\",instance=\"${url}\"} == 0"
      for   = "5m"
      labels = {
        severity = service == "vault" ? "critical" : "warning"
      }
      annotations = {
        summary     = "${service} is not answering"
        description = <<-EOT
          blackbox-exporter could not reach ${url} for five minutes.
          Check the pod (kubectl -n ${service} get pods) and the Traefik logs.
        EOT
      }
    }
  ]
}

resource "kubernetes_manifest" "probe_rules" {
  manifest = {
    apiVersion = "monitoring.coreos.com/v1"
    kind       = "PrometheusRule"
    metadata = {
      name      = "endpoint-probes"
      namespace = var.namespace
      labels    = { release = "kube-prometheus-stack" }
    }
    spec = {
      groups = [{
        name  = "endpoints"
        rules = local.probe_alerts
      }]
    }
  }
}

resource "kubernetes_manifest" "backup_rules" {
  manifest = {
    apiVersion = "monitoring.coreos.com/v1"
    kind       = "PrometheusRule"
    metadata = {
      name      = "backups"
      namespace = var.namespace
      labels    = { release = "kube-prometheus-stack" }
    }
    spec = {
      groups = [{
        name = "backups"
        rules = [
          {
            alert = "BackupTooOld"
            expr  = "time() - homelab_backup_last_success_timestamp_seconds > ${var.backup_max_age_hours * 3600}"
            for   = "30m"
            labels = {
              severity = "critical"
            }
            annotations = {
              summary = "{{ $labels.job }} has not completed a backup in ${var.backup_max_age_hours} hours"
            }
          },
        ]
      }]
    }
  }
}
