"""The vector store: Chroma, embedded or a ``chroma run`` server, written through llama-index's
``ChromaVectorStore`` and queried directly.

Exempt (Part 2) nodes live in a collection of their own (``<collection>_exempt``), so a public query is a plain
nearest-neighbour search that never asks Chroma to filter (its metadata pre-filter costs 0.6 s at 100,000
vectors on two cores), and an entitled one searches both and merges. Collections are created with cosine space
and the HNSW settings in :data:`HNSW`; Chroma's own embedding function is never used (vectors always come from
our embedder) and its telemetry is off. llama-index is imported only when vectors are written.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

import numpy as np

from index.nodes import IndexNode
from minutebook.errors import BackendError
from minutebook.settings import Settings

HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 200}
BATCH = 2000  # vectors per write: under Chroma's max batch size (``client.get_max_batch_size()``, 5461 here)


class VectorQuery:
    """Metadata conditions of a similarity search (each left out when ``None``); exemption is not one of them:
    it is which collections are searched."""

    def __init__(self, *, committee: str | None = None, doc_kind: str | None = None,
                 date_from: int | None = None, date_to: int | None = None) -> None:
        self.committee = committee
        self.doc_kind = doc_kind
        self.date_from = date_from  # yyyymmdd
        self.date_to = date_to

    def __bool__(self) -> bool:
        return any(x is not None for x in (self.committee, self.doc_kind, self.date_from, self.date_to))

    def where(self) -> dict[str, Any] | None:
        """The conditions as a Chroma ``where`` clause."""
        items: list[dict[str, Any]] = []
        if self.committee is not None:
            items.append({"committee": {"$eq": self.committee}})
        if self.doc_kind is not None:
            items.append({"doc_kind": {"$eq": self.doc_kind}})
        if self.date_from is not None:
            items.append({"date_int": {"$gte": self.date_from}})
        if self.date_to is not None:
            items.append({"date_int": {"$lte": self.date_to}})
        if not items:
            return None
        return items[0] if len(items) == 1 else {"$and": items}


class Vectors:
    """One store's vectors: add and delete by node id, similarity search with or without exempt nodes."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client = _client(settings)
        self.public = _collection(self._client, settings.collection, settings)
        self.exempt = _collection(self._client, f"{settings.collection}_exempt", settings)
        self._writers: dict[str, Any] = {}

    def _writer(self, collection: Any) -> Any:
        if collection.name not in self._writers:
            from llama_index.vector_stores.chroma import ChromaVectorStore

            self._writers[collection.name] = ChromaVectorStore(chroma_collection=collection)
        return self._writers[collection.name]

    def add(self, nodes: list[IndexNode], vectors: list[list[float]], batch: int = BATCH) -> None:
        from llama_index.core.schema import TextNode

        if len(nodes) != len(vectors):
            raise ValueError(f"{len(nodes)} nodes but {len(vectors)} vectors")
        for exempt, collection in ((False, self.public), (True, self.exempt)):
            pairs = [(n, v) for n, v in zip(nodes, vectors, strict=True) if n.exempt == exempt]
            for start in range(0, len(pairs), batch):  # Chroma refuses a write larger than its max batch size
                self._writer(collection).add(
                    [
                        TextNode(
                            id_=n.id,
                            text=n.text,
                            metadata=meta,
                            embedding=v,
                            excluded_embed_metadata_keys=list(meta),
                            excluded_llm_metadata_keys=list(meta),
                        )
                        for n, v in pairs[start : start + batch]
                        for meta in [n.metadata()]
                    ]
                )

    def delete(self, ids: list[str]) -> None:
        if ids:
            for collection in (self.public, self.exempt):
                for start in range(0, len(ids), BATCH):
                    collection.delete(ids=ids[start : start + BATCH])

    def query(self, vector: list[float], n: int, where: VectorQuery | None = None, *,
              exempt: bool = False) -> list[tuple[str, float]]:
        """Up to ``n`` (node id, cosine similarity) pairs, best first, among the vectors meeting ``where``;
        exempt vectors too when ``exempt``."""
        clause = where.where() if where else None
        found = _nearest(self.public, vector, n, clause)
        if exempt:
            found = sorted(found + _nearest(self.exempt, vector, n, clause), key=lambda p: -p[1])[:n]
        return found

    def bare_query(self, vector: list[float], n: int) -> list[str]:
        """A plain Chroma ``collection.query``, no filters, no llama-index: the baseline the bench compares with."""
        got = self.public.query(query_embeddings=[vector], n_results=n, include=["distances"])  # what a search reads
        return list(got["ids"][0]) if got.get("ids") else []

    def stored(self, ids: list[str], batch: int = BATCH) -> np.ndarray:
        """The stored vectors of ``ids``, one float32 row each, in that order (kept as Chroma gives them: turning
        each into Python floats cost more than reading it)."""
        found: dict[str, np.ndarray] = {}
        for collection in (self.public, self.exempt):
            if len(found) == len(set(ids)):
                break  # all public: the exempt collection is not read
            for start in range(0, len(ids), batch):
                got = collection.get(ids=ids[start : start + batch], include=["embeddings"])
                if got["ids"]:
                    rows = np.asarray(got["embeddings"], dtype=np.float32)
                    found.update(zip(got["ids"], rows, strict=True))
        return np.stack([found[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)

    def count(self) -> int:
        return int(self.public.count()) + int(self.exempt.count())

    def close(self) -> None:
        if not self.settings.chroma_url and hasattr(self._client, "close"):
            # release the embedded store's cached system: a later open in this process must see other
            # processes' writes, not a stale in-memory HNSW index ("Error finding id")
            self._client.close()


def _nearest(collection: Any, vector: list[float], n: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
    try:  # no count() first: it costs 15 ms at 100,000 vectors, and Chroma 1.x answers [] when empty
        got = collection.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
    except Exception:
        if collection.count() == 0:  # a Chroma that refuses to query an empty collection
            return []
        raise
    ids, distances = (got.get("ids") or [[]])[0], (got.get("distances") or [[]])[0]
    return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=False)]


def _client(settings: Settings) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        return chromadb.PersistentClient(path=str(settings.store / "chroma"), settings=chroma_settings)
    except Exception as err:  # chromadb raises many types; all mean the same to a user
        where = settings.chroma_url or str(settings.store / "chroma")
        raise BackendError(f"cannot open the vector store at {where}: {err}") from err


def _collection(client: Any, name: str, settings: Settings) -> Any:
    try:
        return client.get_or_create_collection(name, configuration={"hnsw": HNSW}, embedding_function=None)
    except Exception as err:
        where = settings.chroma_url or str(settings.store / "chroma")
        raise BackendError(f"cannot open the vector store at {where}: {err}") from err
