domain   = "example.net"
replicas = 1
image    = "nextcloud:29.0.4-apache"

trusted_proxies = [
  "10.42.0.0/16",
  "192.168.1.0/24",
]

# real values live in secrets.auto.tfvars (git-crypt)
db_password    = "changeme-not-real"
admin_password = "changeme-not-real"
