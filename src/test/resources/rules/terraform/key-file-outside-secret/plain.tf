# Files on disk and instance user data are not secret stores either.
resource "local_file" "kubeconfig" {
  filename        = "${path.module}/out/k3s.yaml"
  content         = file("/etc/rancher/k3s/k3s.yaml") # expect: key-file-outside-secret "local_file.kubeconfig reads the kubeconfig /etc/rancher/k3s/k3s.yaml"
  file_permission = "0644"
}

# local_sensitive_file keeps its content out of plans and writes 0700 by default: the deliberate choice.
resource "local_sensitive_file" "kubeconfig" {
  filename = "${path.module}/out/admin.kubeconfig"
  content  = file("/etc/rancher/k3s/k3s.yaml")
}

resource "hcloud_server" "node" {
  name        = "k3s-2"
  server_type = "cx32"
  image       = "ubuntu-24.04"
  user_data = templatefile("${path.module}/cloud-init.yaml", {
    ssh_key    = file(pathexpand("~/.ssh/id_ed25519.pub"))
    wg_private = file("${path.module}/keys/${var.node}.key") # expect: key-file-outside-secret "reads the private key ${path.module}/keys/${var.node}.key"
    vault_pass = file("${var.secrets_dir}/vault-pass.txt")
  })

  # The key Terraform logs in with is not stored anywhere.
  connection {
    type        = "ssh"
    host        = self.ipv4_address
    private_key = file(pathexpand("~/.ssh/id_ed25519"))
  }
  provisioner "file" {
    content     = file("${path.module}/keys/wg0.key")
    destination = "/etc/wireguard/private.key"
  }
}

# Certificate stores and secret managers take private keys by design.
resource "hcloud_uploaded_certificate" "shop" {
  name        = "shop"
  private_key = file("keys/tls.key")
  certificate = file("certs/tls.crt")
}

resource "vault_kv_secret_v2" "deploy_key" {
  mount = "kv"
  name  = "ci/deploy-key"
  data_json = jsonencode({
    private_key = file(pathexpand("~/.ssh/id_ed25519_ci"))
  })
}

# Hashes and names of key files are not their content.
resource "null_resource" "rotate" {
  triggers = {
    key_hash = filesha256("keys/tls.key")
    key_md5  = filemd5("keys/tls.key")
    nginx    = file("${path.module}/nginx.conf")
    keystore = filebase64("${path.module}/keys/backup.p12") # expect: key-file-outside-secret "PKCS#12 keystore"
    vault    = filebase64("${path.module}/keys/team.kdbx") # expect: key-file-outside-secret "KeePass database"
  }
}

# A data source reads; a module argument goes wherever the module sends it.
data "local_sensitive_file" "key" {
  filename = "${path.module}/keys/tls.key"
}

module "backup" {
  source  = "./modules/backup"
  ssh_key = file(pathexpand("~/.ssh/id_ed25519"))
}
