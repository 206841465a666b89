"""Performance figures (``minutebook bench``): absolute numbers and ratios to bare components.

Absolute times depend on the machine and its load; the ratios compare with the bare operations
measured in the same run, on the same texts and questions.

- parse: read + structure every file, no store (pages/s, MB/s);
- ingest: files ingested into a fresh store ``DIR/bench-ingest``: pages/s and nodes/s end to end,
  and the embedding stage alone (time spent in the pipeline's ``Embedder.embed`` calls), each as a
  ratio to a bare ``SentenceTransformer.encode`` of the same node texts (same model, batch size);
- search and ask: p50/p95 of ``index.search`` and of ``Minutebook.ask`` over the question set, at
  corpus size and at N synthetic nodes added (``DIR/bench-synthetic``), against a bare query encode
  + Chroma ``collection.query`` of the same question (interleaved, so load hits both alike). The
  query-vector cache is emptied before each timed call, so every call encodes its question;
- cold start to first answer: a new process that opens the store, loads the model and answers one
  question (the composition root's ``open_minutebook(...).ask``), at both sizes, with that process's peak RSS;
- page serve times: every web page but ask and search, p50/p95 against the read each is built from
  (:mod:`evals.page_times`, over the app the composition root builds; goal p95 < 100 ms at the corpus);
- peak memory: ``ru_maxrss`` of the bench process after the corpus part and at the end.

Synthetic nodes are random word strings drawn from the corpus vocabulary, added to a copy of the
corpus store (its catalogue copied too, so ``ask`` answers there). Their vectors come from the model
when the measured encode rate lets all of them embed within ``EMBED_BUDGET_S``; otherwise the first
batch is embedded and the rest are random normalised vectors (reported).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evals.page_times import bench_pages
from evals.page_times import rows as page_rows
from evals.questions import load_questions
from index.embedder import MiniLMEmbedder
from index.nodes import IndexNode, NodeKind
from index.store import open_index
from ingest.catalogue import Catalogue
from ingest.paper_reader import ReadLimits
from ingest.pipeline import discover, ingest_papers, parse_file
from minutebook.errors import IngestError
from minutebook.model import Citation
from minutebook.settings import Settings
from service.core import Minutebook

if TYPE_CHECKING:
    from fastapi import FastAPI

EMBED_BUDGET_S = 300.0
BATCH = 2000  # synthetic nodes embedded and written at a time
SEARCH_ROUNDS = 3


@dataclass(frozen=True)
class BenchParts:
    """What the composition root gives the bench: the model, how to open a minute book, where a fresh
    process finds the same opener (``"module:function"``, called with a :class:`Settings`) for cold starts,
    and how the served app (API and web pages) is built, for page serve times."""

    embedder: Callable[[], MiniLMEmbedder]  # each stage loads the model as its own process would
    open_minutebook: Callable[[Settings, MiniLMEmbedder], AbstractContextManager[Minutebook]]
    cold_start_opener: str
    build_app: Callable[[Settings, MiniLMEmbedder], FastAPI]


_T0 = time.perf_counter()


def _log(msg: str) -> None:
    """Progress on stderr (a 100k run takes minutes); stdout stays the table or the JSON."""
    print(f"[bench {time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def _pcts(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        v = values[0] if values else 0.0
        return {"p50_ms": round(v * 1000, 2), "p95_ms": round(v * 1000, 2)}
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2)}


def _ratio(a: float | None, b: float | None, digits: int = 2) -> float | None:
    return round(a / b, digits) if a is not None and b else None


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def bench_ingest(settings: Settings, paths: list[Path], parts: BenchParts) -> dict[str, Any]:
    """Ingest into a fresh store and compare with a bare encode of the resulting node texts."""
    shutil.rmtree(settings.store, ignore_errors=True)
    settings.store.mkdir(parents=True)
    files = discover(paths)
    embedder = parts.embedder()
    with open_index(settings, writer=True, embedder=embedder) as index, Catalogue(settings.catalogue_path) as catalogue:
        embedder.embed(["warm-up"])  # model load is cold start, not throughput
        embed = embedder.embed
        in_embed = [0.0]

        def timed(texts: list[str], **kw: Any) -> list[list[float]]:
            t = time.perf_counter()
            try:
                return embed(texts, **kw)
            finally:
                in_embed[0] += time.perf_counter() - t

        vars(embedder)["embed"] = timed  # the pipeline's own calls, timed in place
        t0 = time.perf_counter()
        results = ingest_papers(files, catalogue, index, limits=ReadLimits.of(settings)).results
        elapsed = time.perf_counter() - t0
        del vars(embedder)["embed"]
        texts = [n.text for n in index.nodes()]
        t1 = time.perf_counter()
        embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True)
        bare = time.perf_counter() - t1
    nodes = sum(r.nodes for r in results)
    pages = [r.pages for r in results if r.pages]
    bare_rate = round(len(texts) / bare, 1) if bare else None
    embed_rate = round(nodes / in_embed[0], 1) if in_embed[0] else None
    out: dict[str, Any] = {
        "files": len(files),
        "failed": sum(r.status == "failed" for r in results),
        "nodes": nodes,
        "seconds": round(elapsed, 2),
        "nodes_per_s": round(nodes / elapsed, 1) if elapsed else None,
        "pages": sum(pages) if pages else None,
        "pages_per_s": round(sum(pages) / elapsed, 2) if pages and elapsed else None,
        "embed_s": round(in_embed[0], 2),
        "embed_nodes_per_s": embed_rate,
        "bare_encode_s": round(bare, 2),
        "bare_nodes_per_s": bare_rate,
    }
    out["embed_ratio_to_bare"] = _ratio(embed_rate, bare_rate, 3)  # the goal: >= 0.8
    out["ratio_to_bare"] = _ratio(out["nodes_per_s"], bare_rate, 3)  # end to end: parse, embed, write, BM25
    return out


def bench_search(settings: Settings, questions: list[str], parts: BenchParts,
                 rounds: int = SEARCH_ROUNDS) -> dict[str, Any]:
    """Search and ask latency on a store, and the same questions through a bare encode + Chroma query."""
    embedder = parts.embedder()
    with parts.open_minutebook(settings, embedder) as minutebook:
        index = minutebook.index
        t0 = time.perf_counter()
        index.search(questions[0], k=10)  # plan context (committees, latest date) and BM25 load
        first_search = time.perf_counter() - t0
        t0 = time.perf_counter()
        minutebook.ask(questions[0])  # the answerer's item map and term weights
        first_ask = time.perf_counter() - t0
        full: list[float] = []
        bare: list[float] = []
        for _ in range(rounds):
            for q in questions:
                embedder.forget_queries()  # every call encodes its question
                t0 = time.perf_counter()
                index.search(q, k=10)
                full.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                index.bare_query(q, 60)
                bare.append(time.perf_counter() - t0)
        asks: list[float] = []
        for q in questions:  # once each: the answerer's sentence-vector cache fills as a service's would
            embedder.forget_queries()
            t0 = time.perf_counter()
            minutebook.ask(q)
            asks.append(time.perf_counter() - t0)
        nodes = index.node_count()
    s, b, a = _pcts(full), _pcts(bare), _pcts(asks)
    return {
        "nodes": nodes,
        "questions": len(questions),
        "rounds": rounds,
        "first_search_ms": round(first_search * 1000, 1),
        "first_ask_ms": round(first_ask * 1000, 1),
        "search": s,
        "bare": b,
        "ask": a,
        "ratio_p50": _ratio(s["p50_ms"], b["p50_ms"]),
        "ratio_p95": _ratio(s["p95_ms"], b["p95_ms"]),
        "ask_ratio_p50": _ratio(a["p50_ms"], b["p50_ms"]),
        "ask_ratio_p95": _ratio(a["p95_ms"], b["p95_ms"]),
    }


def build_synthetic(source: Settings, target: Settings, n: int, parts: BenchParts, seed: int = 7) -> dict[str, Any]:
    """A store of the corpus nodes plus ``n`` synthetic ones, built directly through the index."""
    import numpy as np

    embedder = parts.embedder()
    with open_index(source, writer=False, embedder=embedder) as src:
        corpus = list(src.nodes())
        corpus_vectors = src.stored_vectors([c.id for c in corpus])  # the corpus is embedded once, at ingest
    vocab = sorted({w for node in corpus for w in node.body.split() if w.isalpha() and len(w) > 2})
    rng = random.Random(seed)
    shutil.rmtree(target.store, ignore_errors=True)
    target.store.mkdir(parents=True)
    with sqlite3.connect(source.catalogue_path) as a, sqlite3.connect(target.catalogue_path) as b:
        a.backup(b)  # the corpus's meetings, so the answerer has its catalogue
    mode = "embedded"
    embedded = 0
    t0 = time.perf_counter()
    with open_index(target, writer=True, embedder=embedder) as index:
        index.write("corpus", corpus, corpus_vectors)
        for start in range(0, n, BATCH):
            size = min(BATCH, n - start)
            nodes = [_synthetic(start + i, vocab, rng) for i in range(size)]
            if mode == "embedded":
                t1 = time.perf_counter()
                vectors = embedder.embed([x.text for x in nodes])
                rate = size / max(time.perf_counter() - t1, 1e-6)
                embedded += size
                if start == 0 and n / rate > EMBED_BUDGET_S:
                    mode = "random after first batch"
            else:
                arr = np.random.default_rng(start).normal(size=(size, embedder.dimension))
                arr /= np.linalg.norm(arr, axis=1, keepdims=True)
                vectors = arr.tolist()
            index.write(f"synthetic-{start}", nodes, vectors)
            if (start // BATCH) % 10 == 9:
                _log(f"synthetic: {start + size} of {n} nodes written ({time.perf_counter() - t0:.0f} s)")
        t1 = time.perf_counter()
        index.refresh()
        bm25_s = time.perf_counter() - t1
        total = index.node_count()
    return {"synthetic": n, "embedded": embedded, "vectors": mode, "nodes": total,
            "build_s": round(time.perf_counter() - t0, 1), "bm25_rebuild_s": round(bm25_s, 1)}


def _synthetic(i: int, vocab: list[str], rng: random.Random) -> IndexNode:
    day = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = " ".join(rng.choices(vocab, k=4)).title()
    body = " ".join(rng.choices(vocab, k=rng.randint(20, 40))) + "."
    date = dt.date.fromisoformat(day)
    citation = Citation(committee="Synthetic Committee", meeting_date=date, minute=str(i), item_title=title,
                        document="synthetic.md")
    return IndexNode(id=f"syn{i:08d}", text=f"Synthetic Committee · {day} · Minute {i}: {title}\n{body}", body=body,
                     citation=citation, item_key=f"synthetic/{i}", meeting_key=f"synthetic/{day}",
                     source="synthetic", kind=NodeKind.PASSAGE, doc_kind="minutes")


COLD_START = """
import importlib, json, os, sys, time
t0 = time.perf_counter()
for k, v in (("HF_HUB_OFFLINE", "1"), ("TRANSFORMERS_OFFLINE", "1"), ("ANONYMIZED_TELEMETRY", "False")):
    os.environ.setdefault(k, v)
from pathlib import Path
from minutebook.settings import Settings
module, _, name = sys.argv[1].partition(":")
open_minutebook = getattr(importlib.import_module(module), name)
with open_minutebook(Settings().model_copy(update={"store": Path(sys.argv[2])})) as mb:
    answer = mb.ask(sys.argv[3])
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")]
print(json.dumps({"in_process_s": time.perf_counter() - t0, "found": answer.found,
                  "peak_rss_mb": int(hwm[0].split()[1]) / 1024 if hwm else None}))
"""  # VmHWM, not ru_maxrss: a child's ru_maxrss counts the parent's RSS at fork


def cold_start(store: Path, question: str, opener: str) -> dict[str, Any]:
    """A fresh process: open the store, load the model, answer one question; wall time and its peak RSS.

    ``opener`` (``"module:function"``) is the composition root's minute-book opener, named by the caller."""
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD_START, opener, str(store), question], check=True,
                         capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    child = json.loads(out.stdout.strip().splitlines()[-1])
    rss = child["peak_rss_mb"]
    return {"seconds": round(wall, 2), "in_process_s": round(child["in_process_s"], 2), "found": child["found"],
            "peak_rss_mb": round(rss, 1) if rss is not None else None}


def bench_parse(paths: list[Path]) -> dict[str, Any]:
    """Parse throughput (read + structure, no store): pages/s over PDFs, MB/s over all files."""
    files = discover(paths)
    size = sum(f.stat().st_size for f in files)
    pages = 0
    parsed = 0
    t0 = time.perf_counter()
    for f in files:
        try:
            doc = parse_file(f)
        except IngestError:
            continue
        parsed += 1
        pages += doc.page_count or 0
    elapsed = time.perf_counter() - t0
    return {
        "files": parsed,
        "pages": pages,
        "seconds": round(elapsed, 2),
        "pages_per_s": round(pages / elapsed, 2) if pages and elapsed else None,
        "mb_per_s": round(size / 1e6 / elapsed, 3) if elapsed else None,
    }


def _load() -> list[float]:
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


def run_bench(settings: Settings, paths: list[Path], questions_path: Path, synthetic: int,
              parts: BenchParts, rounds: int = SEARCH_ROUNDS) -> dict[str, Any]:
    """All benchmark figures; the stores live under ``settings.store``."""
    import os
    import platform

    base = settings.store
    ingest_settings = settings.model_copy(update={"store": base / "bench-ingest"})
    synth_settings = settings.model_copy(update={"store": base / "bench-synthetic"})
    questions = [q.question for q in load_questions(questions_path)]
    out: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                       "load_at_start": _load(), "date": time.strftime("%Y-%m-%d %H:%M %Z")}}
    _log("parse")
    out["parse"] = bench_parse(paths)
    _log("ingest")
    out["ingest"] = bench_ingest(ingest_settings, paths, parts)
    _log("search and ask at corpus size")
    out["search_corpus"] = bench_search(ingest_settings, questions, parts, rounds)
    _log("page serve times (corpus)")
    out["pages"] = bench_pages(parts.build_app(ingest_settings, parts.embedder()))
    _log("cold start (corpus)")
    out["cold_start"] = {"corpus": cold_start(ingest_settings.store, questions[0], parts.cold_start_opener)}
    out["cold_start_s"] = out["cold_start"]["corpus"]["seconds"]
    out["peak_rss_corpus_mb"] = _peak_rss_mb()
    if synthetic > 0:
        _log(f"building the synthetic store ({synthetic} nodes)")
        out["synthetic_build"] = build_synthetic(ingest_settings, synth_settings, synthetic, parts)
        _log("search and ask at synthetic size")
        out["search_synthetic"] = bench_search(synth_settings, questions, parts, rounds)
        _log("cold start (synthetic)")
        out["cold_start"]["synthetic"] = cold_start(synth_settings.store, questions[0],
                                                     parts.cold_start_opener)
    out["peak_rss_mb"] = _peak_rss_mb()
    out["machine"]["load_at_end"] = _load()
    _log("done")
    return out


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (measure, value) rows for a table."""
    ing, parse = result["ingest"], result["parse"]
    out = [
        ("parse (no store)", f"{parse['files']} files, {parse['pages']} pages in {parse['seconds']} s: "
                             f"{parse['pages_per_s']} pages/s, {parse['mb_per_s']} MB/s"),
        ("ingest", f"{ing['files']} files, {ing['nodes']} nodes in {ing['seconds']} s"),
        ("ingest embedding nodes/s", f"{ing['embed_nodes_per_s']} (bare encode {ing['bare_nodes_per_s']}; ratio "
                                     f"{ing['embed_ratio_to_bare']}, goal >= 0.8)"),
        ("ingest nodes/s, end to end", f"{ing['nodes_per_s']} (ratio to bare encode {ing['ratio_to_bare']})"),
        ("ingest pages/s, end to end",
         str(ing["pages_per_s"] if ing["pages_per_s"] is not None else "n/a (no page counts)")),
    ]
    for key in ("search_corpus", "search_synthetic"):
        if key in result:
            s = result[key]
            out.append((f"search @ {s['nodes']} nodes", f"p50 {s['search']['p50_ms']} ms, p95 {s['search']['p95_ms']} "
                        f"ms; bare encode+chroma p50 {s['bare']['p50_ms']} ms, p95 {s['bare']['p95_ms']} ms; "
                        f"ratio p50 {s['ratio_p50']} (goal <= 1.5), p95 {s['ratio_p95']}"))
            out.append((f"ask @ {s['nodes']} nodes", f"p50 {s['ask']['p50_ms']} ms, p95 {s['ask']['p95_ms']} ms; "
                        f"ratio to bare p50 {s['ask_ratio_p50']}, p95 {s['ask_ratio_p95']}; first ask "
                        f"{s['first_ask_ms']} ms"))
    if "pages" in result:
        out.extend(page_rows(result["pages"]))
    if "synthetic_build" in result:
        b = result["synthetic_build"]
        out.append(("synthetic store", f"{b['synthetic']} nodes, vectors {b['vectors']} ({b['embedded']} embedded), "
                    f"built in {b['build_s']} s (BM25 rebuild {b['bm25_rebuild_s']} s)"))
    for name, c in result.get("cold_start", {}).items():
        out.append((f"cold start to first answer ({name})", f"{c['seconds']} s; that process's peak RSS "
                    f"{c['peak_rss_mb']} MB"))
    out.append(("peak memory of the bench (maxrss)", f"{result.get('peak_rss_corpus_mb')} MB after the corpus part, "
                f"{result['peak_rss_mb']} MB at the end"))
    return out
