"""Vectors of the texts the answerer compares with a question, made at ingest and kept with the nodes.

The answerer scores an item's sentences (each read with what frames it) and its words (paraphrase checks) by
their similarity to the question. Embedding them while the user waits was most of an answer's time, so the
index embeds them when it writes: an :class:`ItemReader` (given by the composition root: the answerer's own
reading, so the texts are exactly those it will ask for) says which texts an item's nodes give, and
:class:`TextVectors` keeps one vector per distinct text, found by the text's hash. A text that is not kept (a
reading changed since the store was written) is embedded when asked for, so answers never depend on it.

Vectors are kept as float16 (half the space; cosine changes by under 1e-3).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from index.nodes import IndexNode
from minutebook.model import Audience

_SCHEMA = """
CREATE TABLE IF NOT EXISTS text_vectors (hash BLOB PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_texts (item_key TEXT NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (item_key, hash))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS item_texts_hash ON item_texts(hash);
CREATE TABLE IF NOT EXISTS stale_items (item_key TEXT PRIMARY KEY) WITHOUT ROWID;
"""


class ItemReader(Protocol):
    """What the answerer reads out of the nodes, so the index can prepare it at ingest."""

    def texts(self, nodes: list[IndexNode]) -> list[str]:
        """Every text the answerer may compare with a question for the item made of ``nodes`` (in order)."""
        ...

    def terms(self, body: str) -> Iterable[str]:
        """The distinct terms of a node's body whose document frequencies weigh a question's words."""
        ...


AUDIENCES = (Audience.public(), Audience(entitled=True))  # an item reads differently without its exempt parts


def item_views(nodes: list[IndexNode]) -> list[list[IndexNode]]:
    """The item as each audience sees it (one view when nothing in it is exempt)."""
    views = [[n for n in nodes if a.may_see(n.exempt)] for a in AUDIENCES]
    return [v for i, v in enumerate(views) if v and v not in views[:i]]


def text_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class TextVectors:
    """One vector per distinct text, each linked to the items whose reading gives it."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.db.executescript(_SCHEMA)

    def mark_stale(self, item_keys: Iterable[str]) -> None:
        """Items whose nodes changed: their texts are read and embedded again at the next :meth:`refresh`."""
        self.db.executemany("INSERT OR IGNORE INTO stale_items (item_key) VALUES (?)", [(k,) for k in item_keys])

    def stale(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT item_key FROM stale_items")]

    def missing(self, texts: Iterable[str]) -> list[str]:
        """The distinct texts among ``texts`` that have no vector kept."""
        wanted = {text_hash(t): t for t in texts}
        have = self._present(list(wanted))
        return [t for h, t in wanted.items() if h not in have]

    def put(self, texts: list[str], vectors: np.ndarray) -> None:
        rows = [(text_hash(t), np.asarray(v, dtype=np.float16).tobytes()) for t, v in zip(texts, vectors, strict=True)]
        self.db.executemany("INSERT OR REPLACE INTO text_vectors (hash, vector) VALUES (?, ?)", rows)

    def relink(self, links: dict[str, list[str]]) -> None:
        """Each item's texts are now ``links[item]`` (items with none are dropped); the items are up to date."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for key, texts in links.items():
                self.db.execute("DELETE FROM item_texts WHERE item_key = ?", (key,))
                self.db.executemany("INSERT OR IGNORE INTO item_texts (item_key, hash) VALUES (?, ?)",
                                    [(key, text_hash(t)) for t in texts])
            self.db.executemany("DELETE FROM stale_items WHERE item_key = ?", [(k,) for k in links])
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def prune(self) -> int:
        """Forget vectors no item's reading gives any more; return how many."""
        cur = self.db.execute("DELETE FROM text_vectors WHERE hash NOT IN (SELECT hash FROM item_texts)")
        return cur.rowcount

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The kept vectors of those ``texts`` that have one (float32)."""
        wanted = {text_hash(t): t for t in texts}
        keys = list(wanted)
        found: list[str] = []
        blobs: list[bytes] = []
        for chunk in (keys[i : i + 500] for i in range(0, len(keys), 500)):
            marks = ",".join("?" * len(chunk))
            for h, blob in self.db.execute(f"SELECT hash, vector FROM text_vectors WHERE hash IN ({marks})", chunk):
                found.append(wanted[h])
                blobs.append(blob)
        if not found:
            return {}
        matrix = np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(found), -1).astype(np.float32)
        return dict(zip(found, matrix, strict=True))

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM text_vectors").fetchone()[0])

    def _present(self, hashes: list[bytes]) -> set[bytes]:
        found: set[bytes] = set()
        for chunk in (hashes[i : i + 500] for i in range(0, len(hashes), 500)):
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self.db.execute(f"SELECT hash FROM text_vectors WHERE hash IN ({marks})",
                                                       chunk))
        return found
