variable "namespace" {
  type    = string
  default = "home-assistant"
}

variable "ha_version" {
  type    = string
  default = "2024.8.3"
}

variable "zigbee_device" {
  description = "USB path of the Zigbee coordinator on the node; empty disables the passthrough"
  type        = string
  default     = "/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0"
}

variable "node_name" {
  type    = string
  default = "nuc-01"
}

variable "latitude" {
  type    = number
  default = 52.52
}

variable "longitude" {
  type    = number
  default = 13.40
}

variable "trusted_networks" {
  type    = list(string)
  default = ["192.168.1.0/24", "10.42.0.0/16"]
}

variable "use_mqtt" {
  type    = bool
  default = true
}
