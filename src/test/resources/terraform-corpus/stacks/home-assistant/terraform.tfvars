ha_version       = "2024.8.3"
node_name        = "nuc-01"
zigbee_device    = "/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0"
trusted_networks = ["192.168.1.0/24", "10.42.0.0/16"]
