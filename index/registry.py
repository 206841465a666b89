"""The node registry: every index node's text, verbatim body and citation, in SQLite beside the vectors.

It is the source for BM25, for quoting, and for reading an item's passages in order; the vectors hold only
what a similarity search needs. The fields that reads select on (item, committee, date, minute, exemption)
are columns with indexes, so an item, the committees or the newest meeting are one indexed query each,
never a pass over the store. The same database holds what is derived from the nodes at ingest: the
answerer's term frequencies (``terms``) and text vectors (:mod:`index.text_vectors`).

The layout has a version (:data:`FORMAT`); a store written in another layout is refused with a
:class:`~minutebook.errors.StoreFormatError` that says to re-ingest, never read wrongly.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from index.nodes import IndexNode
from minutebook.errors import StoreFormatError

MEMORY = 10_000  # nodes remembered by id (a search reads a few hundred; a service's questions share many)
FORMAT = 2  # 1: nodes(id, source, text, body, meta) and exempt vectors beside public ones (before issue 16)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS nodes (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, item_key TEXT NOT NULL, committee TEXT NOT NULL,
    date_int INTEGER NOT NULL, minute TEXT NOT NULL, doc_kind TEXT NOT NULL, exempt INTEGER NOT NULL,
    text TEXT NOT NULL, body TEXT NOT NULL, meta TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_source ON nodes(source);
CREATE INDEX IF NOT EXISTS nodes_item ON nodes(item_key);
CREATE INDEX IF NOT EXISTS nodes_committee ON nodes(committee);
CREATE INDEX IF NOT EXISTS nodes_date ON nodes(date_int);
CREATE INDEX IF NOT EXISTS nodes_minute ON nodes(minute) WHERE minute != '';
CREATE INDEX IF NOT EXISTS nodes_exempt ON nodes(exempt) WHERE exempt = 1;
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
-- sources whose vectors are being written: their nodes do not count as indexed until the write ends
CREATE TABLE IF NOT EXISTS writing (source TEXT PRIMARY KEY);
"""


def _check_format(db: sqlite3.Connection, path: Path) -> bool:
    """Refuse a store of another layout; True when there is no store yet."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "nodes" not in tables:
        return True
    columns = {r[1] for r in db.execute("PRAGMA table_info(nodes)")}
    row = db.execute("SELECT value FROM state WHERE key = 'format'").fetchone() if "state" in tables else None
    found = int(row[0]) if row else (1 if "item_key" not in columns else FORMAT)
    if found != FORMAT:
        store = path.parent
        raise StoreFormatError(
            f"the store {store} was written by {'an earlier' if found < FORMAT else 'a later'} minutebook (store "
            f"format {found}; this one reads format {FORMAT}): re-ingest the papers into a new store "
            f"(minutebook ingest --store NEW PAPERS..., or delete {store} and ingest again)"
        )
    return False


class NodeRegistry:
    """Every node of one store, by id, by item and by source document, in insertion order."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            new = _check_format(self.db, path)
        except StoreFormatError:
            self.db.close()
            raise
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)
        self.db.execute("INSERT OR IGNORE INTO state (key, value) VALUES ('format', ?)", (str(FORMAT),))
        if new:  # no nodes, so the (empty) document frequencies are right
            self.flag("terms_kept", "1")
        self._memory: dict[str, IndexNode] = {}  # nodes read lately, by id; first in, first out
        self._generation = self.flag("generation")

    def replace(self, source: str, nodes: list[IndexNode], terms: Iterable[tuple[str, int]] = ()) -> None:
        """Make ``nodes`` the whole of ``source``'s nodes, in one transaction; BM25 is then out of date.

        ``terms`` are changes to the document frequencies (term, +n or -n) that go with the change."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM nodes WHERE source = ?", (source,))
            self.db.executemany(
                "INSERT OR REPLACE INTO nodes (id, source, item_key, committee, date_int, minute, doc_kind, exempt,"
                " text, body, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(n.id, source, n.item_key, n.citation.committee, _date_int(n.meeting_date), n.citation.minute or "",
                  n.doc_kind, int(n.exempt), n.text, n.body, json.dumps(n.metadata())) for n in nodes],
            )
            self.db.executemany(
                "INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                [(t, d) for t, d in terms if d],
            )
            self.db.execute("DELETE FROM terms WHERE df <= 0")
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('bm25_dirty', '1')")
            self.db.execute("INSERT INTO state (key, value) VALUES ('generation', '1') ON CONFLICT(key)"
                            " DO UPDATE SET value = CAST(value AS INTEGER) + 1")
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

    def of_source(self, source: str) -> list[IndexNode]:
        return self._nodes("SELECT id, text, body, meta FROM nodes WHERE source = ? ORDER BY rowid", (source,))

    def get(self, ids: list[str]) -> dict[str, IndexNode]:
        """The nodes of ``ids`` that exist, by id (the most recently read are remembered until a write)."""
        self._check_generation()
        memory = self._memory
        out = {i: n for i in ids if (n := memory.get(i)) is not None}
        missing = [i for i in ids if i not in out]
        for chunk in (missing[i : i + 500] for i in range(0, len(missing), 500)):
            marks = ",".join("?" * len(chunk))
            for node in self._nodes(f"SELECT id, text, body, meta FROM nodes WHERE id IN ({marks})", chunk):
                out[node.id] = memory[node.id] = node
        while len(memory) > MEMORY:
            del memory[next(iter(memory))]
        return out

    def _check_generation(self) -> None:
        """Forget remembered nodes when the store has changed (by this process or another)."""
        generation = self.flag("generation")
        if generation != self._generation:
            self._memory.clear()
            self._generation = generation

    def item(self, key: str) -> list[IndexNode]:
        """The nodes of one citable item, in the order they were written (every source that prints it); those a
        search has read already are not read again."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM nodes WHERE item_key = ? ORDER BY rowid", (key,))]
        nodes = self.get(ids)
        return [nodes[i] for i in ids if i in nodes]

    def newest_items(self, nodes: int) -> list[str]:
        """The keys of the items of the latest meetings, newest first, as many as hold about ``nodes`` nodes."""
        rows = self.db.execute("SELECT item_key, COUNT(*) FROM nodes GROUP BY item_key ORDER BY MAX(date_int) DESC, "
                               "MIN(rowid)")
        keys: list[str] = []
        for key, count in rows:
            if nodes <= 0:
                break
            keys.append(key)
            nodes -= count
        return keys

    def with_minutes(self, minutes: list[str]) -> list[str]:
        """Ids of the nodes of minutes numbered ``minutes``."""
        marks = ",".join("?" * len(minutes))
        return [r[0] for r in self.db.execute(f"SELECT id FROM nodes WHERE minute IN ({marks}) AND minute != ''"
                                              f" ORDER BY rowid", minutes)]

    def matching(self, ids: list[str], committee: str | None, doc_kind: str | None, date_from: int | None,
                 date_to: int | None) -> set[str]:
        """Those of ``ids`` whose nodes meet the conditions (each left out when ``None``)."""
        conditions, args = [], []
        for column, op, value in (("committee", "=", committee), ("doc_kind", "=", doc_kind),
                                  ("date_int", ">=", date_from), ("date_int", "<=", date_to)):
            if value is not None:
                conditions.append(f"+{column} {op} ?")  # "+": look ids up, never scan an index
                args.append(value)
        found: set[str] = set()
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            sql = f"SELECT id FROM nodes WHERE id IN ({','.join('?' * len(chunk))})"
            found.update(r[0] for r in self.db.execute(" AND ".join([sql, *conditions]), [*chunk, *args]))
        return found

    def all(self) -> Iterator[IndexNode]:
        for row in self.db.execute("SELECT id, text, body, meta FROM nodes ORDER BY rowid"):
            yield IndexNode.from_stored(row[0], row[1], row[2], json.loads(row[3]))

    def bodies(self) -> Iterator[str]:
        """The nodes' texts as the papers write them, for their spelling and capitals: not a meeting's header, whose
        heading is often printed in capitals throughout ("LITTLE WEXCOMBE PARISH COUNCIL")."""
        for row in self.db.execute("SELECT body FROM nodes WHERE json_extract(meta, '$.node_kind') IS NOT 'header' "
                                   "ORDER BY rowid"):
            yield row[0]

    def headers(self) -> Iterator[str]:
        """The meetings' header nodes' texts: the council's and the place's names, which a small body's minutes may
        print nowhere else ("Council Offices, Ardmallow")."""
        for row in self.db.execute("SELECT body FROM nodes WHERE json_extract(meta, '$.node_kind') IS 'header' "
                                   "ORDER BY rowid"):
            yield row[0]

    def titles(self) -> Iterator[str]:
        """The items' titles, each once: their words are the papers' too, though often printed in capitals only."""
        for row in self.db.execute("SELECT DISTINCT json_extract(meta, '$.item_title') FROM nodes"):
            if row[0]:
                yield row[0]

    def _nodes(self, sql: str, args: Iterable[object]) -> list[IndexNode]:
        return [IndexNode.from_stored(r[0], r[1], r[2], json.loads(r[3])) for r in self.db.execute(sql, tuple(args))]

    # ------------------------------------------------------------ what the store holds, one query each

    def count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes").fetchone()[0])

    def count_weighed(self) -> int:
        """The nodes the answerer's term weights count (as :meth:`bodies` reads them: not a meeting's header)."""
        return int(self.db.execute("SELECT COUNT(*) FROM nodes WHERE json_extract(meta, '$.node_kind') IS NOT "
                                   "'header'").fetchone()[0])

    def committees(self) -> dict[str, int]:
        """Each committee with its number of nodes."""
        return dict(self.db.execute("SELECT committee, COUNT(*) FROM nodes GROUP BY committee"))

    def latest(self) -> dt.date | None:
        row = self.db.execute("SELECT MAX(date_int) FROM nodes").fetchone()
        return dt.datetime.strptime(str(row[0]), "%Y%m%d").date() if row and row[0] else None

    def exempt_count(self) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes WHERE exempt = 1").fetchone()[0])

    def count_between(self, date_from: int | None, date_to: int | None) -> int:
        """Nodes of meetings from ``date_from`` to ``date_to`` (yyyymmdd, either open)."""
        return int(self.db.execute("SELECT COUNT(*) FROM nodes WHERE date_int BETWEEN ? AND ?",
                                   (date_from or 0, date_to or 99999999)).fetchone()[0])

    def count_kind(self, doc_kind: str) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM nodes WHERE doc_kind = ?", (doc_kind,)).fetchone()[0])

    # ------------------------------------------------------------ document frequencies

    def term_counts(self) -> dict[str, int] | None:
        """Each term's document frequency over the node bodies, as kept at ingest; None when never kept."""
        if self.flag("terms_kept") != "1":
            return None
        return dict(self.db.execute("SELECT term, df FROM terms"))

    def recount_terms(self, counts: Counter[str]) -> None:
        """Replace the document frequencies with ``counts`` (counted over every node) and mark them kept."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("DELETE FROM terms")
            self.db.executemany("INSERT INTO terms (term, df) VALUES (?, ?)", counts.items())
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('terms_kept', '1')")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def flag(self, key: str, value: str | None = None) -> str | None:
        if value is not None:
            self.db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))
            return value
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.db.close()


def _date_int(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day
