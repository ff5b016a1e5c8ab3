image                = "jellyfin/jellyfin:10.9.9"
hardware_transcoding = true
media_libraries      = ["movies", "shows", "music", "audiobooks"]
