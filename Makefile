# Quick start: `make demo` (set up, ingest the bundled examples, show the timeline, serve)
#              `make test` (set up, start PostgreSQL, run the whole suite)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= sqlite:///summitgraph.db

.PHONY: install demo test bench clean

$(BIN)/summitgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/summitgraph

PORT   ?= 8000

demo: install
	$(BIN)/summitgraph ingest src/summitgraph/examples --db $(DB)
	$(BIN)/summitgraph timeline --db $(DB)
	$(BIN)/summitgraph serve --db $(DB) --port $(PORT)

test: install
	bash scripts/test.sh

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) summitgraph.db summitgraph.db-* .pytest_cache test-artifacts
