"""Performance figures (``minutebook bench``): absolute numbers and ratios to bare components.

- ingest: files ingested into a fresh store ``DIR/bench-ingest``; pages/s (where page counts
  are known) and nodes/s, and the ratio of nodes/s to a bare ``SentenceTransformer.encode`` of
  the same node texts (same model, batch size) measured in the same run;
- search: p50/p95 of ``index.search`` over the question set, at corpus size and at N synthetic
  nodes (``DIR/bench-synthetic``), each against a bare query encode + Chroma ``collection.query``;
- peak memory (``ru_maxrss``) and cold start to first answer (a ``minutebook search`` subprocess).

Synthetic nodes are random word strings drawn from the corpus vocabulary. Their vectors come from
the model when the measured encode rate lets all of them embed within ``EMBED_BUDGET_S``;
otherwise the first batch is embedded and the rest are random normalised vectors (reported).
"""

from __future__ import annotations

import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from evals.questions import load_questions
from minutebook.settings import Settings

EMBED_BUDGET_S = 300.0
BATCH = 2000


def _pcts(values: list[float]) -> dict[str, float]:
    if len(values) < 2:
        v = values[0] if values else 0.0
        return {"p50_ms": round(v * 1000, 2), "p95_ms": round(v * 1000, 2)}
    q = statistics.quantiles(values, n=100, method="inclusive")
    return {"p50_ms": round(q[49] * 1000, 2), "p95_ms": round(q[94] * 1000, 2)}


def bench_ingest(settings: Settings, paths: list[Path]) -> dict[str, Any]:
    """Ingest into a fresh store and compare with a bare encode of the resulting node texts."""
    from index.store import open_index
    from ingest.catalogue import Catalogue
    from ingest.pipeline import discover, ingest_files

    shutil.rmtree(settings.store, ignore_errors=True)
    settings.store.mkdir(parents=True)
    files = discover(paths)
    with open_index(settings, writer=True) as index, Catalogue(settings.catalogue_path) as catalogue:
        index.embedder.embed(["warm-up"])  # model load is cold start, not throughput
        t0 = time.perf_counter()
        results = list(ingest_files(files, catalogue, index, pdf_timeout_s=settings.pdf_timeout_s))
        index.refresh_after_ingest(catalogue)
        elapsed = time.perf_counter() - t0
        texts = [n.text for n in index.registry.all()]
        t1 = time.perf_counter()
        index.embedder.model.encode(texts, batch_size=index.embedder.batch_size, normalize_embeddings=True)
        bare = time.perf_counter() - t1
    nodes = sum(r.nodes for r in results)
    pages = [r.pages for r in results if r.pages]
    out: dict[str, Any] = {
        "files": len(files),
        "failed": sum(r.status == "failed" for r in results),
        "nodes": nodes,
        "seconds": round(elapsed, 2),
        "nodes_per_s": round(nodes / elapsed, 1) if elapsed else None,
        "pages": sum(pages) if pages else None,
        "pages_per_s": round(sum(pages) / elapsed, 2) if pages and elapsed else None,
        "bare_encode_s": round(bare, 2),
        "bare_nodes_per_s": round(len(texts) / bare, 1) if bare else None,
    }
    out["ratio_to_bare"] = round(out["nodes_per_s"] / out["bare_nodes_per_s"], 3) if bare and elapsed else None
    return out


def bench_search(settings: Settings, questions: list[str]) -> dict[str, Any]:
    """Search latency on a store, and the same questions through a bare encode + Chroma query."""
    from index.store import open_index

    with open_index(settings, writer=False) as index:
        index.search(questions[0], k=10)  # warm caches
        full = []
        for q in questions:
            t0 = time.perf_counter()
            index.search(q, k=10)
            full.append(time.perf_counter() - t0)
        bare = []
        for q in questions:
            t0 = time.perf_counter()
            v = index.embedder.model.encode([q], normalize_embeddings=True)
            index.collection.query(query_embeddings=[v[0].tolist()], n_results=60)
            bare.append(time.perf_counter() - t0)
        nodes = index.registry.count()
    s, b = _pcts(full), _pcts(bare)
    return {"nodes": nodes, "search": s, "bare": b, "ratio_p50": round(s["p50_ms"] / b["p50_ms"], 2) if b["p50_ms"]
            else None, "ratio_p95": round(s["p95_ms"] / b["p95_ms"], 2) if b["p95_ms"] else None}


def build_synthetic(source: Settings, target: Settings, n: int, seed: int = 7) -> dict[str, Any]:
    """A store of the corpus nodes plus ``n`` synthetic ones, built directly through the index."""
    import numpy as np
    from llama_index.core.schema import TextNode

    from index.nodes import IndexNode
    from index.store import open_index

    with open_index(source, writer=False) as src:
        corpus = list(src.registry.all())
    vocab = sorted({w for node in corpus for w in node.body.split() if w.isalpha() and len(w) > 2})
    rng = random.Random(seed)
    shutil.rmtree(target.store, ignore_errors=True)
    mode = "embedded"
    embedded = 0
    t0 = time.perf_counter()
    with open_index(target, writer=True) as index:
        _add(index, "corpus", corpus, index.embedder.embed([c.text for c in corpus]), TextNode)
        for start in range(0, n, BATCH):
            size = min(BATCH, n - start)
            nodes = [_synthetic(start + i, vocab, rng, IndexNode) for i in range(size)]
            if mode == "embedded":
                t1 = time.perf_counter()
                vectors = index.embedder.embed([x.text for x in nodes])
                rate = size / max(time.perf_counter() - t1, 1e-6)
                embedded += size
                if start == 0 and n / rate > EMBED_BUDGET_S:
                    mode = "random after first batch"
            else:
                arr = np.random.default_rng(start).normal(size=(size, index.embedder.dimension))
                arr /= np.linalg.norm(arr, axis=1, keepdims=True)
                vectors = arr.tolist()
            _add(index, f"synthetic-{start}", nodes, vectors, TextNode)
        index.refresh_after_ingest()
        total = index.registry.count()
    return {"synthetic": n, "embedded": embedded, "vectors": mode, "nodes": total,
            "build_s": round(time.perf_counter() - t0, 1)}


def _synthetic(i: int, vocab: list[str], rng: random.Random, cls: Any) -> Any:
    day = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = " ".join(rng.choices(vocab, k=4)).title()
    body = " ".join(rng.choices(vocab, k=rng.randint(20, 40))) + "."
    meta = {"committee": "Synthetic Committee", "meeting_date": day, "date_int": int(day.replace("-", "")),
            "meeting_key": f"synthetic/{day}", "document": "synthetic.md", "source": "synthetic",
            "minute": str(i), "item_title": title, "item_key": f"synthetic/{i}", "exempt": 0, "resolution": "",
            "node_kind": "passage", "doc_kind": "minutes", "page": -1}
    return cls(id=f"syn{i:08d}", text=f"Synthetic Committee · {day} · Minute {i}: {title}\n{body}", body=body,
               meta=meta)


def _add(index: Any, source: str, nodes: list[Any], vectors: list[list[float]], text_node: Any) -> None:
    index.vectors.add([
        text_node(id_=n.id, text=n.text, metadata=dict(n.meta), embedding=v,
                  excluded_embed_metadata_keys=list(n.meta), excluded_llm_metadata_keys=list(n.meta))
        for n, v in zip(nodes, vectors, strict=True)
    ])
    index.registry.replace(source, nodes)


def cold_start(store: Path, question: str) -> float:
    """Seconds for a fresh ``minutebook search`` process to answer (model load included)."""
    exe = Path(sys.executable).parent / "minutebook"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "minutebook.cli"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "search", "--store", str(store), "--k", "5", "--json", question], check=True,
                   capture_output=True, timeout=600)
    return round(time.perf_counter() - t0, 2)


def bench_parse(paths: list[Path]) -> dict[str, Any]:
    """Parse throughput (read + structure, no store): pages/s over PDFs, MB/s over all files."""
    from ingest.pipeline import discover, parse_file
    from minutebook.errors import IngestError

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


def run_bench(settings: Settings, paths: list[Path], questions_path: Path, synthetic: int) -> dict[str, Any]:
    """All benchmark figures; the stores live under ``settings.store``."""
    base = settings.store
    ingest_settings = settings.model_copy(update={"store": base / "bench-ingest"})
    synth_settings = settings.model_copy(update={"store": base / "bench-synthetic"})
    questions = [q.question for q in load_questions(questions_path)]
    out: dict[str, Any] = {"parse": bench_parse(paths), "ingest": bench_ingest(ingest_settings, paths)}
    out["search_corpus"] = bench_search(ingest_settings, questions)
    out["cold_start_s"] = cold_start(ingest_settings.store, questions[0])
    if synthetic > 0:
        out["synthetic_build"] = build_synthetic(ingest_settings, synth_settings, synthetic)
        out["search_synthetic"] = bench_search(synth_settings, questions)
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """The figures as (measure, value) rows for a table."""
    ing, parse = result["ingest"], result["parse"]
    out = [
        ("parse (no store)", f"{parse['files']} files, {parse['pages']} pages in {parse['seconds']} s: "
                             f"{parse['pages_per_s']} pages/s, {parse['mb_per_s']} MB/s"),
        ("ingest", f"{ing['files']} files, {ing['nodes']} nodes in {ing['seconds']} s"),
        ("ingest nodes/s", f"{ing['nodes_per_s']} (bare encode {ing['bare_nodes_per_s']}; ratio "
                           f"{ing['ratio_to_bare']}, goal >= 0.8)"),
        ("ingest pages/s", str(ing["pages_per_s"] if ing["pages_per_s"] is not None else "n/a (no page counts)")),
        ("cold start to first answer", f"{result['cold_start_s']} s"),
    ]
    for key in ("search_corpus", "search_synthetic"):
        if key in result:
            s = result[key]
            out.append((f"search @ {s['nodes']} nodes", f"p50 {s['search']['p50_ms']} ms, p95 {s['search']['p95_ms']} "
                        f"ms; bare encode+chroma p50 {s['bare']['p50_ms']} ms, p95 {s['bare']['p95_ms']} ms; "
                        f"ratio p50 {s['ratio_p50']}, p95 {s['ratio_p95']}"))
    if "synthetic_build" in result:
        b = result["synthetic_build"]
        out.append(("synthetic store", f"{b['synthetic']} nodes, vectors {b['vectors']} ({b['embedded']} embedded), "
                    f"built in {b['build_s']} s"))
    out.append(("peak memory (maxrss)", f"{result['peak_rss_mb']} MB"))
    return out
