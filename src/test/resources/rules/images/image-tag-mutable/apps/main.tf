module "blog" {
  source = "../modules/web"
  name   = "blog"
  image  = "ghost:latest"
}

module "shop" {
  source = "../modules/web"
  name   = "shop"
  image  = "ghcr.io/acme/shop"
}

module "docs" {
  source = "../modules/web"
  name   = "docs"
  image  = "ghcr.io/acme/docs:1.0.0"
}
