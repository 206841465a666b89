"""Retrieval systems scored side by side: minutebook's hybrid search and three baselines.

Every system is a callable ``question -> list[Retrieved]`` (best first), so the
harness scores them identically:

- ``minutebook``: :meth:`MinutebookIndex.search` (dense + BM25 fused, boosts, one hit per item);
- ``bm25``: :meth:`MinutebookIndex.lexical_nodes` (BM25 over node texts) alone;
- ``dense``: :meth:`MinutebookIndex.dense_nodes` (Chroma, the question's embedding) alone;
- ``llama-index defaults``: a plain ``VectorStoreIndex`` (in-memory ``SimpleVectorStore``) over
  ``SentenceSplitter`` chunks (default chunk size) of the *raw source text* of every document
  in the store, top-5 retriever, same MiniLM model passed explicitly (global ``Settings``
  untouched). Its chunks carry no citation, so each chunk is given the citation of the
  catalogue item (registry nodes grouped by ``item_key``) whose joined text contains the
  chunk's first 60 characters, compared as lower-case words; minutes items are preferred
  over agenda/report items when a pack reprints minutes; no match means no citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.baseline import llama_defaults_retriever
from index.nodes import IndexNode
from index.query import SearchFilters
from index.store import MinutebookIndex
from ingest.readers import read_source
from minutebook.model import Audience


@dataclass
class Retrieved:
    """One ranked result, reduced to what scoring needs: its citation, text and similarity."""

    meeting_date: str
    minute: str
    item_title: str
    resolution: str
    document: str
    body: str
    node_id: str | None = None
    dense: float | None = None  # cosine similarity to the question, where known

    @classmethod
    def from_node(cls, node: IndexNode, dense: float | None = None) -> Retrieved:
        c = node.citation
        return cls(
            meeting_date=c.meeting_date.isoformat(),
            minute=c.minute or "",
            item_title=c.item_title,
            resolution=c.resolution or "",
            document=c.document,
            body=node.body,
            node_id=node.id,
            dense=dense,
        )


System = Callable[[str], list["Retrieved"]]
K = 10


def minutebook_system(index: MinutebookIndex, audience: Audience) -> System:
    filters = SearchFilters(audience=audience)

    def run(question: str) -> list[Retrieved]:
        return [Retrieved.from_node(h.node, h.dense) for h in index.search(question, k=K, filters=filters)]

    return run


def _one_per_item(nodes: Sequence[tuple[IndexNode, float | None]], k: int) -> list[Retrieved]:
    """Keep the best node of each citable item, as the main system does, so hit@k is comparable."""
    seen: set[str] = set()
    out: list[Retrieved] = []
    for node, sim in nodes:
        if node.item_key in seen:
            continue
        seen.add(node.item_key)
        out.append(Retrieved.from_node(node, sim))
        if len(out) == k:
            break
    return out


def bm25_system(index: MinutebookIndex, audience: Audience) -> System:
    filters = SearchFilters(audience=audience)

    def run(question: str) -> list[Retrieved]:
        return _one_per_item([(n, None) for n, _ in index.lexical_nodes(question, K * 6, filters)], K)

    return run


def dense_system(index: MinutebookIndex, audience: Audience) -> System:
    filters = SearchFilters(audience=audience)

    def run(question: str) -> list[Retrieved]:
        return _one_per_item(list(index.dense_nodes(question, K * 6, filters)), K)

    return run


_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def llama_defaults_system(index: MinutebookIndex, audience: Audience, top_k: int = 5) -> System:
    """The llama-index defaults baseline (see the module docstring for how chunks get citations)."""
    items: dict[str, list[IndexNode]] = {}
    sources: set[str] = set()
    for node in index.nodes():
        if not audience.may_see(node.exempt):
            continue
        items.setdefault(node.item_key, []).append(node)
        sources.add(node.source)
    catalogue = [(_words("\n".join(n.text for n in nodes)), nodes[0]) for nodes in items.values()]
    catalogue.sort(key=lambda c: c[1].doc_kind != "minutes")  # minutes first

    papers = [(Path(src).name, "\n".join(line.text for line in read_source(Path(src)).lines))
              for src in sorted(s for s in sources if s and Path(s).exists())]
    retrieve = llama_defaults_retriever(papers, index.embedder, top_k)

    def cite(chunk: str) -> IndexNode | None:
        head = _words(chunk[:60])
        return next((n for text, n in catalogue if head and head in text), None)

    cache: dict[str, IndexNode | None] = {}

    def run(question: str) -> list[Retrieved]:
        out: list[Retrieved] = []
        for chunk in retrieve(question):
            if chunk.id not in cache:
                cache[chunk.id] = cite(chunk.text)
            owner = cache[chunk.id]
            if owner is None:
                out.append(Retrieved("", "", "", "", chunk.document, chunk.text, None, chunk.score))
            else:
                hit = Retrieved.from_node(owner, chunk.score)
                hit.body, hit.node_id = chunk.text, None  # the chunk is what was retrieved, not the node
                out.append(hit)
        return out

    return run


def systems(index: MinutebookIndex, audience: Audience, include: list[str] | None = None) -> dict[str, System]:
    """All systems by name, built on one open index, each searching as ``audience`` may."""
    builders: dict[str, Callable[[MinutebookIndex, Audience], System]] = {
        "minutebook": minutebook_system,
        "bm25": bm25_system,
        "dense": dense_system,
        "llama-index defaults": llama_defaults_system,
    }
    return {name: build(index, audience) for name, build in builders.items() if include is None or name in include}
