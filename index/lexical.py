"""BM25 over node texts with bm25s (English stopwords, Snowball stems), persisted beside the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from index.nodes import IndexNode


class Lexical:
    """The BM25 index of one store: rebuilt whole after writes (seconds at 100k nodes), loaded on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._retriever: Any = None
        self._ids: list[str] = []

    @property
    def built(self) -> bool:
        return (self.path / "ids.json").exists()

    def rebuild(self, nodes: list[IndexNode]) -> None:
        import bm25s

        self._ids = [n.id for n in nodes]
        retriever = bm25s.BM25()
        if nodes:
            retriever.index(
                bm25s.tokenize([n.text for n in nodes], stopwords="en", stemmer=_stemmer(), show_progress=False),
                show_progress=False,
            )
        self.path.mkdir(parents=True, exist_ok=True)
        if nodes:
            retriever.save(str(self.path))
        (self.path / "ids.json").write_text(json.dumps(self._ids))
        self._retriever = retriever if nodes else None

    def load(self) -> None:
        import bm25s

        ids_file = self.path / "ids.json"
        if not ids_file.exists():
            return
        self._ids = json.loads(ids_file.read_text())
        self._retriever = bm25s.BM25.load(str(self.path)) if self._ids else None

    def search(self, query: str, n: int) -> list[tuple[str, float]]:
        """Up to ``n`` (node id, BM25 score) pairs, best first; nodes sharing no term are left out."""
        import bm25s

        if self._retriever is None:
            self.load()
        if self._retriever is None or not self._ids:
            return []
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=_stemmer(), show_progress=False)
        if not tokens.ids or not tokens.ids[0]:
            return []
        docs, scores = self._retriever.retrieve(tokens, k=min(n, len(self._ids)), show_progress=False)
        return [(self._ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=False) if s > 0]


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")
