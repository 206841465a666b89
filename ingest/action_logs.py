"""Follow-ups kept in an action log: a table in the minutes whose heading row names a column for the action and
columns for who, by when or where it stands ("Ref | Action | Owner | Due | Status", "Action | Lead | By when",
"Follow-up | Who | When").

A log may be written in prose, each action named by its reference with its subject in brackets and where it stands
after them ("Action ECS/18/03 (report on additional support needs assistant numbers) would now come to the August
meeting.", "Action 20/14 (breakdown of catch-up spend by school) - Mr Varma circulated the breakdown on 15 December.
Complete."), in the item where the meeting goes through its actions: each such sentence is a row.

Each row is an action of the meeting whose minutes first print it. A committee reprints its log at each meeting with
the rows brought up to date, so a row a later meeting's log prints again (the same reference, or where the log has
no references the same words) is the same action: it keeps its first meeting, and its status is the latest log's
("Complete – survey circulated 10 September", "Open – reply awaited"). A row without a status, or still open, is
outstanding, and overdue once its body's latest minutes are past its due date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import takewhile

from ingest.arising_entries import entry_at, says_done, says_scheduled
from ingest.resolution_asks import month_end
from minutebook import vocabulary as v
from minutebook.dates import find_dates
from minutebook.model import Action, ActionStatus, Citation, Meeting, MinuteItem, ParsedDocument, slug

LOGGED = "/log-"  # in the id of an action kept in an action log ("{meeting key}/{minute}/log-{ref}")
_COLUMNS = {role: re.compile(rf"^(?:{term.form})$", re.I) for role, term in v.ACTION_LOG_COLUMNS.items()}
_DONE = re.compile(rf"^\W*(?:{v.STATUS_DONE[0].form}|closed|finished|resolved|{v.RAG_DONE.form}\b)\b", re.I)
_SCHEDULED = re.compile("|".join(f"(?:{t.form})" for t in v.STATUS_SCHEDULED) + r"|^\W*scheduled\b", re.I)
# an action named in prose by its reference, its subject in brackets: "action ECS/17/22 (school meal debt write-off
# policy)", "Action 2022/14 (report on care at home capacity)"
_PROSE_ROW = re.compile(r"\bactions?\s+(?:no\.?\s*)?(?P<ref>[A-Za-z]{0,6}[\w/.-]*\d[\w/-]*)\s*"
                        r"\((?P<subject>[^()\n]{3,160})\)", re.I)
_REVIEWS_ACTIONS = re.compile(v.ACTIONS_REVIEWED.form, re.I)
_DONE_SAID = v.done_said()
_MOVED = re.compile(rf"\b(?:{v.MOVED_TO_MEETING.form})", re.I)
# a log printed without a heading row, in the item going through the actions: each line the action (its owner in
# brackets) and where it stands, the status cell opening with a status word ("On-call availability report (CFO)
# - Outstanding, due June 2028", "Draft budget and savings schedule (Treasurer) - Completed, Item 5")
_STATUS_CELL = re.compile(rf"^\W*(?:{v.alternation(v.STATUS_PENDING)}|{v.STATUS_DONE[0].form}|closed|open|"
                          r"scheduled)\b", re.I)
_REF_CELL = re.compile(r"^[A-Za-z]{0,6}[\w/.-]*\d[\w/.-]*$")  # "27", "TC25/053", "A21/10"
_OWNER_BRACKETED = re.compile(r"\((?P<owner>[A-Z][^()]{0,60})\)\s*$")
_DUE_SAID = re.compile(r"\b(?:due|by)\s+(?P<due>\S.*)$", re.I)


@dataclass(frozen=True)
class LogRow:
    """One row of an action log, its cells by column."""

    item: MinuteItem
    row: str  # as printed, cells separated by tabs
    ref: str | None
    text: str
    owner: str | None
    due: str | None
    status: str | None
    prose: bool = False  # a sentence of a log written in prose: ``status`` is its words after the subject
    subject: str | None = None  # the matter the row follows, where a column names it apart from the step taken


def names_minute(action: Action, minute: str | None) -> bool:
    """Is ``action`` a log's row whose reference is the minute ``minute`` ("TC25/053 | Defibrillator at Harbour car
    park - costs and consent | ...", "41 (4 Feb 26) | Retain subsidy for Route 22 | ...": the minute the row came
    from)?"""
    if not minute or LOGGED not in action.id:
        return False
    ref, wanted = action.id.rsplit(LOGGED, 1)[1], slug(minute)
    return bool(wanted) and (ref == wanted or ref.startswith(f"{wanted}-"))


def is_logged(action: Action) -> bool:
    """Is ``action`` a row of an action log (not a resolution's ask)? Its own row is the latest word on it, which
    the answerer reads where it quotes the row; the register lists it with the rest."""
    return LOGGED in action.id


def _heading(line: str, width: int | None = None) -> dict[str, int] | None:
    """The columns of an action log's heading row, by role; None where the row heads no action log (no action
    column, or nothing beside it of who, when or where it stands). ``width``: the cells of the row under it, where
    the heading prints fewer (two short names run together: see :func:`_run_together`)."""
    cells = [c.strip() for c in line.split("\t")]
    if width is not None and len(cells) < width:
        apart = [part for c in cells for part in _run_together(c)]
        cells = apart if len(apart) == width else cells
    roles: dict[str, int] = {}
    for k, cell in enumerate(cells):
        role = next((r for r, pattern in _COLUMNS.items() if r not in roles and pattern.match(cell)), None)
        if role is None and "status" in roles and "more_status" not in roles and _COLUMNS["status"].match(cell):
            role = "more_status"  # "Update | Status": a log may say where a row stands in two columns
        if role is None and cell:
            if len(cell.split()) > 3:
                return None  # a row of text, not of column names
            continue
        if role is not None:
            roles[role] = k
    return roles if "action" in roles and {"owner", "due", "status"} & set(roles) else None


def _run_together(cell: str) -> list[str]:
    """A heading cell as the columns it names, where the rows under it have more cells than the heading: two or
    three one-word column names printed closer than the table's gap ("Ref  Action" over "A1   Report on ...": a
    space-aligned log whose short names stand two spaces apart) are a column each; any other cell is itself."""
    words = cell.split()
    if not 1 < len(words) <= 3 or any(p.match(cell) for p in _COLUMNS.values()):
        return [cell]
    roles = [next((r for r, p in _COLUMNS.items() if p.match(w)), None) for w in words]
    return words if None not in roles and len(set(roles)) == len(roles) else [cell]


def log_rows(meeting: Meeting) -> list[LogRow]:
    """The rows of every action log the meeting's minutes print, in order."""
    out: list[LogRow] = []
    for item in meeting.items:
        columns: dict[str, int] | None = None
        before = ""
        lines = item.text.split("\n")
        for k, line in enumerate(lines):
            if "\t" not in line:
                columns, before = None, line  # a table ends where a line of text begins
                continue
            # (the most cells of a row under it: a row whose cells stood two spaces apart prints fewer)
            below = max((len(row.split("\t")) for row in takewhile(lambda r: "\t" in r, lines[k + 1:])), default=None)
            if (heading := _heading(line, below)) is not None:
                columns = heading
                continue
            cells = [c.strip() for c in line.split("\t")]
            if columns is None and len(before.split()) == len(cells):
                # a heading of one-word column names on the line above, its cells run together with spaces: a
                # PDF whose table starts on the next page leaves its heading row behind as a line of text
                columns = _heading("\t".join(before.split()))
            before = ""
            if columns is None:
                if (headless := _headless_row(item, line, cells)) is not None:
                    out.append(headless)
                continue

            def cell(role: str, cells: list[str] = cells, columns: dict[str, int] = columns) -> str | None:
                k = columns.get(role)
                return cells[k] if k is not None and k < len(cells) and cells[k] else None

            text, ref, subject, due = cell("action"), cell("ref"), cell("subject"), cell("due")
            if subject and ref is None and _REF_CELL.match(subject):
                ref, subject = subject, None  # an "Item" column of numbers: the rows' references
            if text:
                # of two status columns, the one that says the row is done or fixed ("Closed" beside "Notice issued
                # on 6 July"), else the first
                said = [c for c in (cell("status"), cell("more_status")) if c]
                if not said and due and _DONE.search(due):
                    said, due = [due], None  # a log with no status column marks a row done in its date's ("Completed")
                # (done before fixed: "Order placed 12 June; switch-on booked for 29 November | Done")
                status = next((c for c in said if _DONE.search(c)),
                              next((c for c in said if _SCHEDULED.search(c)), said[0] if said else None))
                out.append(LogRow(item, line.strip(), ref, f"{subject} – {text}" if subject else text,
                                  cell("owner"), due, status, subject=subject))
        out += prose_rows(item)
    return out


def _headless_row(item: MinuteItem, line: str, cells: list[str]) -> LogRow | None:
    """A row of a log printed without a heading row, in the item where the meeting goes through its actions: the
    action (its reference before it, its owner in brackets after it) and, last, where it stands, opening with a status
    word; None for any other line of cells."""
    cells = [c for c in cells if c]
    if len(cells) < 2 or not _REVIEWS_ACTIONS.search(item.title) or not _STATUS_CELL.match(cells[-1]):
        return None
    ref = cells[0] if len(cells) == 3 and _REF_CELL.match(cells[0]) else None
    if len(cells) != (3 if ref else 2):
        return None
    text, status = cells[-2], re.sub(r"^[\s–—-]+", "", cells[-1])
    owner = _OWNER_BRACKETED.search(text)
    due = _DUE_SAID.search(status)
    return LogRow(item, line.strip(), ref, text, owner.group("owner") if owner else None,
                  due.group("due") if due else None, status)


def prose_rows(item: MinuteItem) -> list[LogRow]:
    """The rows of an action log the item writes in prose, where the meeting goes through its actions: each action
    named by its reference with its subject in brackets, its row the sentence (or point) naming it, verbatim."""
    if not _REVIEWS_ACTIONS.search(item.title):
        return []
    named = list(_PROSE_ROW.finditer(item.text))
    out: list[LogRow] = []
    for m in named:
        entry = _first_lines(entry_at(item.text, m.start(), [o.start() for o in named if o is not m]))
        said = entry.find(m.group(0))
        if not entry or said < 0:
            continue
        out.append(LogRow(item, entry, m.group("ref"), m.group("subject").strip(), None, None,
                          entry[said + len(m.group(0)):].strip(), prose=True))
    return out


def _first_lines(entry: str) -> str:
    """The entry up to the first of its lines that closes a sentence: a row written in prose ends there, not with
    the decision printed under it ("... would now come / to the August meeting." / "Decision" / "The Committee noted
    the action log")."""
    lines = entry.split("\n")
    end = next((k for k, line in enumerate(lines) if re.search(r"[.!?]\W*$", line)), len(lines) - 1)
    return "\n".join(lines[:end + 1]).strip()


def _due(cell: str, held: dt.date) -> dt.date | None:
    """The date a due cell gives ("31 March 2024"; "September 2021": its last day), read from the meeting's day."""
    found = find_dates(cell, held, prefer_future=True)
    if not found:
        return None
    d = found[0].date
    return d if found[0].day_given else month_end(d.year, d.month)


def _same(text: str) -> str:
    """A row's words as a key: the same action reprinted, whatever its punctuation or case."""
    return " ".join(sorted(set(re.findall(r"[a-z0-9]+", text.lower()))))


def _status(row: LogRow) -> ActionStatus | None:
    """Where the row says the action stands: done, scheduled, or (None) still to do."""
    said = row.status or ""
    if row.prose:  # the words after the subject: "had been completed and could be removed", "would now come to ..."
        if _DONE_SAID.search(said) or says_done(said):
            return ActionStatus.COMPLETED
        return ActionStatus.SCHEDULED if says_scheduled(said) or _MOVED.search(said) else None
    if _DONE.search(said):
        return ActionStatus.COMPLETED
    if _SCHEDULED.search(said):
        return ActionStatus.SCHEDULED
    return None


def logged_actions(minutes: list[tuple[ParsedDocument, Meeting]], as_of: dt.date, *,
                   by_body: bool = True) -> list[Action]:
    """The actions of the action logs in ``minutes`` (each meeting's minutes once, oldest first), each with the
    status its latest row gives, as of ``as_of``: overdue as of its body's latest minutes by then (``by_body``), or
    as of ``as_of`` itself (a day asked for)."""
    found: dict[tuple[str, str], Action] = {}
    said: dict[tuple[str, str], ActionStatus | None] = {}
    for doc, meeting in minutes:
        if meeting.date > as_of:
            continue
        rows = log_rows(meeting)
        # a reference several rows of one log share, in different words, names the minute they came from ("41 (4 Feb
        # 26)" on each recommendation of minute 41 in a scrutiny tracker), not the row: with its words it does (a row
        # printed again in another item, the log reviewed and then reprinted in fewer words, is one row)
        shared = {(id(r.item), r.ref.lower()) for r in rows if r.ref and len(
            {_same(o.text) for o in rows if o.item is r.item and o.ref and o.ref.lower() == r.ref.lower()}) > 1}
        for k, row in enumerate(rows, 1):
            ref = row.ref.lower() if row.ref else None
            apart = (id(row.item), ref) in shared
            key = (slug(meeting.committee), _same(row.subject or row.text) if ref is None else
                   f"{ref} {_same(row.text)}" if apart else ref)
            cite = Citation(committee=meeting.committee, meeting_date=meeting.date, minute=row.item.cited,
                            item_title=row.item.title, document=doc.source, quote=row.row)
            action = found.get(key)
            if action is None:
                # the row's own reference ("tc25-053"; "41-4-feb-26-2" for the second row of several from minute 41)
                own = str(k) if ref is None else f"{slug(ref)}-{k}" if apart else slug(ref)
                action = Action(id=f"{meeting.key_of(row.item)}{LOGGED}{own}",
                                committee=meeting.committee, meeting_date=meeting.date, minute=row.item.cited,
                                item_title=row.item.title, text=row.text, owner=row.owner,
                                due=_due(row.due, meeting.date) if row.due else None)
            found[key] = action.model_copy(update={"evidence": [*action.evidence, cite]})
            said[key] = _status(row)
    latest: dict[str, dt.date] = {}  # each body's latest minutes: what its logs' due dates are read against
    for _, meeting in minutes:
        if meeting.date <= as_of and by_body:
            key_ = slug(meeting.committee)
            latest[key_] = max(meeting.date, latest.get(key_, meeting.date))
    out: list[Action] = []
    for key, action in found.items():
        status = said[key]
        if status is None:
            seen_by = latest.get(slug(action.committee), as_of)
            status = ActionStatus.OVERDUE if action.due and seen_by > action.due else ActionStatus.OUTSTANDING
        out.append(action.model_copy(update={"status": status}))
    return out
