# Two commands on a fresh machine: `make run` and `make test`.
# torch is pinned to the CPU wheel and installed before everything else:
# any other torch spec pulls gigabytes of CUDA.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= var/sample-store
HOST   ?= 127.0.0.1
PORT   ?= 8000

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: install lint test run bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy minutebook ingest index service bot evals

test: lint
	$(BIN)/pytest

# Until the HTTP service lands (issue 4), the main job is: ingest the sample corpus, then answer a search.
run: install
	$(BIN)/minutebook ingest --store $(STORE) examples/
	$(BIN)/minutebook search --store $(STORE) --k 5 "What did the panel resolve about family hubs?"

bench: install
	$(BIN)/minutebook bench --store var/bench-store ../shared/corpus/rotherham-ilsc

eval: install
	$(BIN)/minutebook ingest --store var/eval-store ../shared/corpus/rotherham-ilsc || true
	$(BIN)/minutebook eval --store var/eval-store ../shared/evals/dev.jsonl --report var/eval-report.md

clean:
	rm -rf var .mypy_cache .ruff_cache .pytest_cache
