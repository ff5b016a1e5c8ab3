# The chart's container arguments come from the release's encoded values: each is read on its own line.
resource "helm_release" "metrics_agent" {
  name      = "metrics-agent"
  namespace = "kube-system"
  chart     = "${path.module}/charts/metrics-agent"

  values = [
    yamlencode({
      args = [
        "--kubelet-insecure-tls", # expect: protection-disabled-flag "Container \"agent\" of DaemonSet/kube-system/metrics-agent passes --kubelet-insecure-tls"
        "--metric-resolution=15s",
      ]
    })
  ]
}
