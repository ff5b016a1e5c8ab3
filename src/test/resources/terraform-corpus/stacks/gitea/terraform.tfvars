namespace     = "gitea"
chart_version = "10.4.1"
ssh_ip        = "192.168.1.241"
enable_runner = true
runner_labels = [
  "ubuntu-latest:docker://node:20-bookworm",
  "ubuntu-22.04:docker://node:20-bullseye",
]
