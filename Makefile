# sabt — the few commands a newcomer needs. Everything runs from the project's own virtualenv.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DIR ?= demo-case
CORPUS ?= $(wildcard ../shared/corpus/seeds)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test check bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "sabt needs Python 3.11 ($(PYTHON) not found)"; exit 1; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sabt demo $(DEMO_DIR) --force $(if $(CORPUS),--corpus $(CORPUS))
	SABT_SEALING_KEY_FILE=$(abspath $(DEMO_DIR)).sealing.key \
		$(BIN)/sabt serve --case $(DEMO_DIR) --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

check: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	mkdir -p benchmarks/results
	$(BIN)/python -m benchmarks.run --out benchmarks/results

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .mypy_cache .ruff_cache
