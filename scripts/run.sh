#!/usr/bin/env bash
# Start the site and the django-q2 cluster together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

# WeasyPrint's Pango (attestation and poster PDFs); never stops the start.
scripts/ensure-pango.sh
$PY manage.py migrate --no-input
$PY manage.py createcachetable
demo=$($PY manage.py load_demo)
# Renditions of the demo's step pictures, made once so no lesson waits for them.
$PY manage.py prepare_demo_pictures >/dev/null

# Each server runs in its own session so that Ctrl-C reaches only this script,
# which then stops each one once: django-q2 hangs when it is sent SIGINT and
# SIGTERM together.
pids=()
stop() {
    trap - INT TERM EXIT
    echo
    echo "Arrêt du site et des tâches de fond…"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 30); do
        alive=0
        for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" -eq 0 ] && break
        sleep 0.5
    done
    for pid in "${pids[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
    echo "Arrêté."
}
trap stop INT TERM EXIT

setsid $PY manage.py qcluster &
pids+=($!)
setsid $PY manage.py runserver "$HOST:$PORT" --noreload &
pids+=($!)

for _ in $(seq 1 40); do
    $PY -c "import socket; socket.create_connection(('$HOST', $PORT), 1)" 2>/dev/null && break
    sleep 0.5
done
cat <<MSG

  ──────────────────────────────────────────────────────────────
  Relais numérique est lancé : http://$HOST:$PORT/
  Administration (Wagtail) :   http://$HOST:$PORT/admin/

  $demo

  Ctrl-C arrête le site et les tâches de fond.
  ──────────────────────────────────────────────────────────────

MSG
wait -n "${pids[@]}"
