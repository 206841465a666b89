"""The index of one store: hybrid retrieval over the minute book's nodes, and their writing.

The rest of minutebook speaks :class:`~index.nodes.IndexNode` and :class:`~index.fusion.Hit`; llama-index and
Chroma stay inside ``index/`` (:mod:`index.vectors`). The parts, one module each: the node registry
(:mod:`index.registry`), BM25 (:mod:`index.lexical`), the vectors (:mod:`index.vectors`) and rank fusion
(:mod:`index.fusion`). The embedder is given by whoever opens the index (the composition root).

Layout of a store directory::

    catalogue.sqlite3   the minute book (ingest.catalogue)
    nodes.sqlite3       every index node: text, verbatim body, citation
    chroma/             embedded Chroma (unless MINUTEBOOK_CHROMA_URL names a server)
    bm25/               the bm25s index and its node ids
    .writer.lock        held by the one process that may write (or serve) this store
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from index.embedder import Embedder
from index.fusion import Hit, passes, rank
from index.lexical import Lexical
from index.nodes import IndexNode, build_nodes
from index.query import QueryPlan, SearchFilters, understand
from index.registry import NodeRegistry
from index.vectors import VectorQuery, Vectors
from ingest.store_lock import WriterLock
from minutebook.model import Audience, ParsedDocument
from minutebook.settings import Settings


@dataclass(frozen=True)
class _StoreFacts:
    """What questions are read against, from one pass over the nodes; kept until the index writes."""

    committees: list[str]  # for reading questions
    latest: dt.date | None  # the newest meeting, for "last year"
    raw_committees: frozenset[str]  # the committee values as stored, for filters that keep everything
    no_exempt: bool  # no node is exempt
    items: dict[str, list[IndexNode]]  # each citable item's nodes, in order


@dataclass(frozen=True)
class EmbeddedDocument:
    """A document's index nodes with their vectors, ready to be written (see ``embed_documents``)."""

    source: str
    nodes: list[IndexNode]
    vectors: list[list[float]]


class MinutebookIndex:
    """Hybrid retrieval over one store: dense (Chroma) + BM25, fused, every hit with its citation."""

    def __init__(self, settings: Settings, *, writer: bool, embedder: Embedder) -> None:
        self.settings = settings
        self.writer = writer
        store = settings.store
        store.mkdir(parents=True, exist_ok=True)
        self._lock = WriterLock(store) if writer or not settings.chroma_url else None
        self.embedder = embedder
        self.registry = NodeRegistry(store / "nodes.sqlite3")
        self.lexical = Lexical(store / "bm25")
        self.vectors = Vectors(settings)
        self._store_facts: _StoreFacts | None = None
        self._facts_count = -1

    # ---------------------------------------------------------------- lifecycle

    def close(self) -> None:
        self.registry.close()
        self.vectors.close()
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
        if embedded is None:
            embedded = self.embed_documents([doc])[0]
        if embedded.source != doc.source:
            raise ValueError(f"embedded nodes are for {embedded.source}, not {doc.source}")
        self.write(doc.source, embedded.nodes, embedded.vectors)
        return len(embedded.nodes)

    def write(self, source: str, nodes: list[IndexNode], vectors: list[list[float]]) -> None:
        """Make ``nodes`` (with their ``vectors``) the whole of ``source``'s nodes.

        The old vectors go first, then the registry names the new nodes, then their vectors are added: every
        vector in the store is named in the registry before it is added, so a process killed at any point
        leaves nothing the next write of the source (or its removal) does not clear. The source is marked as
        being written throughout, so until the write ends :meth:`sources` does not count it as indexed.
        """
        self.registry.begin_write(source)
        self.vectors.delete(self.registry.ids_for(source))
        self.registry.replace(source, nodes)
        self.vectors.add(nodes, vectors)
        self.registry.end_write(source)
        self._store_facts = None

    def remove_document(self, source: str) -> None:
        self.registry.begin_write(source)
        self.vectors.delete(self.registry.ids_for(source))
        self.registry.replace(source, [])
        self.registry.end_write(source)
        self._store_facts = None

    def sources(self, *, finished: bool = True) -> set[str]:
        """Every source document indexed in full; ``finished`` False: also those a killed write left half done."""
        return self.registry.sources(finished=finished)

    def refresh(self) -> None:
        """Bring what is derived from the nodes up to date after writes: BM25 is rebuilt when nodes changed."""
        if self.registry.flag("bm25_dirty") == "1" or not self.lexical.built:
            self.lexical.rebuild(list(self.registry.all()))
            self.registry.flag("bm25_dirty", "0")

    # ---------------------------------------------------------------- reading the store

    def sync(self) -> int:
        """Forget what was read from the store if another process has written to it since (a writer beside a
        Chroma server); return the node count. One cheap count: callers call it once per request."""
        count = self.registry.count()
        if count != self._facts_count:
            self._store_facts = None
        return count

    def _facts(self) -> _StoreFacts:
        if self._store_facts is None:
            count = self.registry.count()
            committees: set[str] = set()
            latest: dt.date | None = None
            no_exempt = True
            items: dict[str, list[IndexNode]] = {}
            for n in self.registry.all():
                committees.add(n.citation.committee)
                latest = max(latest, n.meeting_date) if latest else n.meeting_date
                no_exempt = no_exempt and not n.exempt
                items.setdefault(n.item_key, []).append(n)
            self._store_facts = _StoreFacts(
                committees=sorted(committees),
                latest=latest,
                raw_committees=frozenset(committees),
                no_exempt=no_exempt,
                items=items,
            )
            self._facts_count = count
        return self._store_facts

    def node_count(self) -> int:
        return self.registry.count()

    def nodes(self) -> Iterator[IndexNode]:
        """Every node of the store, exempt or not (for statistics over the whole store, never for serving)."""
        return self.registry.all()

    def item_nodes(self, key: str, audience: Audience) -> list[IndexNode]:
        """The nodes of the citable item ``key`` that ``audience`` may see, in the order they were written."""
        return [n for n in self._facts().items.get(key, []) if audience.may_see(n.exempt)]

    def stored_vectors(self, ids: list[str]) -> list[list[float]]:
        """The vectors stored for ``ids``, in that order (the bench copies a store's without embedding again)."""
        return self.vectors.stored(ids)

    def stats(self) -> dict[str, int]:
        return {"nodes": self.registry.count(), "vectors": self.vectors.count()}

    # ---------------------------------------------------------------- searching

    def plan(self, question: str) -> QueryPlan:
        """What the question says about where its answer is (dates, minute numbers, committee, intent)."""
        facts = self._facts()
        return understand(question, facts.committees, facts.latest)

    def search(
        self, question: str, k: int = 10, filters: SearchFilters | None = None, plan: QueryPlan | None = None
    ) -> list[Hit]:
        """Ranked, de-duplicated hits: one per citable item, best node first.

        ``plan`` is the question's plan when the caller has made it already (:meth:`plan`); it is made here
        otherwise. A committee the question names becomes a filter when ``filters`` names none.
        """
        filters = filters or SearchFilters()
        plan = plan or self.plan(question)
        if plan.committee and not filters.committee:
            filters = dataclasses.replace(filters, committee=plan.committee)
        pool = max(60, k * 6)
        dense = self._dense(self.embedder.embed_query(question), pool, filters)
        lexical = self.lexical.search(question, pool * 3)
        ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in lexical]))
        extra = self._direct_minutes(plan)
        nodes = self.registry.get(ids + [n for n in extra if n not in ids])
        return rank(plan, filters, dense, lexical, nodes, extra, k)

    def dense_nodes(self, question: str, n: int, filters: SearchFilters) -> list[tuple[IndexNode, float]]:
        """The dense list alone: up to ``n`` (node, cosine similarity) pairs meeting ``filters``, best first."""
        ranked = self._dense(self.embedder.embed_query(question), n, filters)
        nodes = self.registry.get([i for i, _ in ranked])
        return [(nodes[i], s) for i, s in ranked if i in nodes and passes(nodes[i], filters)]

    def lexical_nodes(self, question: str, n: int, filters: SearchFilters) -> list[tuple[IndexNode, float]]:
        """The BM25 list alone: up to ``n`` (node, score) pairs before filtering, those meeting ``filters``."""
        ranked = self.lexical.search(question, n)
        nodes = self.registry.get([i for i, _ in ranked])
        return [(nodes[i], s) for i, s in ranked if i in nodes and passes(nodes[i], filters)]

    def bare_query(self, question: str, n: int = 60) -> list[str]:
        """A bare encode and plain Chroma query of ``question`` (no cache, no filters, no fusion): the bench's
        baseline for what a search costs."""
        return self.vectors.bare_query(self.embedder.embed([question])[0], n)

    def _dense(self, vector: list[float], n: int, filters: SearchFilters) -> list[tuple[str, float]]:
        """Similarity search with the filters less the conditions every node of the store meets.

        Chroma's metadata pre-filter costs as much as all the rest of a search at 100,000 nodes (0.6 s on
        two cores) even when it keeps every vector, as ``exempt = 0`` does in a store without exempt
        papers, or one committee's name in a one-committee store. Leaving such a condition out returns
        the same vectors. (:func:`~index.fusion.rank` checks every hit against the full filters in any case.)
        """
        facts = self._facts()
        drop_committee = filters.committee is not None and facts.raw_committees == {filters.committee}
        where = VectorQuery(
            public_only=not filters.audience.entitled and not facts.no_exempt,
            committee=None if drop_committee else filters.committee,
            doc_kind=filters.doc_kind,
            date_from=int(filters.date_from.strftime("%Y%m%d")) if filters.date_from else None,
            date_to=int(filters.date_to.strftime("%Y%m%d")) if filters.date_to else None,
        )
        return self.vectors.query(vector, n, where)

    def _direct_minutes(self, plan: QueryPlan) -> list[str]:
        if not plan.minutes:
            return []
        wanted = set(plan.minutes)
        return [n.id for n in self.registry.all() if (n.citation.minute or "") in wanted]


@contextmanager
def open_index(settings: Settings, *, writer: bool, embedder: Embedder) -> Iterator[MinutebookIndex]:
    index = MinutebookIndex(settings, writer=writer, embedder=embedder)
    try:
        yield index
    finally:
        index.close()


__all__ = ["EmbeddedDocument", "Hit", "MinutebookIndex", "SearchFilters", "open_index"]
