# Two commands for a new machine: `make demo` and `make test`. Both create .venv when missing.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install demo test test-ops lint typecheck check clean compose-check audit train eval-extract rule-hits

install: $(STAMP)

# torch first, from the local CPU wheel: an unpinned torch would pull gigabytes of CUDA packages.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -m harvester.onnx_model >/dev/null  # the one-off ONNX export (torch is used for nothing else)
	touch $@

demo: $(STAMP)
	$(BIN)/harvester demo

test: $(STAMP)
	$(BIN)/ruff check src tests flows bench
	$(BIN)/ruff format --check src tests flows bench
	$(BIN)/mypy
	bash scripts/compose_check.sh
	$(BIN)/pytest

# The fast loop (about a minute): lint, format, types and the unit tests, without the model, a
# Prefect server, a browser or end-to-end pipeline runs. `make test` is the whole suite (what CI runs).
check: $(STAMP)
	$(BIN)/ruff check src tests flows bench
	$(BIN)/ruff format --check src tests flows bench
	$(BIN)/mypy
	$(BIN)/pytest -q -m "not model and not prefect and not integration"

# The operator's server path for real (tests/ops, excluded from `make test`): PostgreSQL in a temporary
# directory, `prefect server start` on it with an auth string, `harvester deploy`, a process worker,
# harvest → index → report on the sample site; prints the run ids and timings. Needs PostgreSQL
# (apt-get install -y postgresql-15; .ci/run does) and about three minutes.
test-ops: $(STAMP)
	$(BIN)/pytest -m ops -s tests/ops

# The field models (src/harvester/extract/decision.py): fitted on every labelled set under tests/golden
# into src/harvester/data/field_models.json (deterministic: the same sets give the same file).
train: $(STAMP)
	$(BIN)/python scripts/field_models.py train

# The honest first-sight figure: each labelled set decided by models fitted on all the others, per field,
# with the rules alone beside it, the mean and the worst set, and how well review flags catch the misses.
eval-extract: $(STAMP)
	$(BIN)/python scripts/field_models.py eval

# How often each named rule of the extractor (a pattern or word set in extract/) fires on the labelled
# corpus, rarest first, into docs/rule_hits.md: a rule that fires nowhere is a rule to delete.
rule-hits: $(STAMP)
	$(BIN)/python scripts/rule_hits.py > docs/rule_hits.md

lint: $(STAMP)
	$(BIN)/ruff check src tests flows bench
	$(BIN)/ruff format --check src tests flows bench

# Needs the PyPI/OSV advisory database (internet); see docs/security.md.
audit: $(STAMP)
	$(BIN)/pip install --quiet pip-audit
	$(BIN)/pip-audit -r constraints.txt

compose-check: $(STAMP)
	bash scripts/compose_check.sh

typecheck: $(STAMP)
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .prefect .pytest_cache .mypy_cache .ruff_cache
