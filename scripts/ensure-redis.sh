#!/usr/bin/env bash
# The scale-out test (tests/lms/test_redis_scale_out.py) starts a real
# redis-server on a free local port; install Debian's package when it is missing.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installation de Redis (paquet Debian)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
else
    echo "Redis est requis pour le test de montée en charge : sudo apt-get install redis-server" >&2
    exit 1
fi
