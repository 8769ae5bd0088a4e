#!/usr/bin/env bash
# Page benchmarks: median render time and query count, small vs large course;
# then the HTTP benchmark (gunicorn, PostgreSQL, Redis, wrk) beside a bare page.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/bench.py "$@"
.venv/bin/python scripts/bench_http.py
