# The two commands a new reader of the README needs are `make serve` and `make test`;
# every target installs what it needs first (a .venv from requirements.lock). They need Python >= 3.11,
# make and git (and Debian's chromium for the browser tests); Node only for `make bench` (Lighthouse).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1  # MkDocs/Material end-of-life banner: known, see ARCHITECTURE.md, "Stack"

.PHONY: serve build test lint format dist bench import lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	# the project itself (the `policy_text` package in scripts/), editable, its dependencies already pinned above
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --editable .
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(STAMP)
	$(BIN)/mkdocs build --strict

dist: build  ## the ZIP for offline reading, also linked from each home page
	mkdir -p dist
	cp site/*.zip dist/  # named by policy_text.offline.ZIP_NAME
	@ls -l dist/*.zip

bench: $(STAMP)  ## performance figures (not a test), written to bench/RESULTS.md; the only target that needs Node
	npm ci --silent --no-audit --no-fund --prefix scripts/bench
	$(BIN)/python scripts/bench.py

lint: $(STAMP)  ## ruff (lint and format check) and mypy, configured in pyproject.toml
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python scripts/import_policy.py --check
	$(BIN)/python scripts/translations.py  # lists the translations to revise; fails only on one out of step
	$(BIN)/python -m pytest -n auto --dist worksteal  # one worker per core (pytest-xdist), idle workers take queued tests: see CONTRIBUTING.md, "Running the tests"
	$(BIN)/python -m tests.revision  # the day of a revision: the suite but the browser, on a copy with the invented edition imported

import: $(STAMP)
	$(BIN)/python scripts/import_policy.py

lock:  # after editing requirements.in
	test -x .venv-lock/bin/pip-compile || ($(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools==7.6.2)
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in

clean:
	rm -rf site dist .pytest_cache
