"""What the answerer needs from the nodes, prepared when they are written rather than while a user waits.

Two things, both read through the answerer's own :class:`~index.text_vectors.ItemReader` (given by the
composition root), so they are exactly what it will ask for:

- the document frequencies of its terms (its term weights), kept up to date by every write;
- the vectors of the texts it compares with questions (each item's sentences as read, and its words), made for
  the items a write touched by :meth:`Preparation.run` (``MinutebookIndex.refresh``, after an ingest): one
  length-sorted embedding call for all of them, each distinct text once.

Without a reader (a store written by code that does not answer), writes only mark what is out of date; the next
refresh with one brings it up to date. Answers never depend on it: a text with no kept vector is embedded when
it is asked for.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable

import numpy as np

from index.embedder import Embedder
from index.nodes import IndexNode, NodeKind
from index.registry import NodeRegistry
from index.text_vectors import ItemReader, TextVectors, item_views

log = logging.getLogger(__name__)

ITEMS_PER_ROUND = 4000  # stale items read and embedded per round (each round commits: an interrupted run keeps
# what it finished, and memory stays bounded)
MEMORY = 20_000  # text vectors remembered by this process (float32: about 30 MB), the oldest dropped


class Preparation:
    """The answerer's term frequencies and text vectors of one store."""

    def __init__(self, registry: NodeRegistry, texts: TextVectors, embedder: Embedder,
                 reader: ItemReader | None) -> None:
        self.registry = registry
        self.texts = texts
        self.embedder = embedder
        self.reader = reader
        self._memory: dict[str, np.ndarray] = {}  # first in, first out
        self.last_run: dict[str, float] = {}  # what the last run did (the bench reports it)

    def changed(self, old: list[IndexNode], new: list[IndexNode]) -> list[tuple[str, int]]:
        """A source's nodes go from ``old`` to ``new``: its items' texts are stale; the term frequency changes."""
        self.texts.mark_stale({n.item_key for n in [*old, *new]})
        if self.reader is None:
            if old or new:
                self.registry.flag("terms_kept", "0")
            return []
        delta: Counter[str] = Counter()
        for n in weighed(new):
            delta.update(set(self.reader.terms(n.body)))
        for n in weighed(old):
            delta.subtract(set(self.reader.terms(n.body)))
        return [(t, d) for t, d in delta.items() if d]

    def run(self) -> None:
        """Recount term frequencies if they were not kept, and embed the texts of every stale item."""
        if self.reader is None:
            return
        t0 = time.perf_counter()
        if self.registry.flag("terms_kept") != "1":
            counts: Counter[str] = Counter()
            for body in self.registry.bodies():
                counts.update(set(self.reader.terms(body)))
            self.registry.recount_terms(counts)
        embedded = items = 0
        embed_s = 0.0
        while stale := self.texts.stale()[:ITEMS_PER_ROUND]:
            links = {key: self._item_texts(self.registry.item(key)) for key in stale}
            missing = self.texts.missing(t for texts in links.values() for t in texts)
            if missing:
                t1 = time.perf_counter()
                self.texts.put(missing, np.asarray(self.embedder.embed(missing), dtype=np.float32))
                embed_s += time.perf_counter() - t1
            self.texts.relink(links)
            embedded += len(missing)
            items += len(stale)
        pruned = self.texts.prune() if items else 0
        self.last_run = {"items": items, "texts_embedded": embedded, "embed_s": embed_s, "pruned": pruned,
                         "seconds": time.perf_counter() - t0}
        if items:
            log.info("prepared %d items: %d texts embedded in %.1f s", items, embedded, embed_s)

    def _item_texts(self, nodes: list[IndexNode]) -> list[str]:
        assert self.reader is not None
        return list(dict.fromkeys(t for view in item_views(nodes) for t in self.reader.texts(view)))

    def warm(self, nodes: list[IndexNode]) -> bool:
        """Read the kept vectors of an item's sentences and words into memory (what its first question would read);
        False, reading nothing, once memory is half full (the rest is for the questions' own texts)."""
        if self.reader is None or len(self._memory) >= MEMORY // 2:
            return False
        self.vectors(self._item_texts(nodes))
        return True

    def vectors(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """A vector for each of ``texts``: remembered, else kept, else embedded now (and remembered)."""
        wanted = list(dict.fromkeys(texts))
        memory = self._memory
        out = {t: v for t in wanted if (v := memory.get(t)) is not None}
        kept = self.texts.get([t for t in wanted if t not in out])
        out.update(kept)
        missing = [t for t in wanted if t not in out]
        fresh = dict(zip(missing, np.asarray(self.embedder.embed(missing), dtype=np.float32), strict=True)
                     ) if missing else {}
        out.update(fresh)
        self._remember({**kept, **fresh})
        return out

    def query_vector(self, text: str) -> np.ndarray:
        """The vector of a question (or a word of one): kept when the papers hold the text, else the embedder's
        query vector (which the search has usually just made)."""
        v = self._memory.get(text)
        if v is None:
            v = self.texts.get([text]).get(text)
            if v is None:
                v = np.asarray(self.embedder.embed_query(text), dtype=np.float32)
            self._remember({text: v})
        return v

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        self._memory.update(vectors)
        while len(self._memory) > MEMORY:
            del self._memory[next(iter(self._memory))]


def weighed(nodes: list[IndexNode]) -> list[IndexNode]:
    """The nodes the answerer's term weights count: not a meeting's header, which repeats the names of the council,
    the committee and the venue once a meeting (the store's :meth:`NodeRegistry.bodies` leaves it out as well)."""
    return [n for n in nodes if n.kind != NodeKind.HEADER]
