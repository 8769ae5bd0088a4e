#!/usr/bin/env bash
# Everything `make test` runs: lint, Django checks, pytest on SQLite and on a
# throwaway PostgreSQL (side by side, one per core), then the browser tests in
# Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
export DJANGO_SETTINGS_MODULE=lms.settings.test

echo "== ruff"
ruff check .
ruff format --check .

echo "== manage.py check"
python manage.py check --fail-level WARNING
echo "== migrations"
python manage.py makemigrations --check --dry-run

scripts/ensure-chromium.sh
scripts/ensure-redis.sh

logs=$(mktemp -d /tmp/relais-test-logs.XXXXXX)
pgdir=$(mktemp -d /tmp/relais-pg.XXXXXX)
cleanup() { scripts/postgres.sh stop "$pgdir"; rm -rf "$logs"; }
trap cleanup EXIT
DATABASE_URL=$(scripts/postgres.sh start "$pgdir")

echo "== pytest on SQLite and on PostgreSQL (in parallel)"
pytest -m "not browser" -q -p no:cacheprovider >"$logs/sqlite.log" 2>&1 &
sqlite_pid=$!
DATABASE_URL=$DATABASE_URL pytest -m "not browser" -q -p no:cacheprovider \
    >"$logs/postgres.log" 2>&1 &
postgres_pid=$!
status=0
wait "$sqlite_pid" || status=1
wait "$postgres_pid" || status=1
lines=5
[ "$status" -eq 0 ] || lines=+1  # the whole log when something failed
echo "-- SQLite"
tail -n "$lines" "$logs/sqlite.log"
echo "-- PostgreSQL"
tail -n "$lines" "$logs/postgres.log"
[ "$status" -eq 0 ] || { echo "pytest failed (see above)"; exit 1; }
cleanup
trap - EXIT

echo "== browser tests (Chromium, axe-core)"
pytest -m browser -q -p no:cacheprovider
