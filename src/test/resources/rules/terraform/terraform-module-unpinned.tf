module "external_dns" {
  source = "git::https://git.example.net/infra/tf-external-dns.git?ref=v0.4.0"
  domain = var.domain
}

module "velero" {
  source = "git::https://git.example.net/infra/tf-velero.git" # expect: terraform-module-unpinned "module.velero takes git::https://git.example.net/infra/tf-velero.git without ?ref="
  bucket = "velero"
}

module "backup_jobs" {
  source = "git::ssh://git@git.example.net/infra/tf-backup.git//jobs?depth=1&ref=4f1c2a9"
}

module "github_hosted" {
  source = "github.com/example-org/terraform-k3s-addons" # expect: terraform-module-unpinned "without ?ref="
}

module "metallb" {
  source = "example-org/metallb/kubernetes" # expect: terraform-module-unpinned "module.metallb takes example-org/metallb/kubernetes without a version"
  address_pool = ["192.168.1.240-192.168.1.250"]
}

module "sealed_secrets" {
  source  = "example-org/sealed-secrets/kubernetes"
  version = "1.2.3"
}

module "private_registry" {
  source = "app.terraform.io/example-org/postgres/kubernetes//modules/cluster" # expect: terraform-module-unpinned "without a version"
}

module "private_registry_pinned" {
  source  = "app.terraform.io/example-org/postgres/kubernetes//modules/cluster"
  version = "~> 0.9"
}

# Local modules are versioned with this repository.
module "ingress" {
  source = "./modules/ingress"
  host   = "grafana.home.arpa"
}

module "nfs_volume" {
  source = "../modules/nfs-volume"
}
