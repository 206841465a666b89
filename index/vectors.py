"""The vector store: Chroma through llama-index's ``ChromaVectorStore``, embedded or a ``chroma run`` server.

Collections are created with cosine space and the HNSW settings in :data:`HNSW`; Chroma's own embedding
function is never used (vectors always come from our embedder) and its telemetry is off.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlparse

from index.nodes import IndexNode
from minutebook.errors import BackendError
from minutebook.settings import Settings

HNSW = {"space": "cosine", "max_neighbors": 32, "ef_construction": 200, "ef_search": 200}
BATCH = 2000  # vectors per write: under Chroma's max batch size (``client.get_max_batch_size()``, 5461 here)


class VectorQuery:
    """Metadata conditions of a similarity search (each left out when ``None``)."""

    def __init__(self, *, public_only: bool = False, committee: str | None = None, doc_kind: str | None = None,
                 date_from: int | None = None, date_to: int | None = None) -> None:
        self.public_only = public_only
        self.committee = committee
        self.doc_kind = doc_kind
        self.date_from = date_from  # yyyymmdd
        self.date_to = date_to

    def llama_filters(self) -> Any:
        from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

        items = []
        if self.public_only:
            items.append(MetadataFilter(key="exempt", value=0, operator=FilterOperator.EQ))
        if self.committee:
            items.append(MetadataFilter(key="committee", value=self.committee, operator=FilterOperator.EQ))
        if self.doc_kind:
            items.append(MetadataFilter(key="doc_kind", value=self.doc_kind, operator=FilterOperator.EQ))
        if self.date_from:
            items.append(MetadataFilter(key="date_int", value=self.date_from, operator=FilterOperator.GTE))
        if self.date_to:
            items.append(MetadataFilter(key="date_int", value=self.date_to, operator=FilterOperator.LTE))
        return MetadataFilters(filters=items) if items else None


class Vectors:
    """One store's vectors: add and delete by node id, similarity search with metadata conditions."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store, self.collection, self._client = _open_chroma(settings)

    def add(self, nodes: list[IndexNode], vectors: list[list[float]], batch: int = BATCH) -> None:
        from llama_index.core.schema import TextNode

        if len(nodes) != len(vectors):
            raise ValueError(f"{len(nodes)} nodes but {len(vectors)} vectors")
        for start in range(0, len(nodes), batch):  # Chroma refuses a write larger than its max batch size
            self.store.add(
                [
                    TextNode(
                        id_=n.id,
                        text=n.text,
                        metadata=meta,
                        embedding=v,
                        excluded_embed_metadata_keys=list(meta),
                        excluded_llm_metadata_keys=list(meta),
                    )
                    for n, v in zip(nodes[start : start + batch], vectors[start : start + batch], strict=True)
                    for meta in [n.metadata()]
                ]
            )

    def delete(self, ids: list[str]) -> None:
        if ids:
            self.store.delete_nodes(node_ids=ids)

    def query(self, vector: list[float], n: int, where: VectorQuery) -> list[tuple[str, float]]:
        """Up to ``n`` (node id, similarity) pairs, best first, among the vectors meeting ``where``."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        query = VectorStoreQuery(query_embedding=vector, similarity_top_k=n, filters=where.llama_filters())
        try:  # no count() first: it costs 15 ms at 100,000 vectors, and Chroma 1.x answers [] when empty
            result = self.store.query(query)
        except Exception:
            if self.collection.count() == 0:  # a Chroma that refuses to query an empty collection
                return []
            raise
        sims = result.similarities or []
        return [(i, 1.0 + math.log(s)) for i, s in zip(result.ids or [], sims, strict=False) if s > 0]

    def bare_query(self, vector: list[float], n: int) -> list[str]:
        """A plain Chroma ``collection.query``, no filters, no llama-index: the baseline the bench compares with."""
        got = self.collection.query(query_embeddings=[vector], n_results=n)
        return list(got["ids"][0]) if got.get("ids") else []

    def stored(self, ids: list[str], batch: int = BATCH) -> list[list[float]]:
        """The stored vectors of ``ids``, in that order."""
        found: dict[str, list[float]] = {}
        for start in range(0, len(ids), batch):
            got = self.collection.get(ids=ids[start : start + batch], include=["embeddings"])
            found.update({i: [float(x) for x in v] for i, v in zip(got["ids"], got["embeddings"], strict=True)})
        return [found[i] for i in ids]

    def count(self) -> int:
        return int(self.collection.count())

    def close(self) -> None:
        if not self.settings.chroma_url and hasattr(self._client, "close"):
            # release the embedded store's cached system: a later open in this process must see other
            # processes' writes, not a stale in-memory HNSW index ("Error finding id")
            self._client.close()


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
