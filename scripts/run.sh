#!/usr/bin/env bash
# Start the site and the django-q2 cluster together; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

$PY manage.py migrate --no-input
$PY manage.py load_demo --verbosity 0

pids=()
stop() {
    trap - INT TERM EXIT
    echo
    echo "Arrêt du site et des tâches de fond…"
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap stop INT TERM EXIT

$PY manage.py qcluster &
pids+=($!)
$PY manage.py runserver "$HOST:$PORT" --noreload &
pids+=($!)

sleep 2
cat <<MSG

  Relais numérique est lancé : http://$HOST:$PORT/
  Administration (Wagtail) :   http://$HOST:$PORT/admin/

  Comptes de démonstration — mot de passe pour tous : relais-demo
MSG
$PY manage.py shell -c "
from demo.services import DEMO_ACCOUNTS
for a in DEMO_ACCOUNTS:
    print(f'    {a.username:<14} {a.description}')
"
echo
echo "  Ctrl-C arrête le site et les tâches de fond."
wait -n "${pids[@]}"
