#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free local port.
#   scripts/postgres.sh start DIR   → prints the DATABASE_URL
#   scripts/postgres.sh stop DIR
# PG_SETTINGS adds server settings (« -c shared_buffers=1GB … »): the network
# benchmark sizes its cluster as docs/scaling.md advises for production.
set -euo pipefail
action=$1
dir=$2

find_bin() {
    local bindir
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$bindir" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    [ -n "$bindir" ] || { echo "PostgreSQL est requis : apt-get install postgresql" >&2; exit 1; }
    echo "$bindir"
}

# PostgreSQL refuses to run as root: use the postgres account then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    bin=$(find_bin)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_SETTINGS:-}" \
        start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/relais"
    ;;
stop)
    bin=$(find_bin)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
