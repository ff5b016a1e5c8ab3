terraform {
  required_version = ">= 1.6"

  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.33"
    }
    # TODO: pin once the release blocks are migrated to the v3 list form of set
    helm = {
      source = "hashicorp/helm"
    }
  }

  # State lives in the MinIO bucket on the NAS; credentials come from AWS_* in the shell.
  backend "s3" {
    bucket                      = "terraform-state"
    key                         = "homelab/tools.tfstate"
    region                      = "us-east-1"
    endpoints                   = { s3 = "http://nas.lan:9000" }
    use_path_style              = true
    skip_credentials_validation = true
    skip_region_validation      = true
    skip_requesting_account_id  = true
  }
}
