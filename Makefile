# govgraph: `make run` (set up, serve the GraphQL API over the bundled data), `make test` (everything CI runs).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint schema bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/govgraph serve

schema: setup
	$(BIN)/govgraph schema -o govgraph/graphql/schema.graphql

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy govgraph

test: lint
	$(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/api.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
