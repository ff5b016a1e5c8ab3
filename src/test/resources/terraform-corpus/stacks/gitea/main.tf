module "repos" {
  source    = "../../modules/nfs-volume"
  name      = "gitea-data"
  namespace = var.namespace
  size      = "200Gi"
}

resource "helm_release" "gitea" {
  name       = "gitea"
  namespace  = var.namespace
  repository = "https://dl.gitea.com/charts/"
  chart      = "gitea"
  version    = var.chart_version

  values = [
    templatefile("${path.module}/values/gitea.yaml.tpl", {
      domain          = var.domain
      claim           = module.repos.claim_name
      actions_enabled = var.enable_runner
    }),
  ]

  set {
    name  = "service.ssh.type"
    value = "LoadBalancer"
  }

  set {
    name  = "service.ssh.loadBalancerIP"
    value = var.ssh_ip
  }

  set {
    name  = "image.rootless"
    value = "true"
    type  = "string"
  }

  set_sensitive {
    name  = "gitea.admin.password"
    value = var.admin_password
  }

  lifecycle {
    ignore_changes = [version]
  }
}

module "ingress" {
  source       = "../../modules/ingress"
  name         = "gitea"
  namespace    = var.namespace
  domain       = var.domain
  subdomain    = "git"
  service_name = "gitea-http"
  service_port = 3000
}
