# Key material read into ConfigMaps and other plain resources, next to the same files kept in Secrets.

resource "kubernetes_config_map_v1" "grafana_saml" {
  metadata {
    name      = "grafana-saml"
    namespace = "monitoring"
  }
  data = {
    "saml.key" = file("${path.module}/keys/grafana-saml.key") # expect: key-file-outside-secret "kubernetes_config_map_v1.grafana_saml reads the private key ${path.module}/keys/grafana-saml.key with file() into a ConfigMap, not a Secret"
    "saml.crt" = file("${path.module}/keys/grafana-saml.crt")
    # The config itself is fine.
    "grafana.ini" = file("${path.module}/grafana.ini")
  }
}

# The git-crypt key unlocks every encrypted file of the repository.
resource "kubernetes_config_map" "unlock" {
  metadata {
    name = "repo-unlock"
  }
  binary_data = {
    "git-crypt.key" = filebase64("${path.module}/../.git-crypt/keys/default/0/4E5F8A1C.gpg") # expect: key-file-outside-secret "reads the git-crypt key"
    id_ed25519      = filebase64(pathexpand("~/.ssh/id_ed25519")) # expect: key-file-outside-secret "reads the SSH private key ~/.ssh/id_ed25519 with filebase64()"
    "known_hosts"   = filebase64("${path.module}/ssh/known_hosts")
    # id_ed25519.pub is the public half: fine anywhere.
    "deploy.pub" = filebase64(pathexpand("~/.ssh/id_ed25519.pub"))
  }
}

# PEM files: the text decides when the repository holds them, the name when it does not.
resource "kubernetes_config_map_v1" "trust" {
  metadata {
    name      = "internal-ca"
    namespace = "shop"
  }
  data = {
    # Certificates only: a trust bundle is public, Kubernetes publishes kube-root-ca.crt the same way.
    "ca-bundle.pem" = file("certs/ca-bundle.pem")
    # Named like a certificate, but the repository's copy holds a private key.
    "ca.pem"   = file("certs/ca.pem") # expect: key-file-outside-secret "reads the private key certs/ca.pem"
    "root.pem" = file("/etc/ssl/lan/root-ca.pem")
    # Not in the repository (gitignored) and not named like a certificate: it may be a key.
    "tls.pem" = file("/etc/ssl/lan/tls.pem") # expect: key-file-outside-secret "reads the PEM file /etc/ssl/lan/tls.pem"
    "privkey.pem" = file("/etc/letsencrypt/live/shop.example.net/privkey.pem") # expect: key-file-outside-secret "PEM file"
  }
}

# A kubernetes_manifest of a ConfigMap is a ConfigMap.
resource "kubernetes_manifest" "backup_config" {
  manifest = {
    apiVersion = "v1"
    kind       = "ConfigMap"
    metadata = {
      name      = "restic"
      namespace = "backup"
    }
    data = {
      "kubeconfig"  = file("${path.module}/kubeconfig") # expect: key-file-outside-secret "reads the kubeconfig"
      "gcs.json"    = templatefile("${path.module}/credentials.json", {}) # expect: key-file-outside-secret "reads the cloud credentials file ${path.module}/credentials.json with templatefile()"
      "restic.env"  = file("${path.module}/.env") # expect: key-file-outside-secret "reads the .env file"
      "example.env" = file("${path.module}/.env.example")
    }
  }
}

# A Secret, through the typed resource or a manifest, is where keys belong.
resource "kubernetes_secret_v1" "tls" {
  metadata {
    name = "shop-tls"
  }
  type = "kubernetes.io/tls"
  data = {
    "tls.crt" = file("certs/tls.crt")
    "tls.key" = file("keys/tls.key")
  }
}

resource "kubernetes_manifest" "sealed" {
  manifest = {
    apiVersion = "v1"
    kind       = "Secret"
    metadata   = { name = "vault-unseal", namespace = "vault" }
    data       = { "unseal.key" = filebase64("${path.module}/keys/unseal.key") }
  }
}

# A manifest whose kind is only known after yamldecode() may be a Secret: plumb cannot tell.
resource "kubernetes_manifest" "decoded" {
  manifest = yamldecode(templatefile("${path.module}/secret.yaml.tpl", { key = file("keys/app.key") }))
}

# The chart decides where a value ends up (usually a Secret it renders): plumb cannot tell.
resource "helm_release" "argocd" {
  name       = "argocd"
  repository = "https://argoproj.github.io/argo-helm"
  chart      = "argo-cd"
  version    = "7.6.8"
  set_sensitive {
    name  = "configs.repositories.infra.sshPrivateKey"
    value = file(pathexpand("~/.ssh/id_rsa_argocd"))
  }
}

# A key in any other Kubernetes object is as readable as a ConfigMap.
resource "kubernetes_deployment_v1" "sftp" {
  metadata {
    name = "sftp"
  }
  spec {
    template {
      metadata {
        annotations = {
          "example.net/host-key" = base64encode(file("keys/ssh_host_ed25519_key")) # expect: key-file-outside-secret "reads the SSH private key keys/ssh_host_ed25519_key with file() into a resource that is not a secret store"
        }
      }
      spec {
        container {
          name  = "sftp"
          image = "atmoz/sftp:alpine-3.7"
          # A comment quoting file("keys/id_rsa") is not a call.
          // nor is file("keys/id_rsa") here
          /* or file("keys/other.key")
             file("keys/id_rsa") */
          args = ["backup::1001"]
        }
      }
    }
  }
}
