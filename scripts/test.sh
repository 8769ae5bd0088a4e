#!/usr/bin/env bash
# Everything `make test` runs: lint, Django checks, pytest on SQLite and on a
# throwaway PostgreSQL, then the browser tests in Debian's Chromium.
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

echo "== pytest (SQLite)"
pytest -m "not browser" -q -p no:cacheprovider

echo "== pytest (PostgreSQL)"
pgdir=$(mktemp -d /tmp/relais-pg.XXXXXX)
cleanup() { scripts/postgres.sh stop "$pgdir"; }
trap cleanup EXIT
DATABASE_URL=$(scripts/postgres.sh start "$pgdir")
DATABASE_URL=$DATABASE_URL pytest -m "not browser" -q -p no:cacheprovider
cleanup
trap - EXIT

echo "== browser tests (Chromium, axe-core)"
scripts/ensure-chromium.sh
pytest -m browser -q -p no:cacheprovider
