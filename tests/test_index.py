"""The index over real papers with the real model: embedded Chroma and a `chroma run` server."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from index.query import SearchFilters
from index.store import open_index
from minutebook.errors import StoreLockedError
from minutebook.settings import Settings
from tests.conftest import ILSC, REPO, cli, need_corpus

PLACEMENTS = "What did the commission resolve after reviewing placement sufficiency for kids in care in July 2020?"


def _top(hits: list, n: int = 3) -> list[tuple[str, str]]:
    return [(str(h.node.meta["meeting_date"]), str(h.node.meta["minute"])) for h in hits[:n]]


def test_search_finds_the_minute(md_store: Path) -> None:
    with open_index(Settings(store=md_store), writer=False) as index:
        hits = index.search(PLACEMENTS, k=10)
        assert ("2020-07-28", "83") in _top(hits)
        keys = [h.node.meta["item_key"] for h in hits]
        assert len(keys) == len(set(keys)), "one hit per citable item"
        minute = index.search("minute 115", k=3)
        assert ("2018-01-23", "115") in _top(minute)


def test_filters_are_hard(md_store: Path) -> None:
    with open_index(Settings(store=md_store), writer=False) as index:
        flt = SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2018, 12, 31))
        hits = index.search(PLACEMENTS, k=10, filters=flt)
        assert hits and all(str(h.node.meta["meeting_date"]).startswith("2018") for h in hits)
        agenda = index.search("work programme", k=10, filters=SearchFilters(doc_kind="work_programme"))
        assert agenda and all(h.node.meta["doc_kind"] == "work_programme" for h in agenda)


def test_exempt_material_is_never_served_publicly(md_store: Path) -> None:
    question = "Which provider won the overnight short breaks contract, and for how much?"
    with open_index(Settings(store=md_store), writer=False) as index:
        public = index.search(question, k=20)
        assert public and not any(h.node.exempt for h in public)
        assert not any("Kestrelmoor" in h.node.body for h in public)
        private = index.search(question, k=20, filters=SearchFilters(include_exempt=True))
        assert any(h.node.exempt for h in private)


def test_second_process_gets_a_clear_error(md_store: Path) -> None:
    with open_index(Settings(store=md_store), writer=False):
        result = cli("search", "--store", str(md_store), "anything")
        assert result.returncode == 2
        assert "in use by pid" in result.stderr and "Traceback" not in result.stderr
        with pytest.raises(StoreLockedError):
            open_index(Settings(store=md_store), writer=True).__enter__()


def test_incremental_ingest_and_remove(tmp_path: Path) -> None:
    need_corpus()
    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    first = cli("ingest", "--store", str(tmp_path), str(paper))
    assert first.returncode == 0, first.stderr
    with open_index(Settings(store=tmp_path), writer=False) as index:
        before = index.stats()
    assert before["nodes"] == before["vectors"] > 50
    again = cli("ingest", "--store", str(tmp_path), str(paper))
    assert "1 unchanged" in again.stdout
    with open_index(Settings(store=tmp_path), writer=False) as index:
        assert index.stats() == before  # nothing re-embedded, nothing duplicated
    removed = cli("remove", "--store", str(tmp_path), paper.name)
    assert removed.returncode == 0, removed.stderr
    with open_index(Settings(store=tmp_path), writer=False) as index:
        assert index.stats() == {"nodes": 0, "vectors": 0}
        assert index.search("children missing education", k=5) == []


@pytest.mark.chroma_server
def test_chroma_server_mode(tmp_path: Path, chroma_server: str) -> None:
    need_corpus()
    env = {"MINUTEBOOK_CHROMA_URL": chroma_server}
    paper = ILSC / "ilsc-minutes-2018-09-18.md"
    result = cli("ingest", "--store", str(tmp_path), str(paper), env=env)
    assert result.returncode == 0, result.stderr
    search = cli("search", "--store", str(tmp_path), "--json", "children missing education trends report", env=env)
    assert search.returncode == 0, search.stderr
    assert '"minute": "23"' in search.stdout
    assert not (tmp_path / "chroma").exists(), "server mode must not write an embedded store"


def test_model_loads_with_networking_unavailable() -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network disabled for this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from index.embedder import Embedder\n"
        "v = Embedder().embed(['Resolved: That the report be noted.'])[0]\n"
        "print(len(v), round(sum(x * x for x in v), 3))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["384", "1.0"]
