# Modules pulled from elsewhere. plumb does not scan these.

module "external_dns" {
  source = "git::https://git.example.net/infra/tf-external-dns.git?ref=v0.4.0"

  domain = var.domain
  pihole = "http://192.168.1.2"
}

module "velero" {
  # unpinned: follows the default branch
  source = "git::https://git.example.net/infra/tf-velero.git"

  bucket = "velero"
  s3_url = "http://nas.lan:9000"
}

module "metallb" {
  source = "example-org/metallb/kubernetes"
  # no version -> newest on every init

  address_pool = ["192.168.1.240-192.168.1.250"]
}

module "sealed_secrets" {
  source  = "example-org/sealed-secrets/kubernetes"
  version = "1.2.3"
}
