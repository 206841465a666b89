"""The index of one store: hybrid retrieval over the minute book's nodes, and their writing.

The rest of minutebook speaks :class:`~index.nodes.IndexNode` and :class:`~index.fusion.Hit`; llama-index and
Chroma stay inside ``index/`` (:mod:`index.vectors`). The parts, one module each: the node registry
(:mod:`index.registry`), BM25 (:mod:`index.lexical`), the vectors (:mod:`index.vectors`) searched with filters
by :mod:`index.dense`, rank fusion (:mod:`index.fusion`), and what the answerer needs prepared at ingest
(:mod:`index.prepare`). The embedder, and the answerer's reading of items, are given by whoever opens the index
(the composition root).

Layout of a store directory (its format is :data:`index.registry.FORMAT`)::

    catalogue.sqlite3   the minute book (ingest.catalogue)
    nodes.sqlite3       every index node: text, verbatim body, citation; term frequencies; text vectors
    chroma/             embedded Chroma (unless MINUTEBOOK_CHROMA_URL names a server): public and exempt
                        collections
    bm25/               the bm25s index and its node ids
    .writer.lock        held by the one process that may write (or serve) this store
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import logging
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from index.bodies import GENERIC_BODY_WORDS
from index.dense import DenseSearch
from index.embedder import Embedder
from index.fusion import Hit, passes, rank
from index.lexical import Lexical
from index.nodes import IndexNode, NodeKind, build_nodes
from index.prepare import Preparation
from index.query import QueryPlan, SearchFilters, understand
from index.registry import MEMORY as REGISTRY_MEMORY
from index.registry import NodeRegistry
from index.spelling import Speller
from index.text_vectors import ItemReader, TextVectors
from index.vectors import Vectors
from ingest.store_lock import WriterLock
from minutebook.errors import IngestError, IngestReason
from minutebook.lexicon import GROUPS
from minutebook.model import Audience, ParsedDocument
from minutebook.settings import Settings
from minutebook.vocabulary import ASKING_WORDS

log = logging.getLogger(__name__)

ITEM_CACHE = 256  # items' nodes kept in memory, as an audience sees them (an answer reads a few items several times)
MATRICES = 64  # the vectors of the last lists of texts compared (an item's words, for each missing term)
HEADER_ROOM = 20  # places asked of the dense search beyond the pool, for the meetings' headers it leaves out
NODE_VECTORS = 20_000  # nodes' stored vectors kept in memory once read (384 floats each: about 30 MB at most)
MEANT_LENGTH = 6  # the shortest typed word whose spelling put right is embedded (see MinutebookIndex.meant)
PLANS_KEPT = 256  # questions' plans kept until the store changes
WARM_NODES = 5_000  # nodes a service reads at start-up, newest meetings first: half of what the registry remembers


@dataclass(frozen=True)
class _StoreFacts:
    """What questions are read against, from a few indexed queries; kept until the store changes."""

    committees: list[str]  # for reading questions
    latest: dt.date | None  # the newest meeting, for "last year"
    speller: Speller  # the papers' spelling, for reading questions
    # questions read against these facts, latest last: the answerer reads a question's text more than once (the
    # whole question, then each part and the conversation's), and a plan is only read, never changed
    plans: OrderedDict[str, QueryPlan] = field(default_factory=OrderedDict)


@dataclass(frozen=True)
class EmbeddedDocument:
    """A document's index nodes with their vectors, ready to be written (see ``embed_documents``)."""

    source: str
    nodes: list[IndexNode]
    vectors: list[list[float]]


class MinutebookIndex:
    """Hybrid retrieval over one store: dense (Chroma) + BM25, fused, every hit with its citation.

    ``reader`` is the answerer's reading of items (:class:`~index.text_vectors.ItemReader`): with it, writes
    keep the answerer's term frequencies and :meth:`refresh` embeds the texts it compares with questions.
    """

    def __init__(self, settings: Settings, *, writer: bool, embedder: Embedder,
                 reader: ItemReader | None = None) -> None:
        self.settings = settings
        self.writer = writer
        store = settings.store
        store.mkdir(parents=True, exist_ok=True)
        self._lock = WriterLock(store) if writer or not settings.chroma_url else None
        try:
            self.embedder = embedder
            self.registry = NodeRegistry(store / "nodes.sqlite3")
            self.texts = TextVectors(self.registry.db)
            self.lexical = Lexical(store / "bm25")
            self.vectors = Vectors(settings)
        except BaseException:
            self._release()
            raise
        self.dense = DenseSearch(self.vectors, self.registry)
        self.preparation = Preparation(self.registry, self.texts, embedder, reader)
        self._store_facts: _StoreFacts | None = None
        self._generation = self.registry.flag("generation")
        self._items: OrderedDict[tuple[str, bool], list[IndexNode]] = OrderedDict()  # (item, entitled): its nodes
        self._matrices: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._node_vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # unit vectors, see node_similarities

    # ---------------------------------------------------------------- lifecycle

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def close(self) -> None:
        self.registry.close()
        self.vectors.close()
        self._release()

    def __enter__(self) -> MinutebookIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def warm(self) -> None:
        """Load what the first question would otherwise wait for: the model, BM25 and the store's facts."""
        self.embedder.embed_query("warm up")
        self.lexical.search("warm up", 1)
        self._facts()

    def warm_items(self, audience: Audience, nodes: int = WARM_NODES) -> Iterator[list[IndexNode]]:
        """Read the items of the latest meetings into memory, about ``nodes`` nodes of them, as ``audience`` sees
        them: their nodes, their stored vectors and their sentences' and words' vectors, which the first question to
        reach each item would otherwise wait for. Yields each item's nodes, for the answerer's own reading of them."""
        keys = self.registry.newest_items(min(nodes, REGISTRY_MEMORY // 2, NODE_VECTORS // 2))[::-1]  # the newest
        # last, so that they are the last any memory would let go of
        for start in range(0, len(keys), 200):
            batch = [self.item_nodes(key, audience) for key in keys[start : start + 200]]
            self._stored_rows([n.id for item in batch for n in item])
            for item in batch:
                if item:
                    self.preparation.warm(item)
                    yield item

    # ---------------------------------------------------------------- writing

    def embed_documents(self, docs: list[ParsedDocument]) -> list[EmbeddedDocument]:
        """Build and embed the nodes of several documents in one call.

        One call lets the encoder sort every node by length before batching, so short resolutions are not
        padded to the length of a long passage that happens to share their document; a text printed twice
        (the same minutes in two formats, or reprinted in a pack) is embedded once.
        """
        built = [build_nodes(doc) for doc in docs]
        by_text: dict[str, list[float]] = {}
        # meetings' headers in a call of their own: the encoder batches texts of like length, and a batch's make-up
        # moves its vectors a little (int8 activations); the minutes' own nodes are embedded as they always were
        for header in (False, True):
            distinct = list(dict.fromkeys(n.text for nodes in built for n in nodes
                                          if (n.kind == NodeKind.HEADER) == header and n.text not in by_text))
            if distinct:
                by_text.update(zip(distinct, self.embedder.embed(distinct), strict=True))
        return [EmbeddedDocument(doc.source, nodes, [by_text[n.text] for n in nodes])
                for doc, nodes in zip(docs, built, strict=True)]

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
        if len({n.id for n in nodes}) != len(nodes):  # the store would refuse them half way: refuse the paper first
            raise IngestError(IngestReason.CRASHED, f"{Path(source).name}: two parts of the paper were read as one "
                                                    "(the same item twice); nothing of it was written")
        old = self.registry.of_source(source)
        self.registry.begin_write(source)
        self.vectors.delete([n.id for n in old])
        self.registry.replace(source, nodes, self.preparation.changed(old, nodes))
        self.vectors.add(nodes, vectors)
        self.registry.end_write(source)
        self._changed()

    def remove_document(self, source: str) -> None:
        old = self.registry.of_source(source)
        self.registry.begin_write(source)
        self.vectors.delete([n.id for n in old])
        self.registry.replace(source, [], self.preparation.changed(old, []))
        self.registry.end_write(source)
        self._changed()

    def sources(self, *, finished: bool = True) -> set[str]:
        """Every source document indexed in full; ``finished`` False: also those a killed write left half done."""
        return self.registry.sources(finished=finished)

    def refresh(self) -> None:
        """Bring what is derived from the nodes up to date after writes: BM25 when nodes changed, and the
        answerer's term frequencies and text vectors (see :class:`~index.prepare.Preparation`)."""
        if self.registry.flag("bm25_dirty") == "1" or not self.lexical.built:
            # a meeting's header is found by its meaning alone, and only for its particulars (index.fusion): its
            # words (the council's, the committee's, "decisions") would otherwise weigh in every question's ranking
            self.lexical.rebuild([n for n in self.registry.all() if n.kind != NodeKind.HEADER])
            self.registry.flag("bm25_dirty", "0")
        self.preparation.run()

    def _changed(self) -> None:
        self._forget()  # the registry counted a new generation in the same transaction as the change

    def _forget(self) -> None:
        self._store_facts = None
        self._items.clear()
        self._matrices.clear()
        self._node_vectors.clear()
        self.dense.forget()
        self._generation = self.registry.flag("generation")

    # ---------------------------------------------------------------- reading the store

    def sync(self) -> int:
        """Forget what was read from the store if another process has written to it since (a writer beside a
        Chroma server); return the node count. Cheap: callers call it once per request."""
        if self.registry.flag("generation") != self._generation:
            self._forget()
        return self.registry.count()

    def generation(self) -> str:
        """Changes whenever the store's nodes do (what callers key their own caches on)."""
        return self._generation or "0"

    def _facts(self) -> _StoreFacts:
        if self._store_facts is None:
            committees = sorted(self.registry.committees())
            # the papers' words, the committees' names, the lexicon's words, the words of questions, the items' titles
            # and the months' names (which a paper may print only in its headings) are never "misspelt", and slips are
            # put right to them ("quuarterly report": the "Planning Enforcement - Quarterly Report" item's word)
            also = [*(f for g in GROUPS for f in g.forms), *ASKING_WORDS, *calendar.month_name[1:],
                    *(t.lower() for t in self.registry.titles())]
            self._store_facts = _StoreFacts(committees=committees, latest=self.registry.latest(),
                                            speller=Speller.of_texts([*self.registry.bodies(), *committees], also,
                                                                     _council_names(self.registry.headers())))
        return self._store_facts

    def node_count(self) -> int:
        return self.registry.count()

    def nodes(self) -> Iterator[IndexNode]:
        """Every node of the store, exempt or not (for statistics over the whole store, never for serving)."""
        return self.registry.all()

    def item_nodes(self, key: str, audience: Audience) -> list[IndexNode]:
        """The nodes of the citable item ``key`` that ``audience`` may see, in the order they were written, from
        one rendering of it: where the same paper is in the store more than once (PDF, Word, web page, text),
        the one with page numbers, else the minutes' own file, else the first."""
        seen = (key, audience.entitled)
        nodes = self._items.get(seen)
        if nodes is None:
            nodes = self._items[seen] = _rendering([n for n in self.registry.item(key) if audience.may_see(n.exempt)])
            if len(self._items) > ITEM_CACHE:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(seen)
        return list(nodes)

    def term_counts(self) -> tuple[int, dict[str, int]] | None:
        """The node count and each term's document frequency, as kept at ingest for the answerer's term weights
        (None when the store was written without the answerer's reading)."""
        counts = self.registry.term_counts()
        return None if counts is None else (self.registry.count_weighed(), counts)

    def similarities(self, query: str, texts: list[str]) -> list[float]:
        """Cosine similarity of ``query`` to each of ``texts``: the answerer's sentences and words, whose vectors
        were made at ingest (a text without one is embedded now, and remembered for this process)."""
        if not texts:
            return []
        key = tuple(texts)
        matrix = self._matrices.get(key)
        if matrix is None:
            vectors = self.preparation.vectors(texts)
            matrix = self._matrices[key] = np.stack([vectors[t] for t in texts])
            if len(self._matrices) > MATRICES:
                self._matrices.popitem(last=False)
        return (matrix @ self.preparation.query_vector(query)).tolist()

    def prepare_words(self, words: list[str]) -> None:
        """Make the vectors of words :meth:`similarities` will be asked of, in one encode (a question's words that
        an item does not print, weighed against the item's words for paraphrases): remembered, as
        :meth:`Preparation.vectors` remembers what it reads or makes, for the query vectors read next."""
        self.preparation.vectors(words)

    def meant(self, question: str, plan: QueryPlan | None = None) -> str:
        """The question with its longer words spelt as the papers spell them, whose meaning the model reads
        ("remmembrance sunday" is read as another word): what the search and the node similarities embed. A short word
        put right is often a name the papers print only in a heading ("welton le marsh" is no "march"), so it is
        embedded as typed; the word search reads both (:attr:`QueryPlan.search_text`)."""
        plan = plan or self.plan(question)
        meant = {typed: fixed for typed, fixed in plan.corrections.items() if len(typed) >= MEANT_LENGTH}
        if not meant:
            return question
        return re.sub(r"[A-Za-z][A-Za-z'’]*", lambda m: meant.get(m.group(0).lower(), m.group(0)), question)

    def node_similarities(self, query: str, ids: list[str]) -> list[float]:
        """Cosine similarity of ``query`` to each node's own vector, as stored at ingest (nothing is embedded but
        the query, which the search has usually just embedded)."""
        if not ids:
            return []
        rows = self._stored_rows(ids)
        matrix = np.stack([rows[i] for i in ids])
        q = self.preparation.query_vector(self.meant(query))
        return (matrix @ (q / (np.linalg.norm(q) or 1.0))).tolist()

    def _stored_rows(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The nodes' stored vectors, normalised, by id: read from the vector store once per store generation (a
        Chroma get costs about a millisecond)."""
        cached = self._node_vectors
        rows = {i: cached[i] for i in ids if i in cached}
        missing = list(dict.fromkeys(i for i in ids if i not in rows))
        if missing:
            matrix = self.vectors.stored(missing)
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            rows.update(zip(missing, matrix / np.where(norms == 0, 1.0, norms), strict=True))
            cached.update((i, rows[i]) for i in missing)
            while len(cached) > NODE_VECTORS:
                cached.popitem(last=False)
        return rows

    def stored_vectors(self, ids: list[str]) -> np.ndarray:
        """The vectors stored for ``ids``, in that order (the bench copies a store's without embedding again)."""
        return self.vectors.stored(ids)

    def stats(self) -> dict[str, int]:
        return {"nodes": self.registry.count(), "vectors": self.vectors.count()}

    # ---------------------------------------------------------------- searching

    def plan(self, question: str) -> QueryPlan:
        """What the question says about where its answer is (dates, minute numbers, committee, intent)."""
        facts = self._facts()
        if (plan := facts.plans.get(question)) is None:
            plan = facts.plans[question] = understand(question, facts.committees, facts.latest, facts.speller)
            if len(facts.plans) > PLANS_KEPT:
                facts.plans.popitem(last=False)
        return plan

    def forget_plans(self) -> None:
        """Read every question afresh (the bench times each ask as a new question's)."""
        if self._store_facts is not None:
            self._store_facts.plans.clear()

    def spelt(self, word: str) -> str:
        """``word`` as the papers spell it (itself when they print it, or print nothing close)."""
        return self._facts().speller.correct_word(word)

    def prints_as_word(self, word: str) -> bool:
        """Do the papers print ``word`` as a common word, not (nearly always) capitalised as a name?"""
        speller = self._facts().speller
        return word.lower() in speller.counts and not speller.is_name(word)

    def prints_as_name(self, word: str) -> bool:
        """Do the papers write ``word`` as a name (capitalised nearly always: "Carmarthenshire", "Woking")?"""
        return self._facts().speller.is_name(word)

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
        # the meaning of the question spelt as the papers spell it (:meth:`meant`): a slip the model reads as another
        # word ranks the item on it by its words alone, below every item both lists return
        vector = self.embedder.embed_query(self.meant(question, plan))
        particulars = plan.asks_particulars
        # the headers the ranking leaves out (index.fusion) take no place in the pool: room is asked for them at once
        # (a second Chroma query for each header met cost more than the search)
        dense = self.dense.search(vector, pool if particulars else pool + HEADER_ROOM, filters)
        if not particulars:
            dense = self._without_headers(vector, dense, pool, filters)
        lexical = self.lexical.search(plan.search_text or question, pool * 3)
        ids = list(dict.fromkeys([i for i, _ in dense] + [i for i, _ in lexical]))
        extra = self.registry.with_minutes(plan.minutes) if plan.minutes else []
        nodes = self.registry.get(ids + [n for n in extra if n not in ids])
        return rank(plan, filters, dense, lexical, nodes, extra, k)

    def _without_headers(self, vector: list[float], dense: list[tuple[str, float]], pool: int,
                         filters: SearchFilters) -> list[tuple[str, float]]:
        """The dense list without meetings' headers, as many neighbours as ``pool`` (fetched further where headers
        took more places in it than the room asked for them)."""
        asked = len(dense)
        for _ in range(3):
            kinds = self.registry.get([i for i, _ in dense])
            kept = [(i, s) for i, s in dense if i not in kinds or kinds[i].kind != NodeKind.HEADER]
            if len(kept) >= pool or len(dense) < asked:  # enough, or the store holds no more
                return kept[:pool]
            asked = len(dense) + (pool - len(kept)) + HEADER_ROOM
            dense = self.dense.search(vector, asked, filters)
        kinds = self.registry.get([i for i, _ in dense])
        return [(i, s) for i, s in dense if i not in kinds or kinds[i].kind != NodeKind.HEADER][:pool]

    def dense_nodes(self, question: str, n: int, filters: SearchFilters) -> list[tuple[IndexNode, float]]:
        """The dense list alone: up to ``n`` (node, cosine similarity) pairs meeting ``filters``, best first."""
        ranked = self.dense.search(self.embedder.embed_query(question), n, filters)
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


def _rendering(seen: list[IndexNode]) -> list[IndexNode]:
    """One rendering of an item's nodes (see :meth:`MinutebookIndex.item_nodes`)."""
    sources = list(dict.fromkeys(n.source for n in seen))
    if len(sources) <= 1:
        return seen
    best = max(sources, key=lambda s: (any(n.citation.page for n in seen if n.source == s),
                                       any(n.doc_kind == "minutes" for n in seen if n.source == s),
                                       -sources.index(s)))
    return [n for n in seen if n.source == best]


@contextmanager
def open_index(settings: Settings, *, writer: bool, embedder: Embedder,
               reader: ItemReader | None = None) -> Iterator[MinutebookIndex]:
    index = MinutebookIndex(settings, writer=writer, embedder=embedder, reader=reader)
    try:
        yield index
    finally:
        index.close()


__all__ = ["EmbeddedDocument", "Hit", "MinutebookIndex", "SearchFilters", "open_index"]



def _council_names(headers: Iterable[str]) -> list[str]:
    """The words of the council's name in the meetings' headers ("Ardmallow Borough Council — Overview and Scrutiny
    Panel"): a small body's place, which its other texts may never print. (The speller counts them as names only
    where the papers' other texts do not print them; a name in capitals throughout, "LITTLE WEXCOMBE PARISH COUNCIL",
    says nothing of how it is written.)"""
    return list(dict.fromkeys(w for h in headers for m in _COUNCIL_NAMED.finditer(h)
                              for w in re.findall(r"[A-Za-z'’]+", m.group("name"))
                              if w[0].isupper() and w.lower() not in GENERIC_BODY_WORDS))


# a council's name as written, its words capitalised, up to its noun: "Thornby-on-Wold Parish Council"
_COUNCIL_NAMED = re.compile(r"(?P<name>(?:\b[A-Z][a-z'’]+(?:-[a-z]+-[A-Z][a-z'’]+)?\s+(?:and\s+|&\s+)?){1,5})"
                            r"(?:Council|Authority)\b")
