"""Retrieval systems scored side by side: minutebook's hybrid search and three baselines.

Every system is a callable ``question -> list[Retrieved]`` (best first), so the
harness scores them identically:

- ``minutebook``: :meth:`MinutebookIndex.search` (dense + BM25 fused, boosts, one hit per item);
- ``bm25``: ``index.lexical.search`` over node texts, nodes fetched from the registry;
- ``dense``: ``index.dense`` (Chroma) on the question's embedding;
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
from typing import TYPE_CHECKING, Any

from index.query import SearchFilters

if TYPE_CHECKING:
    from index.nodes import IndexNode
    from index.store import MinutebookIndex


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
        m = node.meta
        return cls(
            meeting_date=str(m.get("meeting_date", "")),
            minute=str(m.get("minute") or ""),
            item_title=str(m.get("item_title", "")),
            resolution=str(m.get("resolution") or ""),
            document=str(m.get("document", "")),
            body=node.body,
            node_id=node.id,
            dense=dense,
        )


System = Callable[[str], list["Retrieved"]]
K = 10


def minutebook_system(index: MinutebookIndex) -> System:
    def run(question: str) -> list[Retrieved]:
        return [Retrieved.from_node(h.node, h.dense) for h in index.search(question, k=K)]

    return run


def _filters(index: MinutebookIndex) -> SearchFilters:
    return SearchFilters(include_exempt=index.settings.include_exempt)


def _one_per_item(nodes: Sequence[tuple[IndexNode, float | None]], k: int) -> list[Retrieved]:
    """Keep the best node of each citable item, as the main system does, so hit@k is comparable."""
    seen: set[str] = set()
    out: list[Retrieved] = []
    for node, sim in nodes:
        key = str(node.meta.get("item_key", node.id))
        if key in seen:
            continue
        seen.add(key)
        out.append(Retrieved.from_node(node, sim))
        if len(out) == k:
            break
    return out


def bm25_system(index: MinutebookIndex) -> System:
    from index.store import passes

    filters = _filters(index)

    def run(question: str) -> list[Retrieved]:
        ranked = index.lexical.search(question, K * 6)
        nodes = index.registry.get([i for i, _ in ranked])
        kept = [(nodes[i], None) for i, _ in ranked if i in nodes and passes(nodes[i], filters)]
        return _one_per_item(kept, K)

    return run


def dense_system(index: MinutebookIndex) -> System:
    filters = _filters(index)

    def run(question: str) -> list[Retrieved]:
        ranked = index.dense(index.embedder.embed_query(question), K * 6, filters)
        nodes = index.registry.get([i for i, _ in ranked])
        return _one_per_item([(nodes[i], s) for i, s in ranked if i in nodes], K)

    return run


_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def llama_defaults_system(index: MinutebookIndex, top_k: int = 5) -> System:
    """The llama-index defaults baseline (see the module docstring for how chunks get citations)."""
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter

    from index.embedder import llama_embedding
    from ingest.readers import read_source

    items: dict[str, list[IndexNode]] = {}
    sources: set[str] = set()
    for node in index.registry.all():
        if node.exempt and not index.settings.include_exempt:
            continue
        items.setdefault(str(node.meta.get("item_key", node.id)), []).append(node)
        sources.add(str(node.meta.get("source", "")))
    catalogue = [(_words("\n".join(n.text for n in nodes)), nodes[0]) for nodes in items.values()]
    catalogue.sort(key=lambda c: c[1].meta.get("doc_kind") != "minutes")  # minutes first

    docs = []
    for src in sorted(s for s in sources if s and Path(s).exists()):
        text = "\n".join(line.text for line in read_source(Path(src)).lines)
        docs.append(Document(text=text, metadata={"document": Path(src).name}))
    nodes = SentenceSplitter().get_nodes_from_documents(docs)
    vindex = VectorStoreIndex(nodes, embed_model=llama_embedding(index.embedder))
    retriever = vindex.as_retriever(similarity_top_k=top_k)

    def cite(chunk: str) -> IndexNode | None:
        head = _words(chunk[:60])
        return next((n for text, n in catalogue if head and head in text), None)

    cache: dict[str, IndexNode | None] = {}

    def run(question: str) -> list[Retrieved]:
        out: list[Retrieved] = []
        for r in retriever.retrieve(question):
            text = r.node.get_content()
            if r.node.node_id not in cache:
                cache[r.node.node_id] = cite(text)
            owner = cache[r.node.node_id]
            sim = float(r.score) if r.score is not None else None
            if owner is None:
                out.append(Retrieved("", "", "", "", str(r.node.metadata.get("document", "")), text, None, sim))
            else:
                hit = Retrieved.from_node(owner, sim)
                hit.body, hit.node_id = text, None  # the chunk is what was retrieved, not the node
                out.append(hit)
        return out

    return run


def systems(index: MinutebookIndex, include: list[str] | None = None) -> dict[str, System]:
    """All systems by name, built on one open index."""
    builders: dict[str, Callable[[MinutebookIndex], System]] = {
        "minutebook": minutebook_system,
        "bm25": bm25_system,
        "dense": dense_system,
        "llama-index defaults": llama_defaults_system,
    }
    return {name: build(index) for name, build in builders.items() if include is None or name in include}


def answer_fn(index: MinutebookIndex) -> Callable[[str], Any] | None:
    """``service.answer.answer_question`` bound to the index, when that module exists."""
    try:
        from service.answer import answer_question  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return lambda q: answer_question(index, q)
