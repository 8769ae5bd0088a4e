#!/usr/bin/env bash
# Page benchmarks: median render time and query count, small vs large course.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/bench.py "$@"
