databases        = ["nextcloud", "gitea", "immich", "paperless", "grafana"]
storage_size     = "150Gi"
backup_keep_days = 14
