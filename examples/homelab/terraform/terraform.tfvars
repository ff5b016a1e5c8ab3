# Values for the homelab cluster. Secrets are not here: they come from SOPS files applied out of band.
nfs_server        = "192.168.1.10"
wiki_image        = "ghcr.io/requarks/wiki:2.5.304"
podcast_fetch_tag = "main"
linkding_tag      = "1.36.0"
