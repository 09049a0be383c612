# Two commands a person needs: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/tailor-app

# ruff, then mypy (strict for the engine and workflow, see pyproject.toml), then the
# suite, which holds the import-layer contract (tests/packaging/test_layers.py).
test: $(STAMP)
	$(BIN)/ruff check tailor_app tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m benchmarks

dist: $(STAMP)
	./packaging/build.sh

lint: $(STAMP)
	$(BIN)/ruff check tailor_app tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache
