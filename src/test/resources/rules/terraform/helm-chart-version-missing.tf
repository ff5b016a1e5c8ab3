# A remote chart without version, next to the same chart pinned.
resource "helm_release" "traefik" {
  name       = "traefik"
  repository = "https://traefik.github.io/charts"
  chart      = "traefik" # expect: helm-chart-version-missing "helm_release.traefik installs chart traefik from https://traefik.github.io/charts"
  namespace  = "traefik"
}

resource "helm_release" "cert_manager" {
  name       = "cert-manager"
  repository = "https://charts.jetstack.io"
  chart      = "cert-manager"
  version    = "v1.15.3"
}

# A version from a variable is a pin plumb cannot read, but a pin.
resource "helm_release" "gitea" {
  name       = "gitea"
  repository = "https://dl.gitea.com/charts/"
  chart      = "gitea"
  version    = var.gitea_chart_version
}

# OCI and repo/name forms without repository.
resource "helm_release" "podinfo" {
  name  = "podinfo"
  chart = "oci://ghcr.io/stefanprodan/charts/podinfo" # expect: helm-chart-version-missing "oci://ghcr.io/stefanprodan/charts/podinfo"
}

resource "helm_release" "redis" {
  name  = "redis"
  chart = "bitnami/redis" # expect: helm-chart-version-missing "chart bitnami/redis"
}

# A chart tarball URL names its version.
resource "helm_release" "loki" {
  name  = "loki"
  chart = "https://github.com/grafana/helm-charts/releases/download/loki-6.6.2/loki-6.6.2.tgz"
}

# Local charts: no repository to take a newer version from.
resource "helm_release" "uptime_kuma" {
  name  = "uptime-kuma"
  chart = "${path.module}/charts/uptime-kuma"
}

resource "helm_release" "uptime_kuma_relative" {
  name  = "uptime-kuma"
  chart = "./charts/uptime-kuma"
}

resource "helm_release" "shared" {
  name  = "shared"
  chart = "../charts/shared"
}

resource "helm_release" "in_repo_folder" {
  name  = "local"
  chart = "charts/homepage"
}

# The repository from a variable is still a remote repository.
resource "helm_release" "longhorn" {
  name       = "longhorn"
  repository = var.longhorn_repository
  chart      = "longhorn" # expect: helm-chart-version-missing "chart longhorn without a version"
}

# Not a helm_release: a data source and another resource with a chart attribute.
data "helm_template" "preview" {
  repository = "https://traefik.github.io/charts"
  chart      = "traefik"
}
