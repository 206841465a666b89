"""Performance figures (``minutebook bench``): absolute numbers, ratios to bare operations, and each goal.

Absolute times depend on the machine and its load; the ratios compare with the bare operations measured in the
same run, on the same texts and questions (interleaved, so load falls on both alike).

- parse: read + structure every file, no store (pages/s, MB/s);
- ingest: files ingested into a fresh store ``DIR/bench-ingest`` (nodes/s end to end; the embedding stage,
  which includes the answerer's text vectors made at ingest, :mod:`index.prepare`), and the encoders on the
  same node texts: the configured backend against torch (sentence-transformers, the encoder before ONNX);
- search and ask: p50/p95 of ``index.search`` (no filter, a committee filter, a date filter) and of
  ``Minutebook.ask``, against a bare query encode + Chroma ``collection.query`` of the same question, at
  corpus size and with N synthetic nodes added (``DIR/bench-synthetic``, which holds exempt papers). The
  query-vector cache is emptied before each timed call, so every call encodes its question. The ask is also
  timed in processor time (the bench process's, encoder threads included), which a busy machine does not move;
- a new user's waits, in fresh processes: ``minutebook serve`` until ``/healthz`` answers, its first answer
  and its memory; ``minutebook ask`` end to end (:mod:`evals.bench_process`);
- page serve times: every web page but ask and search, p50/p95 against the read each is built from
  (:mod:`evals.page_times`, over the app the composition root builds; goal p95 < 100 ms at the corpus);
- peak memory: ``ru_maxrss`` of the bench process after the corpus part and at the end.

Synthetic nodes are random word strings drawn from the corpus vocabulary, spread over the corpus's committee
and seven others and over 2010-2024, one in a hundred exempt, added to a copy of the corpus store (its
catalogue copied too, so ``ask`` answers there). Their vectors, and those of the answerer's texts, come from
the model while the measured encode rate lets all of them embed within ``EMBED_BUDGET_S``; otherwise random
normalised vectors (reported).
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evals.bench_process import cli_ask_time, serve_times
from evals.page_times import bench_pages
from evals.page_times import rows as page_rows
from evals.questions import load_questions
from index.embedder import Embedder
from index.nodes import IndexNode, NodeKind
from index.query import SearchFilters
from index.store import MinutebookIndex
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
SYNTHETIC_COMMITTEES = 7  # besides the corpus's own
EXEMPT_EVERY = 100  # one synthetic paper in this many is exempt

GOALS = {  # the goals (issue 16), each beside its figure
    "encoder_ratio": ">= 2 (ONNX int8 vs torch)",
    "ask_p50": "<= 1.5x bare",
    "ask_p95": "<= 3x bare",
    "search_p50": "<= 1.3x bare (100k: exempt papers in the store, committee filter, date filter)",
    "healthy_corpus": "<= 3 s",
    "healthy_synthetic": "<= 6 s",
    "first_answer": "<= 1 s after healthy",
    "cli_ask": "<= 3 s",
    "serve_rss_corpus": "<= 500 MB",
}


@dataclass(frozen=True)
class BenchParts:
    """What the composition root gives the bench: the configured model and torch's (each stage loads the model
    as its own process would), how to open a store's index and minute book, how the served app (API and web
    pages) is built, for page serve times, and how to start the CLI."""

    embedder: Callable[[], Embedder]
    torch_embedder: Callable[[], Embedder]
    open_index: Callable[[Settings, Embedder], AbstractContextManager[MinutebookIndex]]  # writer, with the reader
    open_minutebook: Callable[[Settings, Embedder], AbstractContextManager[Minutebook]]  # as the service opens it
    build_app: Callable[[Settings, Embedder], FastAPI]
    cli: list[str]


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


def _rate(embedder: Embedder, texts: list[str]) -> float:
    embedder.embed(texts[:8])  # loading the model is start-up, not throughput
    t0 = time.perf_counter()
    embedder.embed(texts)
    return round(len(texts) / (time.perf_counter() - t0), 1)


def bench_ingest(settings: Settings, paths: list[Path], parts: BenchParts) -> dict[str, Any]:
    """Ingest into a fresh store; then the configured encoder and torch's on the same node texts."""
    shutil.rmtree(settings.store, ignore_errors=True)
    settings.store.mkdir(parents=True)
    files = discover(paths)
    embedder = parts.embedder()
    embedder.embed(["warm-up"])  # model load is start-up, not throughput
    in_embed = [0.0]
    embed = embedder.embed

    def timed(texts: list[str], **kw: Any) -> list[list[float]]:
        t = time.perf_counter()
        try:
            return embed(texts, **kw)
        finally:
            in_embed[0] += time.perf_counter() - t

    vars(embedder)["embed"] = timed  # the pipeline's own calls, timed in place
    with parts.open_index(settings, embedder) as index, Catalogue(settings.catalogue_path) as catalogue:
        t0 = time.perf_counter()
        results = ingest_papers(files, catalogue, index, limits=ReadLimits.of(settings)).results
        elapsed = time.perf_counter() - t0
        prepared = dict(index.preparation.last_run)
        texts = [n.text for n in index.nodes()]
        kept = index.texts.count()
    del vars(embedder)["embed"]
    configured = _rate(embedder, texts)
    torch_rate = _rate(parts.torch_embedder(), texts)
    nodes = sum(r.nodes for r in results)
    pages = [r.pages for r in results if r.pages]
    return {
        "files": len(files),
        "failed": sum(r.status == "failed" for r in results),
        "nodes": nodes,
        "seconds": round(elapsed, 2),
        "nodes_per_s": round(nodes / elapsed, 1) if elapsed else None,
        "pages": sum(pages) if pages else None,
        "pages_per_s": round(sum(pages) / elapsed, 2) if pages and elapsed else None,
        "embed_s": round(in_embed[0], 2),
        "embed_nodes_per_s": round(nodes / in_embed[0], 1) if in_embed[0] else None,
        "prepare_texts_embedded": prepared.get("texts_embedded"),
        "prepare_embed_s": round(prepared.get("embed_s", 0.0), 2),
        "text_vectors_kept": kept,
        "encoder": getattr(embedder, "name", type(embedder).__name__),
        "encoder_nodes_per_s": configured,
        "torch_nodes_per_s": torch_rate,
        "encoder_ratio_to_torch": _ratio(configured, torch_rate),
    }


def _filter_sets(committee: str | None, first: dt.date | None, last: dt.date | None) -> dict[str, SearchFilters]:
    sets = {"plain": SearchFilters()}
    if committee:
        sets["committee"] = SearchFilters(committee=committee)
    if first and last:
        sets["date"] = SearchFilters(date_from=dt.date(first.year, 1, 1), date_to=dt.date(last.year, 12, 31))
    return sets


def bench_search(settings: Settings, questions: list[str], parts: BenchParts, rounds: int = SEARCH_ROUNDS,
                 corpus: tuple[str | None, dt.date | None, dt.date | None] = (None, None, None)) -> dict[str, Any]:
    """Search (each filter set) and ask latency on a store, and the same questions through a bare encode +
    Chroma query, interleaved call by call."""
    embedder = parts.embedder()
    filter_sets = _filter_sets(*corpus)
    t0 = time.perf_counter()
    with parts.open_minutebook(settings, embedder) as minutebook:
        opened = time.perf_counter() - t0  # the service's start-up: the store opened and its latest items read
        index = minutebook.index
        t0 = time.perf_counter()
        index.search(questions[0], k=10)
        first_search = time.perf_counter() - t0
        t0 = time.perf_counter()
        minutebook.ask(questions[0])
        first_ask = time.perf_counter() - t0
        full: dict[str, list[float]] = {name: [] for name in filter_sets}
        ways: dict[str, set[str]] = {name: set() for name in filter_sets}
        bare: list[float] = []
        asks: list[float] = []
        # the ask's processor time beside its clock time: on a loaded machine the clock (and so a ratio's p95) moves
        # with what else runs, the processor time a question costs does not
        bare_cpu: list[float] = []
        asks_cpu: list[float] = []
        for _ in range(rounds):
            for q in questions:
                for name, filters in filter_sets.items():
                    embedder.forget_queries()  # every call encodes its question
                    t0 = time.perf_counter()
                    index.search(q, k=10, filters=filters)
                    full[name].append(time.perf_counter() - t0)
                    ways[name].add(index.dense.last_way)
                    t0 = time.perf_counter()
                    index.bare_query(q, 60)
                    bare.append(time.perf_counter() - t0)
        for _ in range(rounds):  # each round asks every question again; bare encodes interleaved
            for q in questions:
                embedder.forget_queries()
                index.forget_plans()  # each ask reads its question afresh, as a new question is read
                t0, c0 = time.perf_counter(), time.process_time()
                minutebook.ask(q)
                asks.append(time.perf_counter() - t0)
                asks_cpu.append(time.process_time() - c0)
                t0, c0 = time.perf_counter(), time.process_time()
                index.bare_query(q, 60)
                bare.append(time.perf_counter() - t0)
                bare_cpu.append(time.process_time() - c0)
        nodes = index.node_count()
        exempt = index.registry.exempt_count()
    b, a = _pcts(bare), _pcts(asks)
    b_cpu, a_cpu = _pcts(bare_cpu), _pcts(asks_cpu)
    searches = {}
    for name, values in full.items():
        s = _pcts(values)
        searches[name] = {**s, "ratio_p50": _ratio(s["p50_ms"], b["p50_ms"]),
                          "ratio_p95": _ratio(s["p95_ms"], b["p95_ms"]), "ways": sorted(ways[name])}
    return {
        "nodes": nodes,
        "exempt_nodes": exempt,
        "questions": len(questions),
        "rounds": rounds,
        "open_ms": round(opened * 1000, 1),
        "first_search_ms": round(first_search * 1000, 1),
        "first_ask_ms": round(first_ask * 1000, 1),
        "bare": b,
        "search": searches["plain"],
        "searches": searches,
        "ask": a,
        "ratio_p50": searches["plain"]["ratio_p50"],
        "ratio_p95": searches["plain"]["ratio_p95"],
        "ask_ratio_p50": _ratio(a["p50_ms"], b["p50_ms"]),
        "ask_ratio_p95": _ratio(a["p95_ms"], b["p95_ms"]),
        "ask_cpu": a_cpu,
        "bare_cpu": b_cpu,
        "ask_cpu_ratio_p50": _ratio(a_cpu["p50_ms"], b_cpu["p50_ms"]),
        "ask_cpu_ratio_p95": _ratio(a_cpu["p95_ms"], b_cpu["p95_ms"]),
    }


class _Budget:
    """The model for the first texts, random unit vectors once the budget's worth has been embedded (the
    synthetic store's node vectors and the answerer's text vectors alike)."""

    def __init__(self, embedder: Embedder, budget_texts: int, seed: int = 11) -> None:
        import numpy as np

        self.embedder, self.left, self._rng = embedder, budget_texts, np.random.default_rng(seed)
        self.embedded = self.random = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.embedder, name)

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        import numpy as np

        if len(texts) <= self.left:
            self.left -= len(texts)
            self.embedded += len(texts)
            return self.embedder.embed(texts)
        self.random += len(texts)
        arr = self._rng.normal(size=(len(texts), self.embedder.dimension))
        arr /= np.linalg.norm(arr, axis=1, keepdims=True)
        return list(arr.tolist())


def build_synthetic(source: Settings, target: Settings, n: int, parts: BenchParts, seed: int = 7) -> dict[str, Any]:
    """A store of the corpus nodes plus ``n`` synthetic ones, written through the index as ingest writes."""
    embedder = parts.embedder()
    with parts.open_index(source, embedder) as src:
        corpus = list(src.nodes())
        corpus_vectors = src.stored_vectors([c.id for c in corpus])  # the corpus is embedded once, at ingest
    vocab = sorted({w for node in corpus for w in node.body.split() if w.isalpha() and len(w) > 2})
    committees = sorted({c.citation.committee for c in corpus})[:1]
    committees += [f"Synthetic Committee {chr(65 + i)}" for i in range(SYNTHETIC_COMMITTEES)]
    rng = random.Random(seed)
    shutil.rmtree(target.store, ignore_errors=True)
    target.store.mkdir(parents=True)
    with sqlite3.connect(source.catalogue_path) as a, sqlite3.connect(target.catalogue_path) as b:
        a.backup(b)  # the corpus's meetings, so the answerer has its catalogue
    t0 = time.perf_counter()
    embedder.embed(vocab[:8])
    sample = [_synthetic(i, vocab, committees, random.Random(i)).text for i in range(64)]
    t1 = time.perf_counter()
    embedder.embed(sample)
    rate = len(sample) / max(time.perf_counter() - t1, 1e-6)
    budget = _Budget(embedder, int(rate * EMBED_BUDGET_S) if n / rate > EMBED_BUDGET_S else 10 * n + 100_000)
    with parts.open_index(target, budget) as index:
        index.write("corpus", corpus, corpus_vectors.tolist())
        for start in range(0, n, BATCH):
            size = min(BATCH, n - start)
            nodes = [_synthetic(start + i, vocab, committees, rng) for i in range(size)]
            index.write(f"synthetic-{start}", nodes, budget.embed([x.text for x in nodes]))
            if (start // BATCH) % 10 == 9:
                _log(f"synthetic: {start + size} of {n} nodes written ({time.perf_counter() - t0:.0f} s)")
        t1 = time.perf_counter()
        index.refresh()
        refresh_s = time.perf_counter() - t1
        total = index.node_count()
        exempt = index.registry.exempt_count()
    return {"synthetic": n, "nodes": total, "exempt_nodes": exempt, "committees": len(committees),
            "embedded": budget.embedded, "random": budget.random,
            "vectors": "embedded" if not budget.random else f"random after {budget.embedded} texts",
            "build_s": round(time.perf_counter() - t0, 1), "refresh_s": round(refresh_s, 1)}


def _synthetic(i: int, vocab: list[str], committees: list[str], rng: random.Random) -> IndexNode:
    day = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    committee = committees[i % len(committees)]
    title = " ".join(rng.choices(vocab, k=4)).title()
    body = " ".join(rng.choices(vocab, k=rng.randint(20, 40))) + "."
    date = dt.date.fromisoformat(day)
    citation = Citation(committee=committee, meeting_date=date, minute=str(i), item_title=title,
                        document="synthetic.md")
    return IndexNode(id=f"syn{i:08d}", text=f"{committee} · {day} · Minute {i}: {title}\n{body}", body=body,
                     citation=citation, item_key=f"synthetic/{i}", meeting_key=f"synthetic/{day}",
                     source=f"synthetic-{i // BATCH * BATCH}", kind=NodeKind.PASSAGE, doc_kind="minutes",
                     exempt=(i // 20) % EXEMPT_EVERY == 0)  # papers of 20 nodes, one in a hundred exempt


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


def _corpus_facts(settings: Settings) -> tuple[str | None, dt.date | None, dt.date | None]:
    """The corpus's first committee and its first and last meeting days (the filters the bench searches with)."""
    with Catalogue(settings.catalogue_path) as catalogue:
        meetings = catalogue.meetings()
        committees = catalogue.committees()
    days = [m.date for m in meetings]
    return (committees[0] if committees else None, min(days) if days else None, max(days) if days else None)


def run_bench(settings: Settings, paths: list[Path], questions_path: Path, synthetic: int,
              parts: BenchParts, rounds: int = SEARCH_ROUNDS, reuse_synthetic: bool = False) -> dict[str, Any]:
    """All benchmark figures; the stores live under ``settings.store``. ``reuse_synthetic``: time searches on the
    synthetic store an earlier run left (``DIR/bench-synthetic``) instead of building it again (~25 min)."""
    import os
    import platform

    base = settings.store
    ingest_settings = settings.model_copy(update={"store": base / "bench-ingest"})
    synth_settings = settings.model_copy(update={"store": base / "bench-synthetic"})
    questions = [q.question for q in load_questions(questions_path)]
    out: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                       "load_at_start": _load(), "date": time.strftime("%Y-%m-%d %H:%M %Z"),
                                       "backend": f"{settings.embed_backend}-{settings.embed_precision}"},
                           "goals": GOALS}
    _log("parse")
    out["parse"] = bench_parse(paths)
    _log("ingest")
    out["ingest"] = bench_ingest(ingest_settings, paths, parts)
    corpus = _corpus_facts(ingest_settings)
    _log("search and ask at corpus size")
    out["search_corpus"] = bench_search(ingest_settings, questions, parts, rounds, corpus)
    _log("serve and the CLI at corpus size")
    out["serve"] = {"corpus": serve_times(parts.cli, ingest_settings.store, questions[:6])}
    out["cli_ask"] = {"corpus": cli_ask_time(parts.cli, ingest_settings.store, questions[0])}
    _log("page serve times (corpus)")
    out["pages"] = bench_pages(parts.build_app(ingest_settings, parts.embedder()))
    out["peak_rss_corpus_mb"] = _peak_rss_mb()
    if synthetic > 0 and reuse_synthetic and (synth_settings.store / "nodes.sqlite3").exists():
        _log(f"reusing the synthetic store {synth_settings.store}")
        out["synthetic_build"] = {"reused": str(synth_settings.store)}
    elif synthetic > 0:
        _log(f"building the synthetic store ({synthetic} nodes)")
        out["synthetic_build"] = build_synthetic(ingest_settings, synth_settings, synthetic, parts)
    if synthetic > 0:
        _log("search and ask at synthetic size")
        out["search_synthetic"] = bench_search(synth_settings, questions, parts, rounds, corpus)
        _log("serve and the CLI at synthetic size")
        out["serve"]["synthetic"] = serve_times(parts.cli, synth_settings.store, questions[:6])
        out["cli_ask"]["synthetic"] = cli_ask_time(parts.cli, synth_settings.store, questions[0])
    out["peak_rss_mb"] = _peak_rss_mb()
    out["machine"]["load_at_end"] = _load()
    _log("done")
    return out


def rows(result: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The figures as (measure, value with its bare figure, goal) rows for a table."""
    ing, parse = result["ingest"], result["parse"]
    out = [
        ("parse (no store)", f"{parse['files']} files, {parse['pages']} pages in {parse['seconds']} s: "
                             f"{parse['pages_per_s']} pages/s, {parse['mb_per_s']} MB/s", ""),
        ("ingest end to end", f"{ing['files']} files, {ing['nodes']} nodes in {ing['seconds']} s: "
                              f"{ing['nodes_per_s']} nodes/s, {ing['pages_per_s']} pages/s", ""),
        ("ingest embedding stage", f"{ing['embed_s']} s ({ing['embed_nodes_per_s']} nodes/s), of which the "
                                   f"answerer's texts {ing['prepare_embed_s']} s ({ing['prepare_texts_embedded']} "
                                   f"texts)", ""),
        ("encoder on the node texts", f"{ing['encoder']} {ing['encoder_nodes_per_s']} nodes/s; torch "
                                      f"{ing['torch_nodes_per_s']} nodes/s; ratio {ing['encoder_ratio_to_torch']}",
         GOALS["encoder_ratio"]),
    ]
    for key in ("search_corpus", "search_synthetic"):
        if key not in result:
            continue
        s = result[key]
        where = f"@ {s['nodes']} nodes ({s['exempt_nodes']} exempt)"
        bare = f"bare p50 {s['bare']['p50_ms']} ms, p95 {s['bare']['p95_ms']} ms"
        for name, f in s["searches"].items():
            out.append((f"search {name} {where}", f"p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms; {bare}; ratio p50 "
                        f"{f['ratio_p50']}, p95 {f['ratio_p95']} ({'/'.join(f['ways'])})", GOALS["search_p50"]))
        out.append((f"ask {where}", f"p50 {s['ask']['p50_ms']} ms, p95 {s['ask']['p95_ms']} ms; {bare}; ratio p50 "
                    f"{s['ask_ratio_p50']}, p95 {s['ask_ratio_p95']}; first ask {s['first_ask_ms']} ms",
                    f"{GOALS['ask_p50']}, {GOALS['ask_p95']}"))
        out.append((f"ask processor time {where}", f"p50 {s['ask_cpu']['p50_ms']} ms, p95 {s['ask_cpu']['p95_ms']} "
                    f"ms; bare p50 {s['bare_cpu']['p50_ms']} ms, p95 {s['bare_cpu']['p95_ms']} ms; ratio p50 "
                    f"{s['ask_cpu_ratio_p50']}, p95 {s['ask_cpu_ratio_p95']}", ""))
    if "reused" in result.get("synthetic_build", {}):
        out.append(("synthetic store", f"reused from an earlier run: {result['synthetic_build']['reused']}", ""))
    elif "synthetic_build" in result:
        b = result["synthetic_build"]
        out.append(("synthetic store", f"{b['synthetic']} nodes ({b['exempt_nodes']} exempt, {b['committees']} "
                    f"committees), vectors {b['vectors']}, built in {b['build_s']} s (refresh {b['refresh_s']} s)",
                    ""))
    for name, s in result.get("serve", {}).items():
        out.append((f"serve ({name}): healthy after start", f"{s['healthy_s']} s", GOALS[f"healthy_{name}"]))
        out.append((f"serve ({name}): first answer after healthy", f"{s['first_answer_s']} s", GOALS["first_answer"]))
        out.append((f"serve ({name}): RSS after {s['asked']} answers", f"{s['rss_mb']} MB (peak {s['peak_rss_mb']})",
                    GOALS["serve_rss_corpus"] if name == "corpus" else ""))
    for name, c in result.get("cli_ask", {}).items():
        out.append((f"minutebook ask ({name}), end to end", f"{c['seconds']} s", GOALS["cli_ask"]))
    if "pages" in result:
        out.extend((measure, value, "p95 < 100 ms" if measure == "page serve times" else "")
                   for measure, value in page_rows(result["pages"]))
    out.append(("peak memory of the bench (maxrss)", f"{result.get('peak_rss_corpus_mb')} MB after the corpus part, "
                f"{result['peak_rss_mb']} MB at the end", ""))
    return out
