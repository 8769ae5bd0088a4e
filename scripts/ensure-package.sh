#!/usr/bin/env bash
# Install a Debian package when the command it brings is missing (as root, with
# apt-get); otherwise say what to install and fail. `make test` needs Chromium
# (browser tests), redis-server (the scale-out test) and xgettext (the plurals
# catalog test):
#   scripts/ensure-package.sh COMMAND PACKAGE "what needs it"
set -euo pipefail
command=$1 package=$2 need=$3
if command -v "$command" >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installation de $package (paquet Debian) pour $need…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
else
    echo "$package est requis pour $need : sudo apt-get install $package" >&2
    exit 1
fi
