resource "hcloud_server" "node" {
  name        = "k3s-1"
  server_type = "cx32"
}
/*
resource "hcloud_server" "node2" {   # expect: commented-out-block "5 commented-out lines"
  name        = "k3s-2"
  server_type = "cx32"
  location    = "nbg1"
}
*/
