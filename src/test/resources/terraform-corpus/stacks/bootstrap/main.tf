# Node bootstrap: a shell script that writes a kubeconfig through its own
# heredoc, so one line of the Terraform heredoc ends in "EOF" without closing it.
resource "kubernetes_config_map_v1" "bootstrap" {
  metadata {
    name      = "node-bootstrap"
    namespace = "kube-system"
  }

  data = {
    "bootstrap.sh" = <<-EOF
      #!/bin/sh
      set -eu
      cat <<-KUBEEOF > /etc/kubernetes/bootstrap.conf
        server: https://k3s.example.net:6443
      KUBEEOF
      cat <<'PFXEOF' > /etc/motd
        managed by terraform
      PFXEOF
    EOF
  }
}

resource "kubernetes_cluster_role_binding_v1" "bootstrap" {
  metadata {
    name = "node-bootstrap-admin"
  }

  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin"
  }

  subject {
    kind      = "ServiceAccount"
    name      = "node-bootstrap"
    namespace = "kube-system"
  }
}
