"""The "llama-index defaults" baseline the evaluation scores minutebook against: a plain ``VectorStoreIndex``
(in-memory ``SimpleVectorStore``) over ``SentenceSplitter`` chunks (default chunk size) of raw paper text, with
the same embedding model passed explicitly (llama-index's global ``Settings`` untouched)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from index.embedder import Embedder, llama_embedding


@dataclass(frozen=True)
class Chunk:
    """A retrieved chunk of raw text, with the document it came from."""

    id: str
    text: str
    document: str
    score: float | None


def llama_defaults_retriever(papers: list[tuple[str, str]], embedder: Embedder, top_k: int = 5
                             ) -> Callable[[str], list[Chunk]]:
    """A retriever over ``papers`` ((document name, text) pairs) built the way llama-index does by default."""
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter

    docs = [Document(text=text, metadata={"document": name}) for name, text in papers]
    nodes = SentenceSplitter().get_nodes_from_documents(docs)
    retriever = VectorStoreIndex(nodes, embed_model=llama_embedding(embedder)).as_retriever(similarity_top_k=top_k)

    def retrieve(question: str) -> list[Chunk]:
        return [Chunk(r.node.node_id, r.node.get_content(), str(r.node.metadata.get("document", "")),
                      float(r.score) if r.score is not None else None) for r in retriever.retrieve(question)]

    return retrieve
