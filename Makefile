# Set-up and checks. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HF_HUB_OFFLINE := 1

.PHONY: run test index lint format bench clean

# torch goes first and pinned: 2.13.0 is the local CPU build; anything else pulls CUDA.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

index: $(VENV)/.installed
	$(BIN)/flask --app wsgi kb build --if-stale

run: index
	HOST=$(HOST) PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py wsgi:app

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: index lint
	$(BIN)/python -m pytest

# wrk (the load generator) comes from Debian; install it only when it is missing.
bench: $(VENV)/.installed-dev
	command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
	$(BIN)/python -m bench.run

format: $(VENV)/.installed-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) instance
