# Tasks for developers. `make help` lists them. Every task uses the project's own venv (.venv).
PY := .venv/bin/python
FAST := not libreoffice and not chromium

.PHONY: help setup test-fast test lint format types example bench ci

help:  ## list the tasks
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup:  ## install LibreOffice, Chromium, Java (apt) and the package with its test tools into .venv
	bash scripts/install-test-tools.sh
	python3 -m venv .venv
	.venv/bin/pip install -e ".[test]"

test-fast:  ## the fast loop: every test that needs neither LibreOffice nor Chromium (about a minute)
	$(PY) -m pytest -q -m "$(FAST)"

test:  ## the whole suite, as CI runs it (tools must be installed)
	KEUZEHULP_REQUIRE_TOOLS=1 $(PY) -m pytest -q

lint:  ## ruff: lint and format check
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

format:  ## ruff: fix imports and format
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .

types:  ## mypy on the package
	.venv/bin/mypy keuzehulp

example:  ## regenerate input/keuzematrix.xlsx and build it into output/
	$(PY) scripts/make_example.py
	.venv/bin/keuzehulp build

bench:  ## the benchmarks (writes benchmarks/results/; see docs/performance.md)
	$(PY) -m benchmarks.run

ci:  ## what CI runs, on this checkout
	bash .ci/run
