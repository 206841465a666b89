"""The index adapter: Chroma (through llama-index) for vectors, bm25s for words, fused by rank.

llama-index and Chroma stay inside this module; the rest of minutebook speaks
:class:`index.nodes.IndexNode` and :class:`Hit`.

Layout of a store directory::

    catalogue.sqlite3   the minute book (ingest.catalogue)
    nodes.sqlite3       every index node: text, verbatim body, citation metadata
    chroma/             embedded Chroma (unless MINUTEBOOK_CHROMA_URL names a server)
    bm25/               the bm25s index and its node ids
    .writer.lock        held by the one process that may write (or serve) this store
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from filelock import FileLock, Timeout

from index.embedder import Embedder
from index.nodes import IndexNode, build_nodes
from index.query import QueryPlan, SearchFilters, in_periods, understand
from minutebook.errors import BackendError, StoreError, StoreLockedError
from minutebook.model import ParsedDocument
from minutebook.settings import Settings

RRF_K = 60
HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 200}


@dataclass(frozen=True)
class _StoreFacts:
    committees: list[str]  # for reading questions
    latest: Any  # dt.date | None: the newest meeting, for "last year"
    raw_committees: frozenset[Any]  # the committee values as stored, for filters that keep everything
    no_exempt: bool  # every node has exempt == 0


@dataclass(frozen=True)
class EmbeddedDocument:
    """A document's index nodes with their vectors, ready to be written (see ``embed_documents``)."""

    source: str
    nodes: list[IndexNode]
    vectors: list[list[float]]


@dataclass
class Hit:
    """A retrieved node with its fused score and the evidence behind it."""

    node: IndexNode
    score: float
    dense: float | None = None  # cosine similarity to the question
    lexical: float | None = None  # bm25 score
    reasons: list[str] = field(default_factory=list)


class NodeRegistry:
    """Every node's text and citation, in SQLite: the source for BM25 and for quoting."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL,"
            " body TEXT NOT NULL, meta TEXT NOT NULL)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS nodes_source ON nodes(source)")
        self.db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def replace(self, source: str, nodes: list[IndexNode]) -> None:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM nodes WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT OR REPLACE INTO nodes (id, source, text, body, meta) VALUES (?, ?, ?, ?, ?)",
                [(n.id, source, n.text, n.body, json.dumps(n.meta)) for n in nodes],
            )
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('bm25_dirty', '1')")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def ids_for(self, source: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM nodes WHERE source = ?", (source,))]

    def get(self, ids: list[str]) -> dict[str, IndexNode]:
        out: dict[str, IndexNode] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT id, text, body, meta FROM nodes WHERE id IN ({marks})", chunk):
                out[row[0]] = IndexNode(id=row[0], text=row[1], body=row[2], meta=json.loads(row[3]))
        return out

    def all(self) -> Iterator[IndexNode]:
        for row in self.db.execute("SELECT id, text, body, meta FROM nodes ORDER BY rowid"):
            yield IndexNode(id=row[0], text=row[1], body=row[2], meta=json.loads(row[3]))

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes").fetchone()[0])

    def flag(self, key: str, value: str | None = None) -> str | None:
        if value is not None:
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))
            return value
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()


class Lexical:
    """BM25 over node texts with bm25s, persisted beside the store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._retriever: Any = None
        self._ids: list[str] = []

    def rebuild(self, nodes: list[IndexNode]) -> None:
        import bm25s

        self._ids = [n.id for n in nodes]
        retriever = bm25s.BM25()
        if nodes:
            retriever.index(
                bm25s.tokenize([n.text for n in nodes], stopwords="en", stemmer=_stemmer(), show_progress=False),
                show_progress=False,
            )
        self.path.mkdir(parents=True, exist_ok=True)
        if nodes:
            retriever.save(str(self.path))
        (self.path / "ids.json").write_text(json.dumps(self._ids))
        self._retriever = retriever if nodes else None

    def load(self) -> None:
        import bm25s

        ids_file = self.path / "ids.json"
        if not ids_file.exists():
            return
        self._ids = json.loads(ids_file.read_text())
        self._retriever = bm25s.BM25.load(str(self.path)) if self._ids else None

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        import bm25s

        if self._retriever is None:
            self.load()
        if self._retriever is None or not self._ids:
            return []
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=_stemmer(), show_progress=False)
        if not tokens.ids or not tokens.ids[0]:
            return []
        docs, scores = self._retriever.retrieve(tokens, k=min(n, len(self._ids)), show_progress=False)
        return [(self._ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=False) if s > 0]


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


class MinutebookIndex:
    """Hybrid retrieval over one store: dense (Chroma) + BM25, fused, with citation metadata."""

    def __init__(self, settings: Settings, *, writer: bool, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.writer = writer
        store = settings.store
        store.mkdir(parents=True, exist_ok=True)
        self._lock: FileLock | None = None
        if writer or not settings.chroma_url:
            self._acquire(store)
        self.embedder = embedder or Embedder(
            settings.embed_model, device=settings.embed_device, batch_size=settings.embed_batch_size
        )
        self.registry = NodeRegistry(store / "nodes.sqlite3")
        self.lexical = Lexical(store / "bm25")
        self.vectors, self.collection, self._chroma = _open_chroma(settings)
        self._plan_context: _StoreFacts | None = None

    # ---------------------------------------------------------------- lifecycle

    def _acquire(self, store: Path) -> None:
        lock = FileLock(str(store / ".writer.lock"))
        owner = store / ".writer.owner"
        try:
            lock.acquire(timeout=0)
        except Timeout:
            holder = owner.read_text().strip() if owner.exists() else "another process"
            raise StoreLockedError(
                f"store {store} is in use by {holder}; wait for it to finish, or send requests to the running service"
            ) from None
        owner.write_text(f"pid {os.getpid()} ({' '.join(Path(a).name for a in sys.argv[:2])})")
        self._lock = lock

    def close(self) -> None:
        self.registry.close()
        if not self.settings.chroma_url and hasattr(self._chroma, "close"):
            # release the embedded store's cached system: a later open in this process must see other
            # processes' writes, not a stale in-memory HNSW index ("Error finding id")
            self._chroma.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> MinutebookIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- writing

    def embed_documents(self, docs: list[ParsedDocument]) -> list[EmbeddedDocument]:
        """Build and embed the nodes of several documents in one call.

        One call lets the encoder sort every node by length before batching, so short resolutions are not
        padded to the length of a long passage that happens to share their document.
        """
        built = [build_nodes(doc) for doc in docs]
        vectors = self.embedder.embed([n.text for nodes in built for n in nodes])
        out: list[EmbeddedDocument] = []
        start = 0
        for doc, nodes in zip(docs, built, strict=True):
            out.append(EmbeddedDocument(doc.source, nodes, vectors[start : start + len(nodes)]))
            start += len(nodes)
        return out

    def replace_document(self, doc: ParsedDocument, embedded: EmbeddedDocument | None = None) -> int:
        """Replace whatever the index held for the document's source with its nodes. Idempotent.

        ``embedded`` comes from :meth:`embed_documents`; without it the document is embedded here.
        """
        from llama_index.core.schema import TextNode

        if embedded is None:
            embedded = self.embed_documents([doc])[0]
        if embedded.source != doc.source:
            raise ValueError(f"embedded nodes are for {embedded.source}, not {doc.source}")
        nodes, vectors = embedded.nodes, embedded.vectors
        old = self.registry.ids_for(doc.source)
        if old:
            self.vectors.delete_nodes(node_ids=old)
        if nodes:
            self.vectors.add(
                [
                    TextNode(
                        id_=n.id,
                        text=n.text,
                        metadata=dict(n.meta),
                        embedding=v,
                        excluded_embed_metadata_keys=list(n.meta),
                        excluded_llm_metadata_keys=list(n.meta),
                    )
                    for n, v in zip(nodes, vectors, strict=True)
                ]
            )
        self.registry.replace(doc.source, nodes)
        self._plan_context = None
        return len(nodes)

    def remove_document(self, source: str) -> None:
        old = self.registry.ids_for(source)
        if old:
            self.vectors.delete_nodes(node_ids=old)
        self.registry.replace(source, [])
        self._plan_context = None

    def refresh_after_ingest(self, catalogue: object | None = None) -> None:
        """Rebuild BM25 when nodes changed (cheap: seconds at 100k nodes)."""
        if self.registry.flag("bm25_dirty") == "1" or not (self.lexical.path / "ids.json").exists():
            self.lexical.rebuild(list(self.registry.all()))
            self.registry.flag("bm25_dirty", "0")

    # ---------------------------------------------------------------- reading

    def _facts(self) -> _StoreFacts:
        """What a question is read against, from one pass over the nodes; kept until this index writes."""
        if self._plan_context is None:
            import datetime as dt

            committees: set[Any] = set()
            latest = ""
            no_exempt = True
            for n in self.registry.all():
                committees.add(n.meta["committee"])
                latest = max(latest, str(n.meta["meeting_date"]))
                no_exempt = no_exempt and n.meta.get("exempt") == 0
            self._plan_context = _StoreFacts(
                committees=sorted({str(c) for c in committees}),
                latest=dt.date.fromisoformat(latest) if latest else None,
                raw_committees=frozenset(committees),
                no_exempt=no_exempt,
            )
        return self._plan_context

    def plan(self, question: str) -> QueryPlan:
        facts = self._facts()
        return understand(question, facts.committees, facts.latest)

    def vector_filters(self, filters: SearchFilters) -> SearchFilters:
        """``filters`` less the conditions every node of the store meets, which exclude nothing.

        Chroma's metadata pre-filter costs as much as all the rest of a search at 100,000 nodes (0.6 s on
        two cores) even when it keeps every vector, as ``exempt = 0`` does in a store without exempt
        papers, or one committee's name in a one-committee store. Leaving such a condition out returns
        the same vectors. (``rank`` checks every hit against the full filters in any case.)
        """
        facts = self._facts()
        drop_committee = filters.committee is not None and facts.raw_committees == {filters.committee}
        return dataclasses.replace(
            filters,
            include_exempt=filters.include_exempt or facts.no_exempt,
            committee=None if drop_committee else filters.committee,
        )

    def dense(self, vector: list[float], n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        from llama_index.core.vector_stores.types import VectorStoreQuery

        query = VectorStoreQuery(
            query_embedding=vector, similarity_top_k=n, filters=_chroma_filters(self.vector_filters(filters))
        )
        try:  # no count() first: it costs 15 ms at 100,000 vectors, and Chroma 1.x answers [] when empty
            result = self.vectors.query(query)
        except Exception:
            if self.collection.count() == 0:  # a Chroma that refuses to query an empty collection
                return []
            raise
        import math

        sims = result.similarities or []
        return [(i, 1.0 + math.log(s)) for i, s in zip(result.ids or [], sims, strict=False) if s > 0]

    def search(self, question: str, k: int = 10, filters: SearchFilters | None = None) -> list[Hit]:
        """Ranked, de-duplicated hits: one per citable item, best node first."""
        filters = filters or SearchFilters(include_exempt=self.settings.include_exempt)
        plan = self.plan(question)
        if plan.committee and not filters.committee:
            filters = SearchFilters(**{**filters.__dict__, "committee": plan.committee})
        pool = max(60, k * 6)
        dense = self.dense(self.embedder.embed_query(question), pool, filters)
        lexical = self.lexical.search(question, pool * 3)
        ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in lexical]))
        extra = self._direct_minutes(plan)
        nodes = self.registry.get(ids + [n for n in extra if n not in ids])
        return rank(plan, filters, dense, lexical, nodes, extra, k)

    def _direct_minutes(self, plan: QueryPlan) -> list[str]:
        if not plan.minutes:
            return []
        wanted = set(plan.minutes)
        return [n.id for n in self.registry.all() if str(n.meta.get("minute")) in wanted]

    def stats(self) -> dict[str, int]:
        return {"nodes": self.registry.count(), "vectors": int(self.collection.count())}


def rank(
    plan: QueryPlan,
    filters: SearchFilters,
    dense: list[tuple[str, float]],
    lexical: list[tuple[str, float]],
    nodes: dict[str, IndexNode],
    direct: list[str],
    k: int,
) -> list[Hit]:
    """Reciprocal rank fusion by node id, boosts from the question, one hit per citable item."""
    hits: dict[str, Hit] = {}

    def hit(node_id: str) -> Hit | None:
        node = nodes.get(node_id)
        if node is None or not passes(node, filters):
            return None
        return hits.setdefault(node_id, Hit(node=node, score=0.0))

    for rank_no, (node_id, sim) in enumerate(dense):
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / (RRF_K + rank_no)
            h.dense = sim
    kept = [(i, s) for i, s in lexical if i in nodes and passes(nodes[i], filters)]
    for rank_no, (node_id, score) in enumerate(kept):
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / (RRF_K + rank_no)
            h.lexical = score
    # a node one list did not return ranks, in that list, just after the last it did (not nowhere): a minute
    # whose words match but whose meaning is far off ("public question" above a question about EHC plans) is
    # not beaten by every node the other list happened to return
    for ranked, field_name in ((dense, "dense"), (kept, "lexical")):
        missing = 1.0 / (RRF_K + len(ranked))
        for h in hits.values():
            if getattr(h, field_name) is None:
                h.score += missing
    for node_id in direct:
        if (h := hit(node_id)) is not None:
            h.score += 1.0 / RRF_K
            h.reasons.append("minute number")
    for h in hits.values():
        _boost(plan, h)
    best: dict[str, Hit] = {}
    for h in sorted(hits.values(), key=lambda x: -x.score):
        key = str(h.node.meta.get("item_key"))
        if key not in best:
            best[key] = h
    return sorted(best.values(), key=lambda x: -x.score)[:k]


def passes(node: IndexNode, filters: SearchFilters) -> bool:
    meta = node.meta
    if node.exempt and not filters.include_exempt:
        return False
    if filters.committee and str(meta.get("committee", "")).lower() != filters.committee.lower():
        return False
    if filters.doc_kind and meta.get("doc_kind") != filters.doc_kind:
        return False
    d = str(meta.get("meeting_date", ""))
    if filters.date_from and d < filters.date_from.isoformat():
        return False
    return not (filters.date_to and d > filters.date_to.isoformat())


def _boost(plan: QueryPlan, h: Hit) -> None:
    meta = h.node.meta
    title = str(meta.get("item_title", "")).lower()
    kind = meta.get("node_kind")
    factor = 1.0
    if plan.periods and in_periods(str(meta.get("meeting_date")), plan.periods):
        factor *= 1.6
        h.reasons.append("date")
    if "attendance" in plan.wants and kind == "attendance":
        factor *= 1.6
    if "declaration" in plan.wants and (kind == "declaration" or "declaration" in title):
        factor *= 1.4
    if "next_meeting" in plan.wants and "next meeting" in title:
        factor *= 1.6
    if "resolution" in plan.wants and kind == "resolution":
        factor *= 1.15
    if "followup" in plan.wants and meta.get("doc_kind") == "monitoring_schedule":
        factor *= 1.3
    h.score *= factor


def _chroma_filters(filters: SearchFilters) -> Any:
    from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

    items = []
    if not filters.include_exempt:
        items.append(MetadataFilter(key="exempt", value=0, operator=FilterOperator.EQ))
    if filters.committee:
        items.append(MetadataFilter(key="committee", value=filters.committee, operator=FilterOperator.EQ))
    if filters.doc_kind:
        items.append(MetadataFilter(key="doc_kind", value=filters.doc_kind, operator=FilterOperator.EQ))
    if filters.date_from:
        items.append(
            MetadataFilter(key="date_int", value=int(filters.date_from.strftime("%Y%m%d")), operator=FilterOperator.GTE)
        )
    if filters.date_to:
        items.append(
            MetadataFilter(key="date_int", value=int(filters.date_to.strftime("%Y%m%d")), operator=FilterOperator.LTE)
        )
    return MetadataFilters(filters=items) if items else None


def _open_chroma(settings: Settings) -> tuple[Any, Any, Any]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.vector_stores.chroma import ChromaVectorStore

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            client: Any = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        else:
            client = chromadb.PersistentClient(path=str(settings.store / "chroma"), settings=chroma_settings)
        collection = client.get_or_create_collection(
            settings.collection, configuration={"hnsw": HNSW}, embedding_function=None
        )
    except Exception as err:  # chromadb raises many types; all mean the same to a user
        where = settings.chroma_url or str(settings.store / "chroma")
        raise BackendError(f"cannot open the vector store at {where}: {err}") from err
    return ChromaVectorStore(chroma_collection=collection), collection, client


@contextmanager
def open_index(settings: Settings, *, writer: bool) -> Iterator[MinutebookIndex]:
    index = MinutebookIndex(settings, writer=writer)
    try:
        yield index
    finally:
        index.close()


__all__ = ["Hit", "MinutebookIndex", "SearchFilters", "StoreError", "open_index"]
