"""A small deterministic embedder for tests that do not measure retrieval quality.

It implements :class:`index.embedder.Embedder` with hashed bags of words: texts sharing words are close,
texts sharing none are orthogonal. It loads nothing and embeds thousands of texts a second, so the tests of
wiring (HTTP contract, Slack, storage, the audience policy) run on real Chroma and real stores without the
model. Tests that measure retrieval or answer quality use the real model (see ``conftest.embedder``).
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.embedder import Embedder

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset({
    "a", "an", "and", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that", "the", "this",
    "to", "was", "were", "what", "which", "who", "with",
})


class HashEmbedder:
    """Normalised hashed bag-of-words vectors (signed feature hashing), deterministic across processes."""

    def __init__(self, dimension: int = 256, batch_size: int = 64) -> None:
        self._dimension = dimension
        self._batch_size = batch_size
        self.calls = 0  # texts embedded, for tests that check nothing was embedded twice

    @property
    def name(self) -> str:
        return f"hash-{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    @property
    def batch_size(self) -> int:
        return self._batch_size

    def _vector(self, text: str) -> list[float]:
        v = [0.0] * self._dimension
        for word, n in Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP).items():
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
            v[h % self._dimension] += n if (h >> 32) & 1 else -n
        norm = math.sqrt(sum(x * x for x in v))
        if norm == 0:
            v[0], norm = 1.0, 1.0
        return [x / norm for x in v]

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        self.calls += len(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)

    def forget_queries(self) -> None:
        return None


class RememberingEmbedder:
    """The real model behind a memory of every text it has embedded, shared by the test session.

    Stores of the same papers (the dev-set store, the shared store, copies of the sample corpus) embed each
    node text once per session instead of once per store; the vectors are the model's own.
    """

    def __init__(self, model: Embedder) -> None:
        self.model = model
        self._memory: dict[str, list[float]] = {}

    @property
    def name(self) -> str:
        return self.model.name

    @property
    def dimension(self) -> int:
        return self.model.dimension

    @property
    def batch_size(self) -> int:
        return self.model.batch_size

    @property
    def path(self) -> object:
        return getattr(self.model, "path", None)

    def embed(self, texts: list[str], *, show_progress: bool = False) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._memory]
        for t, v in zip(missing, self.model.embed(missing, show_progress=show_progress), strict=True):
            self._memory[t] = v
        return [self._memory[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)

    def forget_queries(self) -> None:
        self.model.forget_queries()
