"""The index over real papers: retrieval quality with the real model, storage and server mode with the stand-in."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.fusion import Hit
from index.query import SearchFilters
from index.store import open_index
from ingest.catalogue import Catalogue
from ingest.pipeline import ingest_papers, remove_paper
from minutebook.errors import StoreLockedError
from minutebook.model import Audience
from minutebook.settings import Settings
from tests.conftest import ILSC, REPO, cli, need_corpus
from tests.fakes import HashEmbedder

PLACEMENTS = "What did the commission resolve after reviewing placement sufficiency for kids in care in July 2020?"
ENTITLED = SearchFilters(audience=Audience(entitled=True))


def _top(hits: list[Hit], n: int = 3) -> list[tuple[str, str]]:
    return [(h.citation.meeting_date.isoformat(), h.citation.minute or "") for h in hits[:n]]


def test_search_finds_the_minute(md_store: Path, embedder: Embedder) -> None:
    with open_index(Settings(store=md_store), writer=False, embedder=embedder) as index:
        hits = index.search(PLACEMENTS, k=10)
        assert ("2020-07-28", "83") in _top(hits)
        keys = [h.node.item_key for h in hits]
        assert len(keys) == len(set(keys)), "one hit per citable item"
        minute = index.search("minute 115", k=3)
        assert ("2018-01-23", "115") in _top(minute)


def test_filters_are_hard(md_store: Path, embedder: Embedder) -> None:
    with open_index(Settings(store=md_store), writer=False, embedder=embedder) as index:
        flt = SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2018, 12, 31))
        hits = index.search(PLACEMENTS, k=10, filters=flt)
        assert hits and all(h.citation.meeting_date.year == 2018 for h in hits)
        agenda = index.search("work programme", k=10, filters=SearchFilters(doc_kind="work_programme"))
        assert agenda and all(h.node.doc_kind == "work_programme" for h in agenda)


def test_exempt_material_is_never_served_publicly(md_store: Path, embedder: Embedder) -> None:
    question = "Which provider won the overnight short breaks contract, and for how much?"
    with open_index(Settings(store=md_store), writer=False, embedder=embedder) as index:
        public = index.search(question, k=20)  # the default audience is the public
        assert public and not any(h.node.exempt for h in public)
        assert not any("Kestrelmoor" in h.node.body for h in public)
        for ranked in (index.dense_nodes(question, 60, SearchFilters()),
                       index.lexical_nodes(question, 60, SearchFilters())):
            assert ranked and not any(n.exempt for n, _ in ranked)
        private = index.search(question, k=20, filters=ENTITLED)
        assert any(h.node.exempt for h in private)
        exempt_key = next(h.node.item_key for h in private if h.node.exempt)
        assert index.item_nodes(exempt_key, Audience.public()) == []
        assert index.item_nodes(exempt_key, Audience(entitled=True))


def test_hits_carry_typed_citations_that_round_trip_the_store(fake_store: Path, fake_embedder: HashEmbedder) -> None:
    from index.nodes import build_nodes
    from ingest.pipeline import parse_file

    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    built = {n.id: n for n in build_nodes(parse_file(paper).model_copy(update={"source": str(paper.resolve())}))}
    with open_index(Settings(store=fake_store), writer=False, embedder=fake_embedder) as index:
        stored = [n for n in index.nodes() if n.id in built]
        assert len(stored) == len(built) > 50
        assert all(n == built[n.id] for n in stored)  # the stored form reads back as the node that was built
        hits = index.search("children missing education", k=5)
    assert hits and all(h.citation == h.node.citation and h.citation.quote == "" for h in hits)


def test_second_process_gets_a_clear_error(fake_store: Path, fake_embedder: HashEmbedder) -> None:
    with open_index(Settings(store=fake_store), writer=False, embedder=fake_embedder):
        result = cli("search", "--store", str(fake_store), "anything")
        assert result.returncode == 2
        said = " ".join(result.stderr.split())  # the message is wrapped to the terminal's width
        assert "in use by pid" in said and "Traceback" not in said
        with pytest.raises(StoreLockedError):
            open_index(Settings(store=fake_store), writer=True, embedder=fake_embedder).__enter__()


def test_incremental_ingest_and_remove(tmp_path: Path) -> None:
    """Through the library, as the CLI and the bench call it: nothing re-embedded, nothing left behind."""
    need_corpus()
    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    settings = Settings(store=tmp_path)
    embedder = HashEmbedder()
    with Catalogue(settings.catalogue_path) as catalogue, open_index(settings, writer=True, embedder=embedder) as index:
        first = ingest_papers([paper], catalogue, index)
        assert [r.status for r in first.results] == ["ingested"] and first.actions > 0
        before = index.stats()
        assert before["nodes"] == before["vectors"] > 50
        assert index.search("children missing education", k=5)  # BM25 was refreshed after the ingest
        embedded = embedder.calls
        again = ingest_papers([paper], catalogue, index)
        assert [r.status for r in again.results] == ["unchanged"]
        assert index.stats() == before and embedder.calls == embedded  # nothing re-embedded, nothing duplicated
        removed = remove_paper(paper.name, catalogue, index)
        assert removed.source == str(paper.resolve())
        assert index.stats() == {"nodes": 0, "vectors": 0}
        assert index.search("children missing education", k=5) == []
        assert catalogue.documents() == [] and catalogue.actions() == []


def test_ingest_search_and_remove_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same steps through the ``minutebook`` commands, run in this process with the stand-in embedder."""
    from typer.testing import CliRunner

    from entry import compose
    from entry.cli import app

    need_corpus()
    monkeypatch.setattr(compose, "load_embedder", lambda settings: HashEmbedder())
    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    run = CliRunner().invoke
    first = run(app, ["ingest", "--store", str(tmp_path), str(paper)], env={"COLUMNS": "200"})
    assert first.exit_code == 0, first.output
    assert "1 ingested" in first.stdout and "follow-up register:" in first.stdout
    again = run(app, ["ingest", "--store", str(tmp_path), str(paper)], env={"COLUMNS": "200"})
    assert "1 unchanged" in again.stdout
    found = run(app, ["search", "--store", str(tmp_path), "--json", "children missing education trends report"])
    assert found.exit_code == 0, found.output
    assert "23" in [row["minute"] for row in json.loads(found.stdout)]
    removed = run(app, ["remove", "--store", str(tmp_path), paper.name])
    assert removed.exit_code == 0, removed.output
    assert "removed" in removed.stdout and paper.name in removed.stdout.replace("\n", "")
    with open_index(Settings(store=tmp_path), writer=False, embedder=HashEmbedder()) as index:
        assert index.stats() == {"nodes": 0, "vectors": 0}
    unknown = run(app, ["remove", "--store", str(tmp_path), paper.name])
    assert unknown.exit_code == 2 and "matches no document" in unknown.output


@pytest.mark.chroma_server
def test_chroma_server_mode(tmp_path: Path, chroma_server: str) -> None:
    need_corpus()
    settings = Settings(store=tmp_path, chroma_url=chroma_server)
    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    embedder = HashEmbedder()
    with Catalogue(settings.catalogue_path) as catalogue, open_index(settings, writer=True, embedder=embedder) as index:
        assert not ingest_papers([paper], catalogue, index).failed
    with open_index(settings, writer=False, embedder=embedder) as index:
        assert index.stats()["vectors"] == index.stats()["nodes"] > 50
        hits = index.search("children missing education trends report", k=5)
        assert "23" in [h.citation.minute for h in hits]
    assert not (tmp_path / "chroma").exists(), "server mode must not write an embedded store"


@pytest.mark.real_model
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_model_loads_with_networking_unavailable(backend: str) -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled for this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from entry.compose import load_embedder\n"
        "from minutebook.settings import Settings\n"
        f"v = load_embedder(Settings(embed_backend={backend!r})).embed(['Resolved: That the report be noted.'])[0]\n"
        "print(len(v), round(sum(x * x for x in v), 3))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["384", "1.0"]


def test_a_query_is_embedded_alone_and_once() -> None:
    """A query is embedded on its own (a batch moves int8 vectors with their companions), then read from the cache."""
    from index.embedder import QueryCache

    class Counting(QueryCache):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[list[str]] = []

        def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
            self.calls.append(list(texts))
            return [[float(len(t)), 1.0] for t in texts]

    cache = Counting()
    assert cache.embed_query("who chaired it and who sent apologies") == [37.0, 1.0]
    assert cache.embed_query("who chaired it") == [14.0, 1.0]
    assert cache.embed_query("who chaired it") == [14.0, 1.0]  # already known: nothing embedded
    assert cache.calls == [["who chaired it and who sent apologies"], ["who chaired it"]]
