"""The relational catalogue: every parsed paper, its meetings, items and resolutions, in one SQLite file.

Rows belong to the document they were read from, so replacing or removing a
paper touches exactly its rows. The same meeting is often printed in several
papers (minutes reprinted in the next agenda pack, one paper as PDF and HTML);
the read methods therefore dedupe by ``meeting_key`` / ``item_key``, taking the
minutes from the copy with the most items (then the newest ingested) and the
agenda from the best copy that has one.

Every write is one explicit ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction,
rolled back on any exception (``KeyboardInterrupt`` included); with WAL, a
crash mid-write leaves the catalogue as it was before that write.

The SQL is kept portable to PostgreSQL: plain types, explicit foreign keys,
ISO date strings, booleans as 0/1, no SQLite functions in queries. The one
dialect difference is ``INTEGER PRIMARY KEY`` (an identity column in
PostgreSQL). The connection is shared between threads behind a lock.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path, PurePath
from types import TracebackType
from typing import Any, Literal

from pydantic import BaseModel

from minutebook.errors import NotFoundError, StoreError, StoreLockedError
from minutebook.model import (
    Action,
    AgendaItem,
    Audience,
    Citation,
    Declaration,
    DocumentKind,
    InterestKind,
    Meeting,
    MinuteItem,
    MinuteReference,
    ParsedDocument,
    ReportSection,
    Resolution,
    SourceFormat,
    item_key,
    meeting_key,
    slug,
)

SCHEMA_VERSION = 4
ItemKind = Literal["minute", "agenda"]
_FK = "INTEGER NOT NULL REFERENCES {} ON DELETE CASCADE"
_FAILURES = [  # schema v2: papers whose last ingest failed
    """CREATE TABLE IF NOT EXISTS ingest_failures (source TEXT PRIMARY KEY, sha256 TEXT, reason TEXT NOT NULL,
        message TEXT NOT NULL, failed_at TEXT NOT NULL)""",
]
_READING = [  # schema v3: what the parser reads beyond v1's fields
    "ALTER TABLE documents ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'",  # what could not be understood
    "ALTER TABLE meetings ADD COLUMN council TEXT",  # the council, when the header names it
    "ALTER TABLE resolutions ADD COLUMN owner TEXT",  # whoever the decision asks to act
]
_DUE = [  # schema v4: when a follow-up line under a decision says it is due, as written
    "ALTER TABLE resolutions ADD COLUMN due TEXT",
]
_SCHEMA = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL, format TEXT NOT NULL, kind TEXT NOT NULL, title TEXT, page_count INTEGER,
        ingested_at TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '[]')""",
    f"""CREATE TABLE IF NOT EXISTS meetings (id INTEGER PRIMARY KEY, document_id {_FK.format("documents(id)")},
        meeting_key TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_time TEXT,
        venue TEXT, chair TEXT, attendance_text TEXT NOT NULL, pages TEXT NOT NULL, position INTEGER NOT NULL,
        council TEXT)""",
    f"""CREATE TABLE IF NOT EXISTS attendance (meeting_id {_FK.format("meetings(id)")}, name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'present', 'in_attendance', 'apologies')),
        position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS declarations (meeting_id {_FK.format("meetings(id)")}, member TEXT NOT NULL,
        kind TEXT NOT NULL, item TEXT, text TEXT NOT NULL, withdrew INTEGER NOT NULL, position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, meeting_id {_FK.format("meetings(id)")},
        item_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('minute', 'agenda')), number TEXT,
        title TEXT NOT NULL, text TEXT NOT NULL, pages TEXT NOT NULL, exempt INTEGER NOT NULL, pack_pages TEXT,
        position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS resolutions (id INTEGER PRIMARY KEY, item_id {_FK.format("items(id)")},
        number TEXT, text TEXT NOT NULL, position INTEGER NOT NULL, owner TEXT, due TEXT)""",
    f"""CREATE TABLE IF NOT EXISTS minute_references (item_id {_FK.format("items(id)")}, minute TEXT NOT NULL,
        resolution TEXT, meeting_date TEXT, municipal_year TEXT, text TEXT NOT NULL, position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS sections (id INTEGER PRIMARY KEY, item_id {_FK.format("items(id)")},
        title TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, pages TEXT NOT NULL, exempt INTEGER NOT NULL,
        position INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,
        question TEXT NOT NULL, answer TEXT NOT NULL, helpful INTEGER NOT NULL, reason TEXT, user_name TEXT,
        channel TEXT, citations TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS actions (id TEXT PRIMARY KEY, item_key TEXT NOT NULL, resolution TEXT,
        committee TEXT NOT NULL, meeting_date TEXT NOT NULL, minute TEXT, item_title TEXT NOT NULL,
        text TEXT NOT NULL, owner TEXT, due TEXT, status TEXT NOT NULL, evidence TEXT NOT NULL,
        updated_at TEXT NOT NULL, position INTEGER NOT NULL)""",
    *_FAILURES,
    "CREATE INDEX IF NOT EXISTS meetings_document ON meetings (document_id)",
    "CREATE INDEX IF NOT EXISTS meetings_key ON meetings (meeting_key)",
    "CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance (meeting_id)",
    "CREATE INDEX IF NOT EXISTS declarations_meeting ON declarations (meeting_id)",
    "CREATE INDEX IF NOT EXISTS items_meeting ON items (meeting_id)",
    "CREATE INDEX IF NOT EXISTS items_key ON items (item_key)",
    "CREATE INDEX IF NOT EXISTS resolutions_item ON resolutions (item_id)",
    "CREATE INDEX IF NOT EXISTS references_item ON minute_references (item_id)",
    "CREATE INDEX IF NOT EXISTS sections_item ON sections (item_id)",
]
# An older catalogue is brought up to SCHEMA_VERSION in place, one step at a time (version n -> n + 1); a new one
# is created by _SCHEMA at SCHEMA_VERSION, so a later version adds its statements both there and here.
_MIGRATIONS: dict[int, list[str]] = {
    1: _FAILURES,  # v2: the papers that failed to ingest
    2: _READING,  # v3: notes on a paper, a meeting's council, a decision's owner
    3: _DUE,  # v4: a decision's due date as its follow-up line writes it
}
_COPY_SQL = """SELECT m.id, m.document_id, d.source, d.ingested_at, m.meeting_key, m.committee, m.meeting_date,
    m.meeting_time, m.venue, m.chair, m.attendance_text, m.pages, m.council,
    (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'minute'),
    (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'agenda'),
    (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'minute' AND i.exempt = 1),
    (SELECT COUNT(*) FROM items i WHERE i.meeting_id = m.id AND i.kind = 'agenda' AND i.exempt = 1)
    FROM meetings m JOIN documents d ON d.id = m.document_id"""


class DocumentInfo(BaseModel):
    """One stored paper, as :meth:`Catalogue.documents` lists it."""

    id: int
    source: str
    sha256: str
    format: SourceFormat
    kind: DocumentKind
    title: str | None
    page_count: int | None
    ingested_at: str
    meetings: int
    items: int
    resolutions: int = 0
    exempt: bool = False  # the paper prints exempt (Part 2) material: never hand its file to the public
    notes: list[str] = []  # what the parser could not understand in it (ParsedDocument.notes)


class IngestFailure(BaseModel):
    """A paper whose last ingest failed, and why (one word and a line); cleared once it is ingested."""

    source: str
    sha256: str | None
    reason: str
    message: str
    failed_at: str


class MeetingSummary(BaseModel):
    """A meeting across all its copies: which papers print it and which copies the reads use."""

    key: str
    committee: str
    date: dt.date
    time: str | None
    venue: str | None
    chair: str | None
    council: str | None = None  # the council the header names, where it names one
    n_items: int  # minute items in the copy used
    n_agenda: int  # agenda items in the copy used
    has_minutes: bool
    documents: list[str]  # every paper printing this meeting, best copy first
    minutes_document: str | None  # the paper the minutes (items, declarations, attendance) come from
    agenda_document: str | None  # the paper the agenda comes from


class ItemRecord(BaseModel):
    """One minute or agenda item with its meeting and the paper it was read from (for citations)."""

    key: str
    kind: ItemKind
    meeting: MeetingSummary
    item: MinuteItem | AgendaItem
    document: str


class _Copy:
    """One document's copy of a meeting (a ``meetings`` row with its item counts)."""

    def __init__(self, row: Sequence[Any]) -> None:
        (self.id, self.document_id, self.source, self.ingested_at, self.key, self.committee, date, self.time,
         self.venue, self.chair, self.attendance_text, pages, self.council, self.n_minute, self.n_agenda,
         self.n_minute_exempt, self.n_agenda_exempt) = row
        self.date = dt.date.fromisoformat(date)
        self.pages: list[int] = json.loads(pages)

    def rank(self) -> tuple[int, str, int, int]:
        return (self.n_minute + self.n_agenda, self.ingested_at, self.document_id, self.id)


def _choose(copies: list[_Copy]) -> tuple[list[_Copy], _Copy, _Copy | None]:
    """Rank copies best first; return them, the copy for the minutes and the copy for the agenda."""
    ranked = sorted(copies, key=_Copy.rank, reverse=True)
    minutes = next((c for c in ranked if c.n_minute), ranked[0])
    agenda = next((c for c in ranked if c.n_agenda), None)
    return ranked, minutes, agenda


def _summary(copies: list[_Copy], audience: Audience | None = None) -> MeetingSummary:
    """``audience`` given: the item counts are of what it may see (a public caller is not told an exempt item
    exists)."""
    ranked, head, agenda = _choose(copies)
    public = audience is not None and not audience.may_see(True)
    return MeetingSummary(
        key=head.key, committee=head.committee, date=head.date,
        time=next((c.time for c in [head, *ranked] if c.time), None),
        venue=next((c.venue for c in [head, *ranked] if c.venue), None),
        chair=next((c.chair for c in [head, *ranked] if c.chair), None),
        council=next((c.council for c in [head, *ranked] if c.council), None),
        n_items=head.n_minute - (head.n_minute_exempt if public else 0),
        n_agenda=(agenda.n_agenda - (agenda.n_agenda_exempt if public else 0)) if agenda else 0,
        has_minutes=head.n_minute > 0,
        documents=list(dict.fromkeys(c.source for c in ranked)),
        minutes_document=head.source if head.n_minute else None, agenda_document=agenda.source if agenda else None,
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _json_citations(cs: Sequence[Citation]) -> str:
    return json.dumps([c.model_dump(mode="json") for c in cs])


class Catalogue:
    """The catalogue of parsed papers in one SQLite file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path, *, timeout: float = 30.0) -> None:
        """Open (creating the parent directory and schema if needed) the catalogue at ``path``.

        A write waits up to ``timeout`` seconds for another writer, then raises :class:`StoreLockedError`.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open catalogue {path}: {e}") from e
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA journal_mode = WAL").fetchall()
            version = self._version()
            if version is None:  # a new file: create the schema (readers of an existing one need no write lock)
                with self._write() as c:
                    for stmt in _SCHEMA:
                        c.execute(stmt)
                    if c.execute("SELECT version FROM schema_version").fetchone() is None:
                        c.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                version = self._version()
            while version in _MIGRATIONS:  # an older catalogue: add what later versions keep, once
                with self._write() as c:
                    if c.execute("SELECT version FROM schema_version").fetchone()[0] == version:
                        for stmt in _MIGRATIONS[version]:
                            c.execute(stmt)
                        c.execute("UPDATE schema_version SET version = ?", (version + 1,))
                version = self._version()
            if version != SCHEMA_VERSION:
                raise StoreError(f"catalogue {path} has schema v{version}, this build needs v{SCHEMA_VERSION}")
        except sqlite3.DatabaseError as e:
            self._conn.close()
            raise StoreError(f"cannot open catalogue {path}: {e}") from e
        except BaseException:
            self._conn.close()
            raise

    def _version(self) -> int | None:
        try:
            row = self._conn.execute("SELECT version FROM schema_version").fetchone()
        except sqlite3.OperationalError:  # no such table
            return None
        return int(row[0]) if row else None

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _tx(self, begin: str) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._conn.execute(begin)
            except sqlite3.OperationalError as e:
                if "locked" in str(e) or "busy" in str(e):
                    raise StoreLockedError(f"catalogue is locked by another writer: {e}") from e
                raise
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction: all of it or none of it."""
        return self._tx("BEGIN IMMEDIATE")

    def _read(self) -> AbstractContextManager[sqlite3.Connection]:
        """A consistent snapshot across several SELECTs."""
        return self._tx("BEGIN")

    # --- documents -------------------------------------------------------------------------------------------

    def document_hash(self, source: str) -> str | None:
        """The sha256 stored for ``source`` (the path as ingested), or ``None`` if it is not catalogued."""
        with self._read() as c:
            row = c.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
        return str(row[0]) if row else None

    def replace_document(self, doc: ParsedDocument) -> int:
        """Store ``doc`` in place of any earlier version of its source, in one transaction; return its id.

        The document keeps its id across replacements. Any exception rolls everything back.
        """
        with self._write() as c:
            row = c.execute("SELECT id FROM documents WHERE source = ?", (doc.source,)).fetchone()
            values = (doc.sha256, doc.format.value, doc.kind.value, doc.title, doc.page_count, _now(),
                      json.dumps(doc.notes))
            if row:
                doc_id = int(row[0])
                c.execute("UPDATE documents SET sha256 = ?, format = ?, kind = ?, title = ?, page_count = ?, "
                          "ingested_at = ?, notes = ? WHERE id = ?", (*values, doc_id))
                c.execute("DELETE FROM meetings WHERE document_id = ?", (doc_id,))
            else:
                doc_id = _insert(c, "INSERT INTO documents (source, sha256, format, kind, title, page_count, "
                                 "ingested_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (doc.source, *values))
            for pos, meeting in enumerate(doc.meetings):
                _insert_meeting(c, doc_id, pos, meeting)
            c.execute("DELETE FROM ingest_failures WHERE source = ?", (doc.source,))
        return doc_id

    def remove_document(self, source_or_id: str) -> list[str]:
        """Remove a document by source path, numeric id, or unique basename; return the item keys it held.

        Those keys may still be served by another paper printing the same meeting (check with :meth:`item`).
        Raises :class:`NotFoundError` if nothing, or more than one document, matches.
        """
        with self._write() as c:
            doc_id = _resolve(c, source_or_id)
            keys = c.execute("SELECT i.item_key FROM items i JOIN meetings m ON m.id = i.meeting_id "
                             "WHERE m.document_id = ? ORDER BY m.position, i.kind DESC, i.position",
                             (doc_id,)).fetchall()
            source = c.execute("SELECT source FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            c.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            c.execute("DELETE FROM ingest_failures WHERE source = ?", (source,))
        return list(dict.fromkeys(k for (k,) in keys))

    def find_document(self, source_or_id: str) -> DocumentInfo:
        """The document named as :meth:`remove_document` accepts; :class:`NotFoundError` if none or ambiguous."""
        with self._read() as c:
            return self._documents(c, "WHERE d.id = ?", (_resolve(c, source_or_id),))[0]

    def documents(self) -> list[DocumentInfo]:
        """Every stored paper with its meeting and item counts, in ingestion order."""
        with self._read() as c:
            return self._documents(c)

    def _documents(self, c: sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> list[DocumentInfo]:
        own = "JOIN meetings m ON m.id = i.meeting_id WHERE m.document_id = d.id"
        rows = c.execute(
            "SELECT d.id, d.source, d.sha256, d.format, d.kind, d.title, d.page_count, d.ingested_at, "
            "(SELECT COUNT(*) FROM meetings m WHERE m.document_id = d.id), "
            f"(SELECT COUNT(*) FROM items i {own}), "
            f"(SELECT COUNT(*) FROM resolutions r JOIN items i ON i.id = r.item_id {own}), "
            f"EXISTS (SELECT 1 FROM items i {own} AND i.exempt = 1) OR "
            f"EXISTS (SELECT 1 FROM sections s JOIN items i ON i.id = s.item_id {own} AND s.exempt = 1), "
            f"d.notes FROM documents d {where} ORDER BY d.id", params).fetchall()
        fields = list(DocumentInfo.model_fields)
        return [DocumentInfo.model_validate(dict(zip(fields, (*r[:-1], json.loads(r[-1])), strict=True)))
                for r in rows]

    # --- papers that failed ----------------------------------------------------------------------------------

    def record_failure(self, source: str, reason: str, message: str, sha256: str | None = None) -> None:
        """Remember that ``source`` could not be ingested, and why (the last attempt's reason replaces any other)."""
        with self._write() as c:
            c.execute("DELETE FROM ingest_failures WHERE source = ?", (source,))
            c.execute("INSERT INTO ingest_failures (source, sha256, reason, message, failed_at) VALUES (?, ?, ?, ?, ?)",
                      (source, sha256, reason, message, _now()))

    def forget_failure(self, source: str) -> None:
        """Drop the failure recorded for ``source``, if any (no write when there is none)."""
        with self._read() as c:
            if c.execute("SELECT 1 FROM ingest_failures WHERE source = ?", (source,)).fetchone() is None:
                return
        with self._write() as c:
            c.execute("DELETE FROM ingest_failures WHERE source = ?", (source,))

    def failures(self) -> list[IngestFailure]:
        """Papers whose last ingest failed, most recent first."""
        with self._read() as c:
            rows = c.execute("SELECT source, sha256, reason, message, failed_at FROM ingest_failures "
                             "ORDER BY failed_at DESC, source").fetchall()
        return [IngestFailure(source=s, sha256=h, reason=r, message=m, failed_at=t) for s, h, r, m, t in rows]

    # --- meetings and items ----------------------------------------------------------------------------------

    def _copies(self, c: sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> dict[str, list[_Copy]]:
        out: dict[str, list[_Copy]] = {}
        for row in c.execute(f"{_COPY_SQL} {where}", params).fetchall():
            copy = _Copy(row)
            out.setdefault(copy.key, []).append(copy)
        return out

    def meetings(self, committee: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None, audience: Audience | None = None) -> list[MeetingSummary]:
        """Meetings, one per ``meeting_key``, newest first; ``committee`` matches the name in any case/spacing.
        With ``audience``, item counts leave out what it may not see."""
        conds, params = [], []
        if committee:
            conds.append("m.meeting_key LIKE ?")
            params.append(f"{slug(committee)}/%")
        if date_from:
            conds.append("m.meeting_date >= ?")
            params.append(date_from.isoformat())
        if date_to:
            conds.append("m.meeting_date <= ?")
            params.append(date_to.isoformat())
        with self._read() as c:
            groups = self._copies(c, "WHERE " + " AND ".join(conds) if conds else "", params)
        out = [_summary(copies, audience) for copies in groups.values()]
        out.sort(key=lambda s: s.key)
        out.sort(key=lambda s: s.date, reverse=True)
        return out

    def meeting(self, key: str, audience: Audience | None = None) -> Meeting:
        """The meeting ``key``: minutes from its richest copy, agenda from the richest copy with one.

        With ``audience``, without what that audience may not see; without, the whole record (for computing
        from the papers; everything that serves a reader passes its audience).
        """
        with self._read() as c:
            copies = self._copies(c, "WHERE m.meeting_key = ?", (key,)).get(key)
            if not copies:
                raise NotFoundError(f"no meeting {key!r}")
            summary = _summary(copies)
            _, head, agenda = _choose(copies)
            meeting = _load_meeting(c, head, agenda, summary.time, summary.venue, summary.chair)
        return audience.meeting(meeting) if audience is not None else meeting

    def parsed_documents(self) -> list[ParsedDocument]:
        """Every stored paper rebuilt as the :class:`ParsedDocument` it was stored from, in ingestion order.

        Each document keeps its own copy of every meeting it prints (no dedupe across papers), so what is
        computed from the papers, such as the follow-up register (:func:`ingest.actions.track`), can be
        recomputed from the catalogue alone.
        """
        with self._read() as c:
            rows = c.execute("SELECT id, source, sha256, format, kind, title, page_count, notes FROM documents "
                             "ORDER BY id").fetchall()
            meetings: dict[int, list[Meeting]] = {}
            for row in c.execute(f"{_COPY_SQL} ORDER BY m.document_id, m.position").fetchall():
                copy = _Copy(row)
                meetings.setdefault(copy.document_id, []).append(
                    _load_meeting(c, copy, copy, copy.time, copy.venue, copy.chair))
        return [ParsedDocument(source=source, sha256=sha, format=SourceFormat(fmt), kind=DocumentKind(kind),
                               title=title, page_count=pages, meetings=meetings.get(doc_id, []),
                               notes=json.loads(notes))
                for doc_id, source, sha, fmt, kind, title, pages, notes in rows]  # fmt: skip

    def item(self, key: str, kind: ItemKind | None = None, audience: Audience | None = None) -> ItemRecord:
        """The item ``key`` with its meeting and source paper.

        When several copies hold the key, the copy :meth:`meeting` uses wins; a minute item wins over an agenda
        item with the same key unless ``kind`` says otherwise. With ``audience``, an item it may not see is not
        found, and an agenda item comes without the report sections it may not see.
        """
        with self._read() as c:
            hits = c.execute("SELECT i.meeting_id, i.kind, i.id, m.meeting_key FROM items i JOIN meetings m "
                             "ON m.id = i.meeting_id WHERE i.item_key = ?", (key,)).fetchall()
            hits = [h for h in hits if kind is None or h[1] == kind]
            if not hits:
                raise NotFoundError(f"no item {key!r}")
            copies = self._copies(c, "WHERE m.meeting_key = ?", (hits[0][3],))[hits[0][3]]
            ranked, head, agenda = _choose(copies)
            order = {cp.id: n for n, cp in enumerate(ranked)}
            chosen = {(head.id, "minute"), (agenda.id if agenda else -1, "agenda")}

            def pref(h: Sequence[Any]) -> tuple[bool, bool, int, int]:
                return ((h[0], h[1]) not in chosen, h[1] != "minute", order[h[0]], h[2])

            meeting_id, item_kind, item_id, _ = min(hits, key=pref)
            found = next(it for iid, it in _load_items(c, meeting_id, item_kind) if iid == item_id)
            source = next(cp.source for cp in copies if cp.id == meeting_id)
        if audience is not None:
            if not audience.may_see(found.exempt):
                raise NotFoundError(f"no item {key!r}")
            if isinstance(found, AgendaItem):
                found = audience.agenda_item(found)
        return ItemRecord(key=key, kind=item_kind, meeting=_summary(copies), item=found, document=source)

    def committees(self) -> list[str]:
        """Committee names, one per spelling-insensitive committee (its most used spelling), sorted."""
        with self._read() as c:
            rows = c.execute("SELECT committee, COUNT(*) FROM meetings GROUP BY committee").fetchall()
        best: dict[str, tuple[int, str]] = {}
        for name, n in rows:
            s = slug(name)
            if s not in best or (n, name) > best[s]:
                best[s] = (n, name)
        return sorted((name for _, name in best.values()), key=str.lower)

    def stats(self) -> dict[str, int]:
        """Counts as the read methods see them (deduped by key), plus documents, feedback and actions."""
        with self._read() as c:
            groups = self._copies(c)
            per_item = dict(((m, k), n) for m, k, n in c.execute(
                "SELECT meeting_id, kind, COUNT(*) FROM items GROUP BY meeting_id, kind").fetchall())
            per_res = dict(c.execute("SELECT i.meeting_id, COUNT(*) FROM resolutions r JOIN items i "
                                     "ON i.id = r.item_id WHERE i.kind = 'minute' GROUP BY i.meeting_id").fetchall())
            per_decl = dict(c.execute("SELECT meeting_id, COUNT(*) FROM declarations GROUP BY meeting_id").fetchall())
            out = {t: int(c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                   for t in ("documents", "feedback", "actions")}
        chosen = [_choose(cs)[1:] for cs in groups.values()]
        out["meetings"] = len(groups)
        out["minute_items"] = sum(per_item.get((h.id, "minute"), 0) for h, _ in chosen)
        out["agenda_items"] = sum(per_item.get((a.id, "agenda"), 0) for _, a in chosen if a)
        out["items"] = out["minute_items"] + out["agenda_items"]
        out["resolutions"] = sum(per_res.get(h.id, 0) for h, _ in chosen)
        out["declarations"] = sum(per_decl.get(h.id, 0) for h, _ in chosen)
        return out

    # --- feedback and actions --------------------------------------------------------------------------------

    def add_feedback(self, question: str, answer: str, helpful: bool, reason: str | None = None,
                     user: str | None = None, channel: str | None = None,
                     citations: Sequence[Citation] = ()) -> int:
        """Record a user's verdict on an answer; return the feedback id."""
        with self._write() as c:
            return _insert(c, "INSERT INTO feedback (created_at, question, answer, helpful, reason, user_name, "
                           "channel, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (_now(), question, answer, int(helpful), reason, user, channel, _json_citations(citations)))

    def feedback(self) -> list[dict[str, Any]]:
        """All feedback, oldest first: id, created_at, question, answer, helpful, reason, user, channel, citations."""
        with self._read() as c:
            rows = c.execute("SELECT id, created_at, question, answer, helpful, reason, user_name, channel, "
                             "citations FROM feedback ORDER BY id").fetchall()
        keys = ("id", "created_at", "question", "answer", "helpful", "reason", "user", "channel", "citations")
        out = [dict(zip(keys, r, strict=True)) for r in rows]
        for f in out:
            f["helpful"], f["citations"] = bool(f["helpful"]), json.loads(f["citations"])
        return out

    def replace_actions(self, actions: list[Action]) -> None:
        """Replace the whole action list in one transaction; unchanged actions keep their ``updated_at``."""
        ids = [a.id for a in actions]
        if len(set(ids)) != len(ids):
            raise StoreError("duplicate action ids")
        now = _now()
        with self._write() as c:
            old = {i: (row, at) for i, *row, at in c.execute(
                "SELECT id, item_key, resolution, committee, meeting_date, minute, item_title, text, owner, due, "
                "status, evidence, updated_at FROM actions").fetchall()}
            c.execute("DELETE FROM actions")
            for pos, a in enumerate(actions):
                mk = meeting_key(a.committee, a.meeting_date)
                row = [item_key(mk, a.minute, a.item_title), a.resolution, a.committee, a.meeting_date.isoformat(),
                       a.minute, a.item_title, a.text, a.owner, _iso(a.due), a.status.value,
                       _json_citations(a.evidence)]
                prev = old.get(a.id)
                at = prev[1] if prev and prev[0] == row else now
                c.execute("INSERT INTO actions (id, item_key, resolution, committee, meeting_date, minute, "
                          "item_title, text, owner, due, status, evidence, updated_at, position) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (a.id, *row, at, pos))

    def actions(self) -> list[Action]:
        """All actions, oldest meeting first, otherwise in the order last given."""
        with self._read() as c:
            rows = c.execute("SELECT id, committee, meeting_date, minute, resolution, item_title, text, owner, due, "
                             "status, evidence FROM actions ORDER BY meeting_date, position").fetchall()
        return [Action(id=i, committee=cm, meeting_date=dt.date.fromisoformat(d), minute=mn, resolution=r,
                       item_title=t, text=tx, owner=o, due=_date(due), status=s,
                       evidence=[Citation.model_validate(e) for e in json.loads(ev)])
                for i, cm, d, mn, r, t, tx, o, due, s, ev in rows]



def _resolve(c: sqlite3.Connection, source_or_id: str) -> int:
    """The id of the one document whose source path, id, or else basename is ``source_or_id``."""
    docs = c.execute("SELECT id, source FROM documents").fetchall()
    found = [i for i, s in docs if s == source_or_id] or [i for i, _ in docs if str(i) == source_or_id]
    found = found or [i for i, s in docs if PurePath(s).name == source_or_id]
    if len(found) != 1:
        raise NotFoundError(f"{source_or_id!r} {'is ambiguous' if found else 'matches no document'}")
    return int(found[0])


def _insert(c: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
    """Run an INSERT and return the new row's id (``RETURNING`` works on SQLite >= 3.35 and PostgreSQL)."""
    return int(c.execute(f"{sql} RETURNING id", params).fetchall()[0][0])


def _insert_meeting(c: sqlite3.Connection, doc_id: int, pos: int, m: Meeting) -> None:
    mk = m.key
    mid = _insert(c, "INSERT INTO meetings (document_id, meeting_key, committee, meeting_date, meeting_time, venue, "
                  "chair, attendance_text, pages, position, council) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (doc_id, mk, m.committee, m.date.isoformat(), m.time, m.venue, m.chair, m.attendance_text,
                   json.dumps(m.pages), pos, m.council))
    people = [("chair", [m.chair] if m.chair else []), ("present", m.present),
              ("in_attendance", m.in_attendance), ("apologies", m.apologies)]
    c.executemany("INSERT INTO attendance (meeting_id, name, role, position) VALUES (?, ?, ?, ?)",
                  [(mid, name, role, n) for role, names in people for n, name in enumerate(names)])
    c.executemany("INSERT INTO declarations (meeting_id, member, kind, item, text, withdrew, position) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(mid, d.member, d.kind.value, d.item, d.text, int(d.withdrew), n)
                   for n, d in enumerate(m.declarations)])
    entries: list[tuple[ItemKind, MinuteItem | AgendaItem]] = [("minute", i) for i in m.items]
    entries += [("agenda", a) for a in m.agenda]
    positions = {"minute": 0, "agenda": 0}
    for kind, it in entries:
        pack = it.pack_pages if isinstance(it, AgendaItem) else None
        iid = _insert(c, "INSERT INTO items (meeting_id, item_key, kind, number, title, text, pages, exempt, "
                      "pack_pages, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (mid, item_key(mk, it.number, it.title), kind, it.number, it.title, it.text,
                       json.dumps(it.pages), int(it.exempt), pack, positions[kind]))
        positions[kind] += 1
        if isinstance(it, MinuteItem):
            c.executemany("INSERT INTO resolutions (item_id, number, text, position, owner, due) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          [(iid, r.number, r.text, n, r.owner, r.due) for n, r in enumerate(it.resolutions)])
            c.executemany("INSERT INTO minute_references (item_id, minute, resolution, meeting_date, "
                          "municipal_year, text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [(iid, r.minute, r.resolution, _iso(r.meeting_date), r.municipal_year, r.text, n)
                           for n, r in enumerate(it.references)])
        else:
            c.executemany("INSERT INTO sections (item_id, title, kind, text, pages, exempt, position) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [(iid, s.title, s.kind.value, s.text, json.dumps(s.pages), int(s.exempt), n)
                           for n, s in enumerate(it.sections)])


def _load_meeting(c: sqlite3.Connection, head: _Copy, agenda: _Copy | None, time: str | None, venue: str | None,
                  chair: str | None) -> Meeting:
    """A meeting from stored rows: attendance, declarations and minutes from ``head``, the agenda from ``agenda``."""
    people: dict[str, list[str]] = {"present": [], "in_attendance": [], "apologies": []}
    for name, role in c.execute("SELECT name, role FROM attendance WHERE meeting_id = ? ORDER BY position",
                                (head.id,)).fetchall():
        people.get(role, []).append(name)
    decls = [Declaration(member=m, kind=InterestKind(k), item=i, text=t, withdrew=bool(w)) for m, k, i, t, w
             in c.execute("SELECT member, kind, item, text, withdrew FROM declarations WHERE meeting_id = ? "
                          "ORDER BY position", (head.id,)).fetchall()]
    items = _load_items(c, head.id, "minute")
    agenda_items = _load_items(c, agenda.id, "agenda") if agenda else []
    return Meeting(
        committee=head.committee, council=head.council, date=head.date, time=time, venue=venue, chair=chair,
        attendance_text=head.attendance_text, declarations=decls, pages=head.pages,
        items=[i for _, i in items if isinstance(i, MinuteItem)],
        agenda=[i for _, i in agenda_items if isinstance(i, AgendaItem)], **people,
    )


def _load_items(c: sqlite3.Connection, meeting_id: int, kind: ItemKind) -> list[tuple[int, MinuteItem | AgendaItem]]:
    """The items of one kind of one meeting row, in order, with their row ids."""
    rows = c.execute("SELECT id, number, title, text, pages, exempt, pack_pages FROM items "
                     "WHERE meeting_id = ? AND kind = ? ORDER BY position", (meeting_id, kind)).fetchall()
    children: dict[int, list[Any]] = {r[0]: [] for r in rows}
    if kind == "minute":
        for iid, num, text, owner, due in c.execute(
                "SELECT r.item_id, r.number, r.text, r.owner, r.due FROM resolutions r JOIN items i "
                "ON i.id = r.item_id WHERE i.meeting_id = ? AND i.kind = 'minute' ORDER BY r.item_id, r.position",
                (meeting_id,)):
            children[iid].append(Resolution(number=num, text=text, owner=owner, due=due))
        refs: dict[int, list[MinuteReference]] = {r[0]: [] for r in rows}
        for iid, minute, res, date, year, text in c.execute(
                "SELECT x.item_id, x.minute, x.resolution, x.meeting_date, x.municipal_year, x.text "
                "FROM minute_references x JOIN items i ON i.id = x.item_id WHERE i.meeting_id = ? "
                "AND i.kind = 'minute' ORDER BY x.item_id, x.position", (meeting_id,)):
            refs[iid].append(MinuteReference(minute=minute, resolution=res, meeting_date=_date(date),
                                             municipal_year=year, text=text))
        return [(i, MinuteItem(number=n, title=t, text=x, pages=json.loads(p), exempt=bool(e),
                               resolutions=children[i], references=refs[i])) for i, n, t, x, p, e, _ in rows]
    for iid, title, skind, text, pages, exempt in c.execute(
            "SELECT s.item_id, s.title, s.kind, s.text, s.pages, s.exempt FROM sections s JOIN items i "
            "ON i.id = s.item_id WHERE i.meeting_id = ? AND i.kind = 'agenda' ORDER BY s.item_id, s.position",
            (meeting_id,)):
        children[iid].append(ReportSection(title=title, kind=DocumentKind(skind), text=text,
                                           pages=json.loads(pages), exempt=bool(exempt)))
    return [(i, AgendaItem(number=n, title=t, text=x, pages=json.loads(p), exempt=bool(e), pack_pages=pk,
                           sections=children[i])) for i, n, t, x, p, e, pk in rows]
