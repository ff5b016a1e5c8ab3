variable "namespace" {
  type    = string
  default = "media"
}

variable "image" {
  type    = string
  default = "jellyfin/jellyfin:10.9.9"
}

variable "media_libraries" {
  type    = list(string)
  default = ["movies", "shows", "music"]
}

variable "hardware_transcoding" {
  type    = bool
  default = true
}
