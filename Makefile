# Relais numérique — the two commands a new user needs: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
AXE := node_modules/axe-core/axe.min.js

.DEFAULT_GOAL := help
.PHONY: help install run test test-fast lint messages bench bench-http bench-room bench-network lock clean

help:
	@echo "make run   — installe, migre, charge la démo, lance le site et les tâches de fond"
	@echo "make test  — lint, vérifications, tests SQLite + PostgreSQL + navigateur"
	@echo "make bench — mesures de performance (requêtes et temps de réponse) ;"
	@echo "             make bench-http : pages de l'apprenant sous charge (gunicorn, wrk)"
	@echo "             make bench-room : une salle de 30 en mode guidé (HTTP, 3 min)"
	@echo "             make bench-network : un réseau entier sur PostgreSQL (100 structures,"
	@echo "               20 000 bénéficiaires, 2 millions de leçons faites) ;"
	@echo "               BENCH_NETWORK=\"--scale 0.05\" pour un essai rapide"

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24,<27"
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

$(AXE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(AXE)

run: install
	@scripts/run.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: install $(AXE)
	@scripts/test.sh

# The French plurals catalog (locale/fr), rebuilt from the code after adding a
# message with a plural (lms/plurals.py says why; a test fails until it is).
messages: install
	@scripts/messages.sh

# The unit and integration tests on SQLite only: the quick loop while coding.
test-fast: install
	$(VENV)/bin/pytest -m "not browser" -q

bench: install
	@scripts/bench.sh

# The learner pages under load beside a bare Wagtail page: production settings,
# gunicorn, PostgreSQL, Redis, wrk; report in test-artifacts/bench-http/.
bench-http: install
	@$(PY) scripts/bench_http.py $(BENCH_HTTP)

# A room of 30 in guided mode against the real servers, as `make run` starts
# them; report in test-artifacts/bench-room/. BENCH_ROOM="--duration 60" to shorten.
bench-room: install
	@$(PY) scripts/bench_room.py $(BENCH_ROOM)

# A whole network on a throwaway PostgreSQL (bulk inserts), then every learner,
# professional and coordinator page and every export, one client and 20
# concurrent users; report in bench-results/. Not part of `make test`.
bench-network: install
	@$(PY) scripts/bench_network.py $(BENCH_NETWORK)

# Refresh the pinned set after changing pyproject.toml.
lock:
	rm -rf /tmp/relais-lock-venv
	$(PYTHON) -m venv /tmp/relais-lock-venv
	/tmp/relais-lock-venv/bin/pip install --quiet --upgrade "pip>=24,<27"
	/tmp/relais-lock-venv/bin/pip install --quiet -e ".[dev]"
	{ echo "# Exact set that CI tested. Regenerate with \`make lock\` after editing pyproject.toml."; \
	  /tmp/relais-lock-venv/bin/pip freeze --exclude-editable | grep -v '^relais-numerique'; } > requirements.lock
	rm -rf /tmp/relais-lock-venv

clean:
	rm -rf $(VENV) node_modules static test-artifacts .pytest_cache .ruff_cache
