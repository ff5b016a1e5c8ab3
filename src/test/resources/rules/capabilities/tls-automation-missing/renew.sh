#!/usr/bin/env bash
# Run by hand every 80 days:
# certbot certonly --manual -d shop.example.net && kubectl create secret tls ... --dry-run=client -o yaml
echo "renew the certificates, see README"
