# Terraform: a literal written in the resource is committed; values from variables, data sources,
# random_password, functions or other resources are not written here and stay silent.
variable "db_password" {
  type      = string
  sensitive = true
  default   = "default-is-an-input-7c1d"
}

data "kubernetes_secret_v1" "upstream" {
  metadata {
    name = "upstream"
  }
}

resource "random_password" "api" {
  length = 32
}

locals {
  smtp_password = "from-a-local-5b2e"
}

resource "kubernetes_secret_v1" "literal" {
  metadata {
    name      = "app-literal"
    namespace = "shop"
  }
  data = { # expect: secret-literal-committed "Secret/shop/app-literal is committed with 1 plaintext value (stringData: DB_PASSWORD)"
    DB_USER     = "shop"
    DB_PASSWORD = "s3cr3t-tf-literal-9a"
  }
}

resource "kubernetes_secret_v1" "computed" {
  metadata {
    name      = "app-computed"
    namespace = "shop"
  }
  data = {
    DB_PASSWORD   = var.db_password
    API_TOKEN     = random_password.api.result
    UPSTREAM      = data.kubernetes_secret_v1.upstream.data["token"]
    SMTP_PASSWORD = local.smtp_password
    ENCODED       = base64encode("fixture-from-a-function")
    URL           = "postgres://shop:${var.db_password}@db.shop.svc/shop"
  }
}

# 1Password references are pointers, spaces in the item name and all.
resource "kubernetes_secret_v1" "onepassword" {
  metadata {
    name      = "onepassword-connect-vault-secret"
    namespace = "external-secrets"
  }
  data = {
    token = "op://Automation/1password connect/token"
  }
}

# A literal written inside an encoded document is written into the code; a variable inside it is not.
resource "kubernetes_secret_v1" "encoded" {
  metadata {
    name      = "tf-encoded-config"
    namespace = "shop"
  }
  data = { # expect: secret-literal-committed "Secret/shop/tf-encoded-config is committed with 1 plaintext value (stringData: config.json)"
    "config.json" = jsonencode({ database = { password = "Tr0ub4dor-and-3" } })
    "other.json"  = jsonencode({ database = { password = var.db_password } })
  }
}
