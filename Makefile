# Two commands on a fresh machine: `make serve` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)
PG_VERSION := $(shell ls /etc/postgresql 2>/dev/null | sort -n | tail -1)

.PHONY: setup serve test test-fast lint format openapi fuzz bench postgres

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

# Serve the API on SQLite with the bundled report loaded, at http://127.0.0.1:8000
serve: setup
	$(BIN)/budget-api ingest
	$(BIN)/budget-api serve --host 127.0.0.1 --port 8000

# PostgreSQL must answer for the suite's second store; start the local cluster when it does not.
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $(PG_VERSION) main start
	@for i in 1 2 3 4 5 6 7 8 9 10; do pg_isready -q -h 127.0.0.1 -p 5432 && exit 0; sleep 1; done; \
		echo "PostgreSQL did not start" >&2; exit 1

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The whole suite: lint, types, and every test on SQLite and PostgreSQL.
test: setup postgres lint
	$(BIN)/python -m pytest

# The fast loop: SQLite only, without the Dockerfile's steps.
test-fast: setup
	BPR_TEST_STORES=sqlite $(BIN)/python -m pytest -q -m "not docker and not postgres"

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

openapi: setup
	$(BIN)/python -m app.openapi_dump

# Schemathesis over every operation on SQLite and PostgreSQL, with a fresh seed (FUZZ_SEED=N replays one).
fuzz: setup postgres
	@seed=$${FUZZ_SEED:-$$(date +%s)}; echo "fuzz seed: $$seed"; \
		BPR_FUZZ_SEED=$$seed BPR_FUZZ_ALL_STORES=1 $(BIN)/python -m pytest -q -p no:logging tests/test_fuzz.py

# In-process latency (bench/run.py), then the serving benchmark against Datasette and the bare-ASGI ceiling,
# which writes bench/results.md (bench/serve.py); wrk comes from Debian, Datasette from PyPI.
bench: setup postgres
	@command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk)
	$(BIN)/python -m pip install --quiet -c constraints.txt datasette
	$(BIN)/python -m bench.run --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
	$(BIN)/python -m bench.serve --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
