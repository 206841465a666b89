"""Catalogue rows to domain objects and back: a meeting's copies, its summary, its items and decisions.

:mod:`ingest.catalogue` owns the connection and the transactions; this module only turns rows into the domain
model (and the domain model into rows) inside a connection it is handed.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any, Literal

from pydantic import BaseModel

from minutebook.errors import NotFoundError
from minutebook.model import (
    AgendaItem,
    Audience,
    Citation,
    Declaration,
    DocumentKind,
    InterestKind,
    Meeting,
    MinuteItem,
    MinuteReference,
    ReportSection,
    Resolution,
    SourceFormat,
    item_key,
)

ItemKind = Literal["minute", "agenda"]
COPY_SQL = """SELECT m.id, m.document_id, d.source, d.ingested_at, m.meeting_key, m.committee, m.meeting_date,
    m.meeting_time, m.venue, m.chair, m.attendance_text, m.pages, m.council, m.contact, m.header_text,
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


class Copy:
    """One document's copy of a meeting (a ``meetings`` row with its item counts)."""

    def __init__(self, row: Sequence[Any]) -> None:
        (self.id, self.document_id, self.source, self.ingested_at, self.key, self.committee, date, self.time,
         self.venue, self.chair, self.attendance_text, pages, self.council, self.contact, self.header_text,
         self.n_minute, self.n_agenda, self.n_minute_exempt, self.n_agenda_exempt) = row
        self.date = dt.date.fromisoformat(date)
        self.pages: list[int] = json.loads(pages)

    def rank(self) -> tuple[int, str, int, int]:
        return (self.n_minute + self.n_agenda, self.ingested_at, self.document_id, self.id)


def choose_copies(copies: list[Copy]) -> tuple[list[Copy], Copy, Copy | None]:
    """Rank copies best first; return them, the copy for the minutes and the copy for the agenda."""
    ranked = sorted(copies, key=Copy.rank, reverse=True)
    minutes = next((c for c in ranked if c.n_minute), ranked[0])
    agenda = next((c for c in ranked if c.n_agenda), None)
    return ranked, minutes, agenda


def meeting_summary(copies: list[Copy], audience: Audience | None = None) -> MeetingSummary:
    """``audience`` given: the item counts are of what it may see (a public caller is not told an exempt item
    exists)."""
    ranked, head, agenda = choose_copies(copies)
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


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def parse_date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def json_citations(cs: Sequence[Citation]) -> str:
    return json.dumps([c.model_dump(mode="json") for c in cs])


def resolve_document(c: sqlite3.Connection, source_or_id: str) -> int:
    """The id of the one document whose source path, id, or else basename is ``source_or_id``."""
    docs = c.execute("SELECT id, source FROM documents").fetchall()
    found = [i for i, s in docs if s == source_or_id] or [i for i, _ in docs if str(i) == source_or_id]
    found = found or [i for i, s in docs if PurePath(s).name == source_or_id]
    if len(found) != 1:
        raise NotFoundError(f"{source_or_id!r} {'is ambiguous' if found else 'matches no document'}")
    return int(found[0])


def insert_row(c: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
    """Run an INSERT and return the new row's id (``RETURNING`` works on SQLite >= 3.35 and PostgreSQL)."""
    return int(c.execute(f"{sql} RETURNING id", params).fetchall()[0][0])


def insert_meeting(c: sqlite3.Connection, doc_id: int, pos: int, m: Meeting) -> None:
    mk = m.key
    mid = insert_row(c, "INSERT INTO meetings (document_id, meeting_key, committee, meeting_date, meeting_time, venue, "
                       "chair, attendance_text, pages, position, council, contact, header_text) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (doc_id, mk, m.committee, m.date.isoformat(), m.time, m.venue, m.chair, m.attendance_text,
                        json.dumps(m.pages), pos, m.council, m.contact, m.header_text))
    people = [("chair", [m.chair] if m.chair else []), ("present", m.present),
              ("in_attendance", m.in_attendance), ("apologies", m.apologies)]
    c.executemany("INSERT INTO attendance (meeting_id, name, role, position) VALUES (?, ?, ?, ?)",
                  [(mid, name, role, n) for role, names in people for n, name in enumerate(names)])
    c.executemany("INSERT INTO declarations (meeting_id, member, kind, item, text, withdrew, position) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [(mid, d.member, d.kind.value, d.item, d.text, int(d.withdrew), n)
                   for n, d in enumerate(m.declarations)])
    # a minute's key as the index gives it (two items printed "1." are two); an agenda entry's by its number
    entries: list[tuple[ItemKind, MinuteItem | AgendaItem, str]] = [
        ("minute", i, key) for i, key in zip(m.items, m.item_keys(), strict=True)]
    entries += [("agenda", a, item_key(mk, a.number, a.title)) for a in m.agenda]
    positions = {"minute": 0, "agenda": 0}
    for kind, it, key in entries:
        pack = it.pack_pages if isinstance(it, AgendaItem) else None
        iid = insert_row(c, "INSERT INTO items (meeting_id, item_key, kind, number, title, text, pages, exempt, "
                           "pack_pages, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (mid, key, kind, it.number, it.title, it.text,
                            json.dumps(it.pages), int(it.exempt), pack, positions[kind]))
        positions[kind] += 1
        if isinstance(it, MinuteItem):
            c.executemany("INSERT INTO resolutions (item_id, number, text, position, owner, due) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          [(iid, r.number, r.text, n, r.owner, r.due) for n, r in enumerate(it.resolutions)])
            c.executemany("INSERT INTO minute_references (item_id, minute, resolution, meeting_date, "
                          "municipal_year, text, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [(iid, r.minute, r.resolution, iso(r.meeting_date), r.municipal_year, r.text, n)
                           for n, r in enumerate(it.references)])
        else:
            c.executemany("INSERT INTO sections (item_id, title, kind, text, pages, exempt, position) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [(iid, s.title, s.kind.value, s.text, json.dumps(s.pages), int(s.exempt), n)
                           for n, s in enumerate(it.sections)])


def load_meeting(c: sqlite3.Connection, head: Copy, agenda: Copy | None, time: str | None, venue: str | None,
                 chair: str | None) -> Meeting:
    """A meeting from stored rows: attendance, declarations and minutes from ``head``, the agenda from ``agenda``."""
    people: dict[str, list[str]] = {"present": [], "in_attendance": [], "apologies": []}
    for name, role in c.execute("SELECT name, role FROM attendance WHERE meeting_id = ? ORDER BY position",
                                (head.id,)).fetchall():
        people.get(role, []).append(name)
    decls = [Declaration(member=m, kind=InterestKind(k), item=i, text=t, withdrew=bool(w)) for m, k, i, t, w
             in c.execute("SELECT member, kind, item, text, withdrew FROM declarations WHERE meeting_id = ? "
                          "ORDER BY position", (head.id,)).fetchall()]
    items = load_items(c, head.id, "minute")
    agenda_items = load_items(c, agenda.id, "agenda") if agenda else []
    return Meeting(
        committee=head.committee, council=head.council, date=head.date, time=time, venue=venue, chair=chair,
        contact=head.contact or (agenda.contact if agenda else None),
        attendance_text=head.attendance_text, header_text=head.header_text, declarations=decls,
        pages=head.pages,
        items=[i for _, i in items if isinstance(i, MinuteItem)],
        agenda=[i for _, i in agenda_items if isinstance(i, AgendaItem)], **people,
    )


def load_items(c: sqlite3.Connection, meeting_id: int, kind: ItemKind) -> list[tuple[int, MinuteItem | AgendaItem]]:
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
            refs[iid].append(MinuteReference(minute=minute, resolution=res, meeting_date=parse_date(date),
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
