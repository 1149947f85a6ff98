# Everything a new machine needs: `make run` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := build/Sample.workshop

.PHONY: run test demo bench fuzz soak lint typecheck pytest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(SAMPLE): | $(STAMP)
	mkdir -p build
	$(BIN)/commonground demo $(SAMPLE)

run: $(STAMP) $(SAMPLE)
	$(BIN)/commonground $(SAMPLE)

demo: $(STAMP)
	mkdir -p build
	$(BIN)/commonground demo build/Demo.workshop --force

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -n 2

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz --cases 5000 | tee docs/fuzz-results.txt

soak: $(STAMP)
	$(BIN)/python -m tests.soak --trials 200 | tee docs/soak-results.txt

clean:
	rm -rf build $(VENV)
