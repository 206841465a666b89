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
from pathlib import Path
from types import TracebackType
from typing import Any

from ingest.catalogue_rows import (
    COPY_SQL,
    Copy,
    DocumentInfo,
    IngestFailure,
    ItemKind,
    ItemRecord,
    MeetingSummary,
    choose_copies,
    insert_meeting,
    insert_row,
    iso,
    json_citations,
    load_items,
    load_meeting,
    meeting_summary,
    now_iso,
    parse_date,
    resolve_document,
)
from ingest.catalogue_schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from minutebook.errors import NotFoundError, StoreError, StoreLockedError
from minutebook.model import (
    Action,
    AgendaItem,
    Audience,
    Citation,
    DocumentKind,
    Meeting,
    ParsedDocument,
    SourceFormat,
    item_key,
    meeting_key,
    slug,
)

__all__ = ["Catalogue", "DocumentInfo", "IngestFailure", "ItemKind", "ItemRecord", "MeetingSummary"]


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
                    for stmt in SCHEMA:
                        c.execute(stmt)
                    if c.execute("SELECT version FROM schema_version").fetchone() is None:
                        c.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
                version = self._version()
            while version in MIGRATIONS:  # an older catalogue: add what later versions keep, once
                with self._write() as c:
                    if c.execute("SELECT version FROM schema_version").fetchone()[0] == version:
                        for stmt in MIGRATIONS[version]:
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
            values = (doc.sha256, doc.format.value, doc.kind.value, doc.title, doc.page_count, now_iso(),
                      json.dumps(doc.notes))
            if row:
                doc_id = int(row[0])
                c.execute("UPDATE documents SET sha256 = ?, format = ?, kind = ?, title = ?, page_count = ?, "
                          "ingested_at = ?, notes = ? WHERE id = ?", (*values, doc_id))
                c.execute("DELETE FROM meetings WHERE document_id = ?", (doc_id,))
            else:
                doc_id = insert_row(c, "INSERT INTO documents (source, sha256, format, kind, title, page_count, "
                                      "ingested_at, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (doc.source, *values))
            for pos, meeting in enumerate(doc.meetings):
                insert_meeting(c, doc_id, pos, meeting)
            c.execute("DELETE FROM ingest_failures WHERE source = ?", (doc.source,))
        return doc_id

    def remove_document(self, source_or_id: str) -> list[str]:
        """Remove a document by source path, numeric id, or unique basename; return the item keys it held.

        Those keys may still be served by another paper printing the same meeting (check with :meth:`item`).
        Raises :class:`NotFoundError` if nothing, or more than one document, matches.
        """
        with self._write() as c:
            doc_id = resolve_document(c, source_or_id)
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
            return self._documents(c, "WHERE d.id = ?", (resolve_document(c, source_or_id),))[0]

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
                      (source, sha256, reason, message, now_iso()))

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

    def _copies(self, c: sqlite3.Connection, where: str = "", params: Sequence[Any] = ()) -> dict[str, list[Copy]]:
        out: dict[str, list[Copy]] = {}
        for row in c.execute(f"{COPY_SQL} {where}", params).fetchall():
            copy = Copy(row)
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
        out = [meeting_summary(copies, audience) for copies in groups.values()]
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
            summary = meeting_summary(copies)
            _, head, agenda = choose_copies(copies)
            meeting = load_meeting(c, head, agenda, summary.time, summary.venue, summary.chair)
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
            for row in c.execute(f"{COPY_SQL} ORDER BY m.document_id, m.position").fetchall():
                copy = Copy(row)
                meetings.setdefault(copy.document_id, []).append(
                    load_meeting(c, copy, copy, copy.time, copy.venue, copy.chair))
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
            ranked, head, agenda = choose_copies(copies)
            order = {cp.id: n for n, cp in enumerate(ranked)}
            chosen = {(head.id, "minute"), (agenda.id if agenda else -1, "agenda")}

            def pref(h: Sequence[Any]) -> tuple[bool, bool, int, int]:
                return ((h[0], h[1]) not in chosen, h[1] != "minute", order[h[0]], h[2])

            meeting_id, item_kind, item_id, _ = min(hits, key=pref)
            found = next(it for iid, it in load_items(c, meeting_id, item_kind) if iid == item_id)
            source = next(cp.source for cp in copies if cp.id == meeting_id)
        if audience is not None:
            if not audience.may_see(found.exempt):
                raise NotFoundError(f"no item {key!r}")
            if isinstance(found, AgendaItem):
                found = audience.agenda_item(found)
        return ItemRecord(key=key, kind=item_kind, meeting=meeting_summary(copies), item=found, document=source)

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
        chosen = [choose_copies(cs)[1:] for cs in groups.values()]
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
            return insert_row(c, "INSERT INTO feedback (created_at, question, answer, helpful, reason, user_name, "
                              "channel, citations) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (now_iso(), question, answer, int(helpful), reason, user, channel,
                               json_citations(citations)))

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
        now = now_iso()
        with self._write() as c:
            old = {i: (row, at) for i, *row, at in c.execute(
                "SELECT id, item_key, resolution, committee, meeting_date, minute, item_title, text, owner, due, "
                "status, evidence, updated_at FROM actions").fetchall()}
            c.execute("DELETE FROM actions")
            for pos, a in enumerate(actions):
                mk = meeting_key(a.committee, a.meeting_date)
                row = [item_key(mk, a.minute, a.item_title), a.resolution, a.committee, a.meeting_date.isoformat(),
                       a.minute, a.item_title, a.text, a.owner, iso(a.due), a.status.value,
                       json_citations(a.evidence)]
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
                       item_title=t, text=tx, owner=o, due=parse_date(due), status=s,
                       evidence=[Citation.model_validate(e) for e in json.loads(ev)])
                for i, cm, d, mn, r, t, tx, o, due, s, ev in rows]
