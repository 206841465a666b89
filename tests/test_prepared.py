"""What the index prepares at ingest for the answerer (text vectors, term frequencies), exempt vectors in their
own collection, filtered similarity search without Chroma's filter, and the store format.

Real Chroma stores built through the library; the stand-in embedder (these test wiring and bookkeeping, not
retrieval quality), counting what it embeds.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from entry.compose import open_minutebook
from index.query import SearchFilters
from index.store import open_index
from index.text_vectors import item_views
from index.vectors import VectorQuery
from ingest.catalogue import Catalogue
from ingest.pipeline import ingest_papers, remove_paper
from minutebook.errors import StoreFormatError
from minutebook.model import Audience
from minutebook.settings import Settings
from service.evidence import TermWeights
from service.prepared import AnswerReading
from tests.conftest import EXAMPLES, ILSC, build_store, cli, need_corpus, shared_papers
from tests.fakes import HashEmbedder

QUESTIONS = [
    "What did the commission resolve about family hubs?",
    "How many children were missing education?",
    "Who sent apologies to the 18 September 2018 meeting?",
    "What was said about short breaks for disabled children?",
    "What was the outcome of the overnight short breaks contract?",
]


def _ingest(settings: Settings, papers: list[Path], embedder: HashEmbedder, reader: AnswerReading | None) -> None:
    with (
        Catalogue(settings.catalogue_path) as catalogue,
        open_index(settings, writer=True, embedder=embedder, reader=reader) as index,
    ):
        assert not ingest_papers(papers, catalogue, index).failed


def test_answers_embed_nothing_but_their_questions(tmp_path: Path) -> None:
    """Every sentence and word an answer compares with the question was embedded at ingest."""
    need_corpus()
    embedder = HashEmbedder()
    store = build_store(tmp_path / "store", shared_papers(), embedder)
    with open_minutebook(Settings(store=store), embedder) as mb:
        assert mb.index.texts.count() > 1000
        before = embedder.calls
        answers = [mb.ask(q) for q in QUESTIONS] + [mb.for_audience(Audience(entitled=True)).ask(QUESTIONS[-1])]
        assert any(a.found for a in answers)
        assert embedder.calls == before  # queries go through embed_query; nothing else was embedded


def test_kept_vectors_are_the_models_and_a_text_not_kept_is_embedded_when_asked(fake_store: Path) -> None:
    embedder = HashEmbedder()
    with open_index(Settings(store=fake_store), writer=False, embedder=embedder) as index:
        key = next(n.item_key for n in index.nodes() if n.kind.value == "passage")
        texts = AnswerReading().texts(index.item_nodes(key, Audience.public()))
        question = "children missing education"
        want = np.array(embedder.embed(texts)) @ np.array(embedder.embed_query(question))
        calls = embedder.calls
        got = index.similarities(question, texts)
        assert embedder.calls == calls and np.allclose(got, want, atol=2e-3)  # kept as float16
        new = "A sentence no paper holds about children and education."
        [sim] = index.similarities(question, [new])
        assert embedder.calls == calls + 1
        assert sim == pytest.approx(float(np.dot(embedder.embed_query(new), embedder.embed_query(question))), abs=1e-6)


def test_term_counts_follow_every_write(tmp_path: Path) -> None:
    """Kept at ingest, they equal a count over the bodies after adding, changing and removing papers."""
    need_corpus()
    settings = Settings(store=tmp_path / "store")
    embedder, reader = HashEmbedder(), AnswerReading()
    papers = tmp_path / "papers"
    papers.mkdir()
    shutil.copy(ILSC / "ilsc-minutes-2018-09-18.md", papers)
    shutil.copy(EXAMPLES / "cypsp-minutes-2023-03-23.txt", papers)

    def check() -> None:
        with open_index(settings, writer=False, embedder=embedder, reader=reader) as index:
            counts = index.term_counts()
            assert counts is not None
            counted = TermWeights(index.registry.bodies())
            assert counts[0] == index.registry.count_weighed()  # a meeting's header is not weighed (as bodies())
            assert counts[1] == {t: d for t, d in counted.df.items() if d}
            assert index.texts.stale() == []
            linked = {h for (h,) in index.registry.db.execute("SELECT hash FROM item_texts")}
            kept = {h for (h,) in index.registry.db.execute("SELECT hash FROM text_vectors")}
            assert linked <= kept and kept == linked  # every text has its vector; no vector is left over

    _ingest(settings, [papers], embedder, reader)
    check()
    paper = papers / "cypsp-minutes-2023-03-23.txt"
    paper.write_text(paper.read_text().replace("short breaks", "respite breaks"))
    _ingest(settings, [papers], embedder, reader)
    check()
    with (
        Catalogue(settings.catalogue_path) as catalogue,
        open_index(settings, writer=True, embedder=embedder, reader=reader) as index,
    ):
        remove_paper(paper.name, catalogue, index)
    check()


def test_a_store_written_without_the_reader_is_prepared_by_the_next_refresh(tmp_path: Path) -> None:
    need_corpus()
    settings = Settings(store=tmp_path)
    embedder = HashEmbedder()
    _ingest(settings, [ILSC / "ilsc-minutes-2018-09-18.md"], embedder, None)
    with open_index(settings, writer=True, embedder=embedder, reader=AnswerReading()) as index:
        assert index.term_counts() is None and index.texts.count() == 0 and index.texts.stale()
        index.refresh()
        assert index.term_counts() is not None and index.texts.count() > 100 and index.texts.stale() == []


def test_exempt_vectors_live_in_their_own_collection(fake_store: Path) -> None:
    with open_index(Settings(store=fake_store), writer=False, embedder=HashEmbedder()) as index:
        nodes = list(index.nodes())
        exempt = [n.id for n in nodes if n.exempt]
        public = [n.id for n in nodes if not n.exempt]
        assert exempt and public
        assert index.vectors.public.get(ids=exempt)["ids"] == []
        assert sorted(index.vectors.exempt.get(ids=exempt)["ids"]) == sorted(exempt)
        assert index.vectors.exempt.count() == len(exempt) and index.vectors.public.count() == len(public)
        vector = index.embedder.embed_query("Kestrelmoor Care Partners contract award")
        assert not set(i for i, _ in index.dense.search(vector, 60, SearchFilters())) & set(exempt)
        entitled = index.dense.search(vector, 60, SearchFilters(audience=Audience(entitled=True)))
        assert set(i for i, _ in entitled) & set(exempt)


def _exact(index: Any, vector: list[float], n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
    """The ``n`` public vectors nearest ``vector`` among those meeting ``where``, by cosine over every one of them:
    the truth both searches approximate (Chroma's filtered HNSW query among them, which can miss a neighbour)."""
    got = index.vectors.public.get(where=where, include=["embeddings"])
    rows = np.asarray(got["embeddings"], dtype=np.float32)
    query = np.asarray(vector, dtype=np.float32)
    sims = rows @ query / (np.linalg.norm(rows, axis=1) * np.linalg.norm(query))
    return [(got["ids"][k], float(sims[k])) for k in np.argsort(-sims, kind="stable")[:n]]


@pytest.mark.parametrize("kind", ["committee", "date", "doc_kind", "committee and date"])
def test_filters_by_over_fetching_find_the_exact_nearest(fake_store: Path, kind: str) -> None:
    with open_index(Settings(store=fake_store), writer=False, embedder=HashEmbedder()) as index:
        committee = sorted(index.registry.committees())[0]
        filters = {
            "committee": SearchFilters(committee=committee),
            "date": SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2019, 12, 31)),
            "doc_kind": SearchFilters(doc_kind="minutes"),
            "committee and date": SearchFilters(committee=committee, date_from=dt.date(2020, 1, 1)),
        }[kind]
        ways = set()
        for question in QUESTIONS:
            vector = index.embedder.embed_query(question)
            found = index.dense.search(vector, 20, filters)
            ways.add(index.dense.last_way)
            exact = _exact(index, vector, 20, index.dense.conditions(filters).where())
            # the nearest that pass the filter, as an exact search finds them: HNSW is approximate, and a graph built
            # on a loaded machine may miss one neighbour, as Chroma's own search may (never more than one of 20)
            last = exact[-1][1]  # ids agree but for the order of equal scores (the same text in two formats)
            wanted = {i for i, s in exact if s > last + 1e-5}
            got = {i for i, s in found if s > last + 1e-5}
            assert got <= wanted and len(wanted - got) <= 1, (got - wanted, wanted - got)  # none that should not be
            assert [s for _, s in found] == sorted((s for _, s in found), reverse=True)  # best first
            scores = dict(exact)
            assert all(abs(scores[i] - s) < 1e-5 for i, s in found if i in scores)  # the same similarities
        assert "overfetch" in ways  # these filters keep a large part of the store


def test_too_few_passing_fetches_more_before_asking_chroma_to_filter(
    fake_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first fetch too small for the filter (here forced) is followed by a larger one, not by Chroma's filter."""
    import index.dense

    monkeypatch.setattr(index.dense, "OVERFETCH", 0.3)
    with open_index(Settings(store=fake_store), writer=False, embedder=HashEmbedder()) as index_:
        filters = SearchFilters(date_from=dt.date(2018, 1, 1), date_to=dt.date(2019, 12, 31))
        where = index_.dense.conditions(filters)
        asked: list[tuple[int, bool]] = []
        query = index_.vectors.query

        def recording(vector: list[float], n: int, where_: VectorQuery | None = None, **kw: bool) -> list:
            asked.append((n, bool(where_)))
            return query(vector, n, where_, **kw)

        monkeypatch.setattr(index_.vectors, "query", recording)
        for question in QUESTIONS:
            vector = index_.embedder.embed_query(question)
            asked.clear()
            found = index_.dense.search(vector, 20, filters)
            assert index_.dense.last_way == "overfetch" and len(asked) >= 2 and not any(w for _, w in asked)
            assert asked[1][0] == 4 * asked[0][0] or asked[1][0] == index.dense.RETRY_FETCH
            chroma = query(vector, 20, where)
            assert np.allclose([s for _, s in found], [s for _, s in chroma], atol=1e-5)


def test_a_store_of_the_earlier_format_asks_to_be_ingested_again(tmp_path: Path) -> None:
    store = tmp_path / "old"
    store.mkdir()
    with sqlite3.connect(store / "nodes.sqlite3") as db:  # format 1: no item or committee columns, no version
        db.execute(
            "CREATE TABLE nodes (id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL,"
            " body TEXT NOT NULL, meta TEXT NOT NULL)"
        )
        db.execute("CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT INTO nodes VALUES ('n1', 'a.md', 'text', 'body', '{}')")
        db.execute("INSERT INTO state VALUES ('bm25_dirty', '0')")
    before = _dump(store / "nodes.sqlite3")
    with pytest.raises(StoreFormatError, match="re-ingest"):
        open_index(Settings(store=store), writer=False, embedder=HashEmbedder()).__enter__()
    Catalogue(store / "catalogue.sqlite3").close()
    result = cli("search", "--store", str(store), "anything")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "store format 1" in result.stderr and "re-ingest" in result.stderr
    result = cli("ingest", "--store", str(store), str(EXAMPLES / "cypsp-minutes-2023-03-23.txt"))
    assert result.returncode == 2 and "re-ingest" in result.stderr
    assert _dump(store / "nodes.sqlite3") == before  # refused, and left as it was


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def test_item_views_are_one_per_audience_only_when_they_differ(fake_store: Path) -> None:
    with open_index(Settings(store=fake_store), writer=False, embedder=HashEmbedder()) as index:
        nodes = list(index.nodes())
    public_item = next(n.item_key for n in nodes if not n.exempt)
    items = [n for n in nodes if n.item_key == public_item]
    assert item_views(items) == [items]
    mixed = [*items, next(n for n in nodes if n.exempt)]
    assert item_views(mixed) == [items, mixed]


def test_vector_conditions_are_chroma_where_clauses() -> None:
    assert VectorQuery().where() is None and not VectorQuery()
    assert VectorQuery(committee="C").where() == {"committee": {"$eq": "C"}}
    assert VectorQuery(date_from=20200101, date_to=20201231).where() == {
        "$and": [{"date_int": {"$gte": 20200101}}, {"date_int": {"$lte": 20201231}}]
    }
