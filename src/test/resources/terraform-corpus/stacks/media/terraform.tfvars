domain = "example.net"

apps = {
  sonarr = {
    tag     = "4.0.9"
    port    = 8989
    folders = ["tv", "downloads"]
  }
  radarr = {
    tag     = "5.11.0"
    port    = 7878
    folders = ["movies", "downloads"]
  }
  prowlarr = {
    tag     = "1.24.3"
    port    = 9696
    folders = []
  }
  jellyseerr = {
    tag     = "2.0.1"
    port    = 5055
    folders = []
    public  = true
  }
}
