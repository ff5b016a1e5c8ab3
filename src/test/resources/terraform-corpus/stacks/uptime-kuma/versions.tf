terraform {
  required_providers {
    helm = {
      source  = "hashicorp/helm"
      version = ">= 3.0.0"
    }
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.31.0"
    }
  }
}

# helm provider v3: kubernetes is an attribute, not a block
provider "helm" {
  kubernetes = {
    config_path = "~/.kube/config"
  }
}
