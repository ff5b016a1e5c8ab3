#!/usr/bin/env bash
# Restoring is documented here but never scheduled; the command stays commented out:
# gunzip -c /backup/shop.sql.gz | psql -h postgres.shop shop && pg_restore --list /backup/shop.dump
echo "see RUNBOOK.md"
