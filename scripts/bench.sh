#!/usr/bin/env bash
# Page benchmarks: median render time and query count, small vs large course;
# then a 200,000-row background export (scripts/bench_exports.py); then the
# HTTP benchmark (gunicorn, PostgreSQL, Redis, wrk) beside a bare page.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/bench.py "$@"
# Background exports: a 200,000-row file written by the worker (≤ 60 s, ≤ 300 MB).
.venv/bin/python scripts/bench_exports.py
.venv/bin/python scripts/bench_http.py
