"""kill -9 in the middle of an ingest (or a removal), then ingest again: the store equals a clean build.

A child process ingests the sample papers into a real store (real Chroma, the node registry, BM25, the
catalogue; the stand-in embedder) and sends itself SIGKILL at one point: after reading papers but before any
write, between the registry and the vectors, half way through a paper's vectors, before a catalogue commit,
in the middle of swapping BM25 in, before the follow-up register is stored, and between a removal's two
steps. Some runs start from an empty store; others from a built one with a paper changed since, or from papers
catalogued without the index (their files unchanged, so only the index says whether they are done). The next
ingest, in this process, must then leave catalogue, registry, vectors, BM25 and register exactly as a clean
build of the same papers leaves them, and the lock the killed process held must not stand in its way.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ingest.catalogue import Catalogue
from ingest.pipeline import ingest_papers, remove_paper
from tests.conftest import EXAMPLES, REPO, build_store
from tests.fakes import HashEmbedder

CHANGED = "cypsp-minutes-2023-01-12.md"
ADDED = "\n\nThe Chair thanked officers for the report on school transport, which was noted.\n"

# The child: ingest (or remove) with one method wrapped to SIGKILL the process at its nth call.
CHILD = r"""
import os, signal, sys
from pathlib import Path

store, point, nth, papers = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), [Path(p) for p in sys.argv[4:]]

import index.lexical
import index.vectors
import ingest.catalogue
import ingest.paper_reader
import ingest.pipeline
from entry.compose import open_index  # as the CLI opens it: with the answerer's reading
from ingest.catalogue import Catalogue
from minutebook.settings import Settings
from tests.fakes import HashEmbedder

calls = 0

def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)

def wrap(owner, name, *, after=False, half=False, when=lambda *a: True):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        global calls
        if not when(*args):
            return original(*args, **kwargs)
        calls += 1
        if calls == nth and half:  # Vectors.add(self, nodes, vectors): write half, then die
            me, nodes, vectors = args
            original(me, nodes[: len(nodes) // 2], vectors[: len(vectors) // 2])
            die()
        if calls == nth and not after:
            die()
        result = original(*args, **kwargs)
        if calls == nth:
            die()
        return result
    setattr(owner, name, wrapper)

points = {
    "read": lambda: wrap(ingest.paper_reader.PaperReader, "read", after=True),
    "vectors-delete": lambda: wrap(index.vectors.Vectors, "delete", after=True, when=lambda me, ids: bool(ids)),
    "vectors-add": lambda: wrap(index.vectors.Vectors, "add"),
    "vectors-add-half": lambda: wrap(index.vectors.Vectors, "add", half=True),
    "catalogue": lambda: wrap(ingest.catalogue.Catalogue, "replace_document"),
    "bm25-swap": lambda: wrap(Path, "rename", when=lambda me, target: me.name.endswith(".new")),
    "register": lambda: wrap(ingest.pipeline, "refresh_actions"),
    "remove": lambda: wrap(ingest.catalogue.Catalogue, "remove_document", after=True),
}
points[point]()
settings = Settings(store=store)
with open_index(settings, writer=True, embedder=HashEmbedder()) as index, Catalogue(settings.catalogue_path) as cat:
    if point == "remove":
        ingest.pipeline.remove_paper(papers[0].name, cat, index)
    else:
        ingest.pipeline.ingest_papers(papers, cat, index)
sys.exit(3)  # the point was never reached
"""


def _snapshot(store: Path) -> dict[str, Any]:
    """Everything an ingest writes, in a form two stores can be compared by."""
    from entry.compose import open_index  # as the CLI opens it: with the answerer's reading
    from minutebook.settings import Settings

    with Catalogue(store / "catalogue.sqlite3") as catalogue:
        documents = sorted((d.source, d.sha256) for d in catalogue.documents())
        meetings = sorted(m.key for m in catalogue.meetings())
        actions = sorted(json.dumps(a.model_dump(mode="json"), sort_keys=True) for a in catalogue.actions())
        failures = [f.source for f in catalogue.failures()]
    db = sqlite3.connect(store / "nodes.sqlite3")
    nodes = sorted(db.execute("SELECT id, source, text, body, meta FROM nodes").fetchall())
    writing = db.execute("SELECT source FROM writing").fetchall()
    terms = sorted(db.execute("SELECT term, df FROM terms").fetchall())  # the answerer's document frequencies
    item_texts = sorted(db.execute("SELECT item_key, hex(hash) FROM item_texts").fetchall())
    db.close()
    with open_index(Settings(store=store), writer=False, embedder=HashEmbedder()) as index:
        vectors = []
        for collection in (index.vectors.public, index.vectors.exempt):  # exempt vectors are kept apart
            got = collection.get(include=["embeddings"])
            pairs = zip(got["ids"], got["embeddings"], strict=True)
            vectors += [(i, [round(float(x), 5) for x in v]) for i, v in pairs]
        vectors.sort()
    bm25 = sorted(json.loads((store / "bm25" / "ids.json").read_text()))
    leftovers = sorted(p.name for p in store.glob("bm25.*"))
    return {
        "documents": documents,
        "meetings": meetings,
        "actions": actions,
        "failures": failures,
        "nodes": nodes,
        "writing": writing,
        "terms": terms,
        "item texts": item_texts,
        "vectors": vectors,
        "bm25": bm25,
        "bm25 leftovers": leftovers,
    }


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("papers")
    for p in sorted(EXAMPLES.glob("cypsp-*")):
        shutil.copy(p, folder / p.name)
    return folder


def _original(papers: Path) -> None:
    shutil.copy(EXAMPLES / CHANGED, papers / CHANGED)


def _changed(papers: Path) -> None:
    (papers / CHANGED).write_text((EXAMPLES / CHANGED).read_text() + ADDED)


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, papers: Path) -> dict[str, Path]:
    """Clean builds: the original papers, and the papers with one changed."""
    embedder = HashEmbedder()
    _original(papers)
    before = build_store(tmp_path_factory.mktemp("before"), [papers], embedder)
    _changed(papers)
    after = build_store(tmp_path_factory.mktemp("after"), [papers], embedder)
    return {"before": before, "after": after}


def _kill_child_at(store: Path, point: str, nth: int, papers: list[Path]) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(store), point, str(nth), *map(str, papers)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    assert "pid" in (store / ".writer.owner").read_text()  # the killed process's lock is left behind ...


def _ingest_again(store: Path, papers: Path) -> None:
    from entry.compose import open_index  # as the CLI opens it: with the answerer's reading
    from minutebook.settings import Settings

    settings = Settings(store=store)
    with open_index(settings, writer=True, embedder=HashEmbedder()) as index, Catalogue(settings.catalogue_path) as cat:
        run = ingest_papers([papers], cat, index)  # ... and never blocks the next ingest
    assert not run.failed, run.failed


@pytest.mark.parametrize(
    ("start", "point", "nth"),
    [
        ("empty", "read", 2),  # papers read and queued for embedding, nothing written
        ("empty", "vectors-add", 2),  # the second paper's nodes in the registry, none of its vectors
        ("empty", "vectors-add-half", 3),  # half the third paper's vectors written
        ("empty", "catalogue", 3),  # three papers' nodes and vectors in, two catalogued
        ("empty", "bm25-swap", 1),  # the new BM25 written beside, not yet swapped in
        ("empty", "register", 1),  # everything in but the follow-up register
        ("built", "vectors-delete", 1),  # a changed paper's old vectors deleted, its old nodes still named
        ("built", "vectors-add-half", 1),  # half its new vectors written
        ("built", "catalogue", 1),  # its new nodes and vectors in, the catalogue still the old version
        ("catalogued", "vectors-add", 1),  # papers catalogued without the index: the first one's nodes named
        ("catalogued", "vectors-add-half", 2),  # the second one's vectors half written (its file unchanged)
    ],
)
def test_killed_mid_ingest_then_ingested_again_equals_a_clean_build(
    tmp_path: Path, papers: Path, stores: dict[str, Path], start: str, point: str, nth: int
) -> None:
    store = tmp_path / "store"
    if start == "built":
        shutil.copytree(stores["before"], store, ignore=shutil.ignore_patterns(".writer.*"))
    _changed(papers)
    if start == "catalogued":
        with Catalogue(store / "catalogue.sqlite3") as cat:
            assert not ingest_papers([papers], cat).failed  # as ``ingest --no-index`` does
    _kill_child_at(store, point, nth, [papers])
    _ingest_again(store, papers)
    assert _snapshot(store) == _snapshot(stores["after"])


def test_killed_between_a_removals_two_steps_the_next_ingest_finishes_it(
    tmp_path: Path, papers: Path, stores: dict[str, Path]
) -> None:
    from entry.compose import open_index  # as the CLI opens it: with the answerer's reading
    from minutebook.settings import Settings

    store = tmp_path / "store"
    shutil.copytree(stores["after"], store, ignore=shutil.ignore_patterns(".writer.*"))
    _kill_child_at(store, "remove", 1, [papers / CHANGED])  # catalogue rows gone, nodes and vectors still there
    with Catalogue(store / "catalogue.sqlite3") as cat:
        assert CHANGED not in {Path(d.source).name for d in cat.documents()}
    rest = [p for p in sorted(papers.iterdir()) if p.name != CHANGED]
    settings = Settings(store=store)
    with open_index(settings, writer=True, embedder=HashEmbedder()) as index, Catalogue(settings.catalogue_path) as cat:
        run = ingest_papers(rest, cat, index)
    assert not run.failed and {r.status for r in run.results} == {"unchanged"}
    clean = build_store(tmp_path / "clean", rest, HashEmbedder())
    assert _snapshot(store) == _snapshot(clean)
    with open_index(settings, writer=True, embedder=HashEmbedder()) as index, Catalogue(settings.catalogue_path) as cat:
        remove_paper(rest[0].name, cat, index)  # and removal works as before
        assert len(cat.documents()) == 3


def test_a_paper_catalogued_without_the_index_is_indexed_by_the_next_ingest(
    tmp_path: Path, papers: Path, stores: dict[str, Path]
) -> None:
    from entry.compose import open_index  # as the CLI opens it: with the answerer's reading
    from minutebook.settings import Settings

    _changed(papers)
    store = tmp_path / "store"
    settings = Settings(store=store)
    with Catalogue(settings.catalogue_path) as cat:
        assert not ingest_papers([papers], cat).failed  # as ``ingest --no-index`` does
    _ingest_again(store, papers)
    assert _snapshot(store) == _snapshot(stores["after"])
    with open_index(settings, writer=False, embedder=HashEmbedder()) as index:
        assert len(index.sources()) == 5


def test_a_live_writer_is_refused_even_for_the_catalogue_only(tmp_path: Path, papers: Path) -> None:
    from ingest.store_lock import WriterLock
    from tests.conftest import cli

    store = tmp_path / "store"
    with WriterLock(store):  # as a running service or another ingest holds it
        refused = cli("ingest", "--no-index", "--store", str(store), str(papers), env={"COLUMNS": "300"})
    assert refused.returncode != 0 and f"in use by pid {os.getpid()}" in refused.stdout + refused.stderr
    assert not (store / "catalogue.sqlite3").exists()
    done = cli("ingest", "--no-index", "--store", str(store), str(papers))  # the lock file left behind is no bar
    assert done.returncode == 0, done.stderr
