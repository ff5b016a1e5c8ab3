module "homepage" {
  source = "../modules/app"
  name   = "homepage"
  image  = "ghcr.io/gethomepage/homepage:v0.9.10"
}

module "uptime_kuma" {
  source         = "../modules/app"
  name           = "uptime-kuma"
  image          = "louislam/uptime-kuma:1.23.14"
  read_only_root = false
}
