"""BM25 over node texts with bm25s (English stopwords, Snowball stems), persisted beside the store."""

from __future__ import annotations

import json
import shutil
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
        # Written beside the index and swapped in, so a process killed mid-write never leaves ids that do not
        # match the index (the store's registry still says BM25 is out of date, and the next refresh rebuilds).
        fresh, old = self.path.with_name(self.path.name + ".new"), self.path.with_name(self.path.name + ".old")
        for leftover in (fresh, old):
            shutil.rmtree(leftover, ignore_errors=True)
        fresh.mkdir(parents=True)
        if nodes:
            retriever.save(str(fresh))
        (fresh / "ids.json").write_text(json.dumps(self._ids))
        if self.path.exists():
            self.path.rename(old)
        fresh.rename(self.path)
        shutil.rmtree(old, ignore_errors=True)
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
