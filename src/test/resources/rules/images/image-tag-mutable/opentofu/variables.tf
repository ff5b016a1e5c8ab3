variable "tag" {
  default = "latest"
}
