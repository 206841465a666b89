"""The node registry: every index node's text, verbatim body and citation, in SQLite beside the vectors.

It is the source for BM25, for quoting, and for reading an item's passages in order; the vectors hold only
what a similarity search needs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from index.nodes import IndexNode


class NodeRegistry:
    """Every node of one store, by id and by source document, in insertion order."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, source TEXT NOT NULL, text TEXT NOT NULL,"
            " body TEXT NOT NULL, meta TEXT NOT NULL)"
        )
        self.db.execute("CREATE INDEX IF NOT EXISTS nodes_source ON nodes(source)")
        self.db.execute("CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        # sources whose vectors are being written: their nodes do not count as indexed until the write ends
        self.db.execute("CREATE TABLE IF NOT EXISTS writing (source TEXT PRIMARY KEY)")

    def replace(self, source: str, nodes: list[IndexNode]) -> None:
        """Make ``nodes`` the whole of ``source``'s nodes, in one transaction; BM25 is then out of date."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM nodes WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT OR REPLACE INTO nodes (id, source, text, body, meta) VALUES (?, ?, ?, ?, ?)",
                [(n.id, source, n.text, n.body, json.dumps(n.metadata())) for n in nodes],
            )
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('bm25_dirty', '1')")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def begin_write(self, source: str) -> None:
        """Mark ``source`` as being written (its vectors may be half there) until :meth:`end_write`."""
        self.db.execute("INSERT OR IGNORE INTO writing (source) VALUES (?)", (source,))

    def end_write(self, source: str) -> None:
        self.db.execute("DELETE FROM writing WHERE source = ?", (source,))

    def sources(self, *, finished: bool = True) -> set[str]:
        """Every source with nodes whose last write finished (vectors and all); ``finished`` False: every source
        with nodes or a write begun."""
        if not finished:
            return {r[0] for r in self.db.execute("SELECT source FROM nodes UNION SELECT source FROM writing")}
        rows = self.db.execute("SELECT DISTINCT source FROM nodes WHERE source NOT IN (SELECT source FROM writing)")
        return {r[0] for r in rows}

    def ids_for(self, source: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM nodes WHERE source = ?", (source,))]

    def get(self, ids: list[str]) -> dict[str, IndexNode]:
        out: dict[str, IndexNode] = {}
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT id, text, body, meta FROM nodes WHERE id IN ({marks})", chunk):
                out[row[0]] = IndexNode.from_stored(row[0], row[1], row[2], json.loads(row[3]))
        return out

    def all(self) -> Iterator[IndexNode]:
        for row in self.db.execute("SELECT id, text, body, meta FROM nodes ORDER BY rowid"):
            yield IndexNode.from_stored(row[0], row[1], row[2], json.loads(row[3]))

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes").fetchone()[0])

    def flag(self, key: str, value: str | None = None) -> str | None:
        if value is not None:
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))
            return value
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()
