# Quick start: `make demo` (set up, ingest the bundled examples, show the timeline, serve)
#              `make test` (set up, start PostgreSQL, run the whole suite)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= sqlite:///summitgraph.db

.PHONY: install demo test bench model clean

$(BIN)/summitgraph: pyproject.toml
	@echo "==> creating the virtual environment $(VENV)"
	$(PYTHON) -m venv $(VENV)
	@echo "==> installing summitgraph and its dependencies (a minute or two on a fresh machine)"
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install --progress-bar on -e '.[test]' | grep -E '^(Collecting|Successfully installed)' || true
	@test -x $(BIN)/summitgraph || { echo "install failed: run $(BIN)/pip install -e '.[test]' to see why"; exit 1; }
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

# The learned meeting tagger (issue 11): trained on the annotated sets of $(SHARED); the model ships in the
# package (src/summitgraph/extract/learned/data). Without the annotated sets the shipped model stays as it is.
SHARED ?= ../shared

model: install
	@if [ -d "$(SHARED)/gold" ] && [ -d "$(SHARED)/corpus" ]; then \
		$(BIN)/python -m summitgraph.training.train "$(SHARED)"; \
	else \
		echo "make model: no annotated sets at $(SHARED) (corpus/ and gold/): keeping the shipped model"; \
	fi

clean:
	rm -rf $(VENV) summitgraph.db summitgraph.db-* .pytest_cache test-artifacts
