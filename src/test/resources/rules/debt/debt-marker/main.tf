# Terraform reads #, // and /* */ comments alike.
resource "hcloud_server" "node" {
  name        = "k3s-1"
  server_type = "cx32"   // TODO move to cax21 after the ARM images are tested   # expect: debt-marker "TODO in a comment: \"TODO move to cax21"
  image       = "ubuntu-24.04"
  location    = "fsn1"   // the only location with cx32 left
  /* Would be nice: a second node in another location */   # expect: debt-marker "\"Would be nice\""
  labels = {
    url = "https://example.net/TODO"   // the path above is a string, not a comment
  }
}

# Ingress admission webhooks are not working on EKS without hostNetwork: the chart sets it.
# Need any special workaround flags set? None here.
# Proxy protocol is not working yet on the load balancer   # expect: debt-marker "is not working yet\""
# Hard-coded zone as a workaround until the provider reads it from the account   # expect: debt-marker "\"workaround\""
