probe_targets = {
  nextcloud = "https://cloud.example.net/status.php"
  immich    = "https://photos.example.net/api/server/ping"
  gitea     = "https://git.example.net/api/healthz"
  vault     = "https://vault.example.net/alive"
}

backup_max_age_hours = 30

alert_receivers = [
  { name = "phone", topic = "homelab-critical" },
  { name = "desk", topic = "homelab-all" },
]
