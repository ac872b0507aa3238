# govgraph: `make run` (set up, serve the GraphQL API over the bundled data), `make test` (everything CI runs).
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Debian packages for charts (Graphviz), the browser tests (Chromium) and the Neo4j engine (a
# JRE and Maven); `make system` installs them with apt-get (via sudo when not root) unless
# `dot`, `chromium`, DejaVu Sans, `java` and `mvn` are there.
SYSTEM_PACKAGES := graphviz chromium chromium-driver fonts-dejavu-core default-jre-headless maven
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

.PHONY: system setup neo4j run test lint schema bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

system:
	@if command -v dot >/dev/null && command -v chromium >/dev/null && [ -e $(DEJAVU) ] && \
		command -v java >/dev/null && command -v mvn >/dev/null; then \
		exit 0; \
	fi; \
	if ! command -v apt-get >/dev/null; then \
		echo "make system: no apt-get; install $(SYSTEM_PACKAGES) (or your system's" \
			"Graphviz, Chromium and DejaVu fonts) yourself" >&2; \
		exit 1; \
	elif [ "$$(id -u)" -eq 0 ]; then \
		sudo=; \
	elif command -v sudo >/dev/null; then \
		sudo=sudo; \
	else \
		echo "make system: $(SYSTEM_PACKAGES) are missing; run as root or install sudo" >&2; \
		exit 1; \
	fi; \
	set -x; \
	$$sudo apt-get update && \
	$$sudo env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y --no-install-recommends $(SYSTEM_PACKAGES)

setup: system $(STAMP)

run: setup
	$(BIN)/govgraph serve

schema: setup
	$(BIN)/govgraph schema -o govgraph/graphql/schema.graphql

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy govgraph

# Neo4j Community jars (pinned in govgraph/store/neo4j/pom.xml) into ~/.cache/govgraph, once
neo4j: setup
	$(BIN)/python -c 'from govgraph.store.neo4j_engine import neo4j_jars; print(neo4j_jars())'

# the whole suite on each engine of the embedded store
test: lint neo4j
	$(BIN)/pytest
	GOVGRAPH_TEST_ENGINE=neo4j $(BIN)/pytest

bench: setup neo4j
	$(BIN)/python benchmarks/load.py
	$(BIN)/python benchmarks/api.py
	$(BIN)/python benchmarks/diagrams.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
