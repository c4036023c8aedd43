# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-dev lint typecheck bench bench-extract bench-resolve bench-register bench-stats clean

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

test: install-dev lint typecheck
	$(BIN)/python -m pytest

bench: install-dev
	$(BIN)/python benchmarks/bench_ingest.py

bench-extract: install-dev
	$(BIN)/pip install -q --require-hashes -r requirements-bench.lock
	$(BIN)/python benchmarks/bench_extract.py

bench-resolve: install-dev
	$(BIN)/pip install -q --require-hashes -r requirements-bench.lock
	$(BIN)/python benchmarks/bench_resolve.py

bench-register: install-dev
	$(BIN)/python benchmarks/bench_register.py

bench-stats: install-dev
	$(BIN)/python benchmarks/bench_stats.py

clean:
	rm -rf $(VENV) narkomindel.db build *.egg-info
