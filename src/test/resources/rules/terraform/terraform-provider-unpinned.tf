terraform {
  required_version = ">= 1.5.0"

  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.31"
    }
    helm = { # expect: terraform-provider-unpinned "provider helm (hashicorp/helm) has no version constraint"
      source = "hashicorp/helm"
    }
    # a constraint from a lower bound only is still a constraint
    random = {
      source  = "hashicorp/random"
      version = ">= 3.0"
    }
    http = { # expect: terraform-provider-unpinned "provider http (hashicorp/http)"
      source = "hashicorp/http"
    }
    # legacy string form: the string is the constraint
    null = "~> 3.2"
    local = "" # expect: terraform-provider-unpinned "provider local (local)"
  }

  backend "local" {
    path = "terraform.tfstate"
  }
}

# A provider block is configuration, not a requirement: never flagged.
provider "helm" {
  kubernetes {
    config_path = var.kubeconfig
  }
}

# A module's own terraform block, pinned.
terraform {
  required_providers {
    kubectl = {
      source  = "gavinbunney/kubectl"
      version = "1.14.0"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.14"
    }
    local = "~> 2.5"
  }
}
