resource "kubernetes_config_map_v1" "app" {
  metadata {
    name      = "app-settings"
    namespace = "shop"
  }
  data = {
    LOG_LEVEL   = "info"
    DB_PASSWORD = "s3cr3t-value-tf" # expect: configmap-sensitive-data "Key \"DB_PASSWORD\""
    DB_HOST     = "postgres.shop.svc"
  }
}

variable "db_password" {
  type    = string
  default = "from-a-variable-3e9f"
}

resource "random_password" "api" {
  length = 32
}

resource "kubernetes_config_map_v1" "computed" {
  metadata {
    name      = "app-computed"
    namespace = "shop"
  }
  data = {
    DB_PASSWORD  = var.db_password
    API_TOKEN    = random_password.api.result
    DATABASE_URL = "postgres://app:${var.db_password}@db.shop.svc/app"
    # A key file read into a ConfigMap is in the repository whatever route it takes.
    "signing.key" = file("${path.module}/keys/FAKE-signing.key") # expect: configmap-sensitive-data "Key \"signing.key\" of ConfigMap/shop/app-computed holds a PEM private key"
  }
  binary_data = {
    "signing.der" = filebase64("${path.module}/keys/FAKE-signing.key") # expect: configmap-sensitive-data "Key \"signing.der\""
  }
}

# A script is code: reading a credential is not holding one; a quoted literal still is.
resource "kubernetes_config_map_v1" "scripts" {
  metadata {
    name      = "tf-scripts"
    namespace = "tools"
  }
  data = {
    "refresh.py" = <<-EOT
      import os
      TOKEN = os.environ["TOKEN"]
      PASSWORD = os.getenv("PASSWORD")
    EOT
    "env.conf" = "api_key: $${LITELLM_API_KEY}"
    "vault.conf" = "token: op://Automation/1password connect/token"
    "login.sh" = "#!/bin/sh\nPASSWORD='tf-literal-pw1'\n" # expect: configmap-sensitive-data "sets \"PASSWORD\" to a literal credential (14 characters)"
  }
}

resource "kubernetes_config_map_v1" "cloud" {
  metadata {
    name      = "tf-cloud"
    namespace = "backup"
  }
  data = {
    AZURE_STORAGE_KEY     = "tf-azure-storage-fixture" # expect: configmap-sensitive-data "Key \"AZURE_STORAGE_KEY\" of ConfigMap/backup/tf-cloud holds a literal credential (24 characters)"
    AZURE_STORAGE_ACCOUNT = "shopdata"
  }
}

# An encoded document is judged key by key, on the line of each key; a value from a variable is not a literal.
variable "smtp_password" {
  type      = string
  sensitive = true
  default   = "from-the-vault-at-apply"
}

resource "kubernetes_config_map_v1" "mailer" {
  metadata {
    name      = "tf-mailer"
    namespace = "mail"
  }
  data = {
    "settings.json" = jsonencode({
      smtp = {
        host     = "smtp.example.org"
        user     = "mailer"
        password = "Tr0ub4dor-and-3" # expect: configmap-sensitive-data "Key \"settings.json\" of ConfigMap/mail/tf-mailer sets \"password\", which holds a literal credential"
      }
      relay = {
        password = var.smtp_password
      }
    })
  }
}
