#!/usr/bin/env bash
# Nightly export of the tasks database.
set -euo pipefail
# HACK: pg_dump 16 client against a 15 server, works for now   # expect: debt-marker "HACK in a comment"
pg_dump --no-owner tasks > /backup/tasks.sql
echo "TODO: nothing to see, this string is output, not a comment"
# HACKING.md explains how to run this by hand
