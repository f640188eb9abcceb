# eventwire: `make demo` and `make test` work on a fresh machine with python3 (3.11).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED := $(wildcard ../shared/seed/*.txt)
EXAMPLES := src/eventwire/examples/articles

.PHONY: install demo test lint docs bench clean browser postgres

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,ray,postgres]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire ingest $(EXAMPLES) $(SEED)
	$(BIN)/eventwire events --limit 40
	$(BIN)/eventwire stories
	@echo
	@echo "Next:"
	@echo "  $(BIN)/eventwire serve                          # the dashboard and API: http://127.0.0.1:8000"
	@echo "  $(BIN)/eventwire events --type ASSAULT          # filter the stored events"
	@echo "  $(BIN)/eventwire events --fused                 # one event per happening"
	@echo "  $(BIN)/eventwire stories show STORY_ID          # a story, its articles and fused events"
	@echo "  $(BIN)/eventwire quotes                         # who said what"
	@echo "  $(BIN)/eventwire actors                         # actors across articles"
	@echo "  $(BIN)/eventwire extract --format jsonl --with-text $(EXAMPLES)/001_*.txt"
	@echo "  $(BIN)/eventwire export --format csv events.csv"
	@echo "  $(BIN)/eventwire export --format acled-csv acled.csv   # also plover, cameo-tsv"
	@echo "  $(BIN)/eventwire batch --workers 2 $(EXAMPLES) --out out/   # Parquet, resumable"
	@echo "  $(BIN)/eventwire eval ../shared/eval/plover_gsr/dev.jsonl"

test: $(STAMP) lint browser postgres
	$(BIN)/python -m pytest -q

# The dashboard's browser tests drive Debian's Chromium. Installed here when missing and this
# user may (root or passwordless sudo); otherwise those tests skip with one line saying why.
browser:
	@command -v chromium >/dev/null 2>&1 || scripts/install_debian.sh chromium || \
	  echo "chromium could not be installed: the dashboard's browser tests will skip"

# The store suite also runs against a real PostgreSQL server, which the tests start and stop
# themselves in a throwaway data directory (tests/pgserver.py). Installed here when missing.
postgres:
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || scripts/install_debian.sh postgresql || \
	  echo "postgresql could not be installed: the PostgreSQL store tests will skip"


lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/python -m eventwire.cli.docs > docs/cli.md

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
