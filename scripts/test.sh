#!/usr/bin/env bash
# Everything `make test` runs: lint, Django checks, then, side by side (one lane
# per core), pytest on SQLite followed by the browser tests in Debian's
# Chromium, and pytest on a throwaway PostgreSQL.
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

scripts/ensure-package.sh chromium chromium "les tests navigateur"
scripts/ensure-pango.sh
scripts/ensure-package.sh redis-server redis-server "le test de montée en charge"
scripts/ensure-package.sh xgettext gettext "le test des pluriels"

logs=$(mktemp -d /tmp/relais-test-logs.XXXXXX)
pgdir=$(mktemp -d /tmp/relais-pg.XXXXXX)
cleanup() { scripts/postgres.sh stop "$pgdir"; rm -rf "$logs"; }
trap cleanup EXIT
DATABASE_URL=$(scripts/postgres.sh start "$pgdir")

# Two lanes, one per core: SQLite then the browser tests (Chromium on SQLite),
# beside the PostgreSQL run, the longest.
echo "== pytest: SQLite then the browser tests (Chromium, axe-core), beside PostgreSQL"
(
    pytest -m "not browser" -q -p no:cacheprovider >"$logs/sqlite.log" 2>&1 || {
        echo "(not run: the SQLite tests failed)" >"$logs/browser.log"
        exit 1
    }
    pytest -m browser -q -p no:cacheprovider >"$logs/browser.log" 2>&1
) &
sqlite_pid=$!
DATABASE_URL=$DATABASE_URL pytest -m "not browser" -q -p no:cacheprovider \
    >"$logs/postgres.log" 2>&1 &
postgres_pid=$!
status=0
wait "$sqlite_pid" || status=1
wait "$postgres_pid" || status=1
lines=5
[ "$status" -eq 0 ] || lines=+1  # the whole logs when something failed
echo "-- SQLite"
tail -n "$lines" "$logs/sqlite.log"
echo "-- browser"
tail -n "$lines" "$logs/browser.log"
echo "-- PostgreSQL"
tail -n "$lines" "$logs/postgres.log"
[ "$status" -eq 0 ] || { echo "pytest failed (see above)"; exit 1; }
