immich_version = "v1.112.1"
db_password    = "changeme-not-real"

nfs_shares = {
  library     = { path = "/volume1/photos/immich", read_only = false }
  external    = { path = "/volume1/photos/archive", read_only = true }
  model-cache = { path = "/volume1/k8s/immich/model-cache", read_only = false }
}
