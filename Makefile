# Set-up and checks. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HF_HUB_OFFLINE := 1

.PHONY: run test index db postgres redis nginx lint check browser-tools format bench parity clean

# torch goes first and pinned: 2.13.0 is the local CPU build; anything else pulls CUDA.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-serving.txt | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# The browser tests drive Debian's Chromium (never a browser download) and scan pages with
# axe-core from npm. Each is installed only when missing, so repeat runs stay fast.
CHROMIUM := /usr/bin/chromium
AXE := node_modules/axe-core/axe.min.js

$(CHROMIUM):
	apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium

$(AXE): package.json package-lock.json
	command -v npm >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y npm)
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

browser-tools: $(CHROMIUM) $(AXE) $(VENV)/.installed-dev

index: $(VENV)/.installed
	$(BIN)/flask --app wsgi kb build --if-stale

# The store's tables (replies, ratings, kept questions) at the newest revision; safe to run again.
# `flask db` holds every store command: upgrade, revision, purge (schedule that one in cron).
db: $(VENV)/.installed
	$(BIN)/flask --app wsgi db upgrade

# The tests start a throwaway PostgreSQL cluster of their own: Debian's server, when missing.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; }

# The multi-instance test starts a throwaway Redis of its own: Debian's server, when missing.
redis:
	@command -v redis-server >/dev/null || { \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server; }
# The production shape puts Debian's nginx in front of gunicorn (deploy/nginx.conf); the tests
# start one of their own on a free port.
nginx:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx-light; }

run: index db
	HOST=$(HOST) PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(VENV)/.installed
	$(BIN)/flask --app wsgi kb check
	$(BIN)/flask --app wsgi trials check

# The suite runs on every core (pytest-xdist): a file stays on one worker, so its module
# fixtures (the scored eval sets) are computed once.
TEST_WORKERS ?= $(shell nproc)

test: index db postgres redis nginx lint check browser-tools
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

# wrk (the load generator) comes from Debian; install it only when it is missing.
# The in-process figures are a worker's: bench.run starts again with the allocator settings
# gunicorn.conf.py gives the workers (allocator.py, one function for both).
bench: $(VENV)/.installed-dev
	command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
	$(BIN)/python -m bench.run

# Answer quality of the int8 model against fp32 on every labelled question set (two builds).
parity: $(VENV)/.installed
	$(BIN)/python -m bench.parity

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) instance node_modules test-artifacts
