# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-dev lint typecheck bench bench-extract bench-extract-linear bench-resolve bench-register bench-web bench-stats browser web-assets serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .

install-dev: $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements-dev.lock
	$(BIN)/pip install -q --no-deps -e .

demo: install
	$(BIN)/narkomindel demo

lint: install-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports

typecheck: install-dev
	$(BIN)/mypy

test: install-dev lint typecheck browser web-assets
	$(BIN)/python -m pytest

# The browser tests drive Debian's Chromium (Playwright's own browser download does not
# work here). Installed when missing and we may (root); the tests skip, saying why, if not.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ ! -x $(CHROMIUM) ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing Chromium for the browser tests"; \
		(apt-get update -q && apt-get install -y -q --no-install-recommends chromium) >/dev/null 2>&1 \
		|| echo "Chromium could not be installed: the browser tests will be skipped"; \
	fi

# Development-only front-end tools (axe-core for the accessibility check), from the
# lockfile; nothing of it is served. Skipped when npm is missing or offline.
web-assets:
	@if command -v npm >/dev/null && [ ! -f node_modules/axe-core/axe.min.js ]; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1 \
		|| echo "npm ci failed: the accessibility check will be skipped"; \
	fi

serve: install
	$(BIN)/narkomindel serve

bench: install-dev
	$(BIN)/python benchmarks/bench_ingest.py

bench-extract: install-dev
	$(BIN)/pip install -q --require-hashes -r requirements-bench.lock
	$(BIN)/python benchmarks/bench_extract.py

bench-extract-linear: install-dev
	$(BIN)/python benchmarks/bench_extract_linear.py

bench-resolve: install-dev
	$(BIN)/pip install -q --require-hashes -r requirements-bench.lock
	$(BIN)/python benchmarks/bench_resolve.py

bench-register: install-dev
	$(BIN)/python benchmarks/bench_register.py

bench-web: install-dev
	$(BIN)/python benchmarks/bench_web.py

bench-stats: install-dev
	$(BIN)/python benchmarks/bench_stats.py

clean:
	rm -rf $(VENV) narkomindel.db build *.egg-info node_modules
