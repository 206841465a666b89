"""The follow-up tracker: actions arising from resolutions, and where each one stands.

Scrutiny officers keep an *implementation monitoring schedule*: each recommendation the
committee made, who is to act, by when, and whether it was done. This module builds
that register from the papers themselves.

:func:`extract_actions` reads each resolution of a meeting's minutes (the wording of an ask, its owner and due
date are read in :mod:`ingest.resolution_asks`; a minutes' own action log in :mod:`ingest.action_logs`). A
resolution is an
*action* when it asks for something to happen after the meeting: a report to come back
("be submitted", "be brought"), information circulated, provided, shared or sent, a
matter forwarded or referred to another body, a visit or session arranged, something
reviewed or explored, "consideration be given as to", the committee to "receive
information", or a named officer to submit, provide, circulate, make, issue, notify, publish, commission, obtain,
contact, consult, draft or order something.
Noting, receiving a report, supporting, endorsing and approving are not actions, nor is
what the committee merely notes will happen ("notes that the measures will be shared"),
nor procedure: minutes approved as a correct record, the next meeting, thanks placed on
record, the work programme approved, updated or noted, the press and public excluded.
A resolution with several asks is one action.

The *owner* is the officer named as the subject ("That the Head of Service, Early Help
submit ...", "That the Commissioning Team be asked to ..."), or the "by the ..." of a
passive ask. The *due* date is resolved against the meeting date by the first rule that
applies: "in six months' time", "in 4 months", "within 12 weeks", "within 28 days", "in
a fortnight", "in approximately six months" (that long after the meeting); a date
written on or after the meeting ("to the 22 September 2020 meeting"), a month without a
day ("during September, 2018") being due by its last day; "the December meeting" or
"the meeting in December" (the end of the next such month after the meeting's month);
"next year" (31 December of the next year); "later this year" or "by the end of the
year" (31 December); "by the end of the municipal year" (the next 30 April); "the next
meeting" (as the same minutes fix it).

:func:`track` gives each action its status from the later papers of the same committee
(dated after the meeting and no later than ``as_of``):

* COMPLETED: its monitoring-schedule row (decided on the meeting date, closest in words)
  reads "Completed" or records it circulated, provided or considered on a date; a later
  minute opens "Further to Minute No. N" of that meeting and presents the report asked
  for, or the same subject comes back to a later meeting in time; a later minute or
  paper records it circulated on a date, or that it "had been circulated".
* SCHEDULED: a later agenda carries the subject, a work programme lists it for a later
  meeting, or a schedule row or paper reads "on agenda for" / "scheduled for" a date.
* otherwise OUTSTANDING, or OVERDUE once the committee's latest paper is past the due date (another body's later
  papers say nothing of it), or once ``as_of`` is, where a day is asked for.

"In time" is by the due date plus three months, or within a year when no date was set.
Matching is by shared content words, never by the layout of one council's papers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest.action_logs import logged_actions, names_minute
from ingest.arising_entries import entry_at, lettered_mentions, opens_on_reference, says_done, says_scheduled
from ingest.commitments import commitments
from ingest.resolution_asks import (
    CIRCULATION,
    MONTH_NAMES,
    NEXT_MEETING_HELD,
    REPORT_ASK,
    find_due,
    find_owner,
    is_action,
    month_end,
)
from minutebook import vocabulary as v
from minutebook.dates import MONTHS, find_dates
from minutebook.model import (
    Action,
    ActionStatus,
    AgendaItem,
    Citation,
    DocumentKind,
    Meeting,
    MinuteItem,
    MinuteReference,
    ParsedDocument,
    slug,
    standing_body,
)

if TYPE_CHECKING:
    from ingest.catalogue import Catalogue

def _next_meeting(meeting: Meeting) -> dt.date | None:
    """The date these minutes fix for the next meeting, if they fix one."""
    for res in (r for item in meeting.items for r in item.resolutions if NEXT_MEETING_HELD.search(r.text)):
        later = [f.date for f in find_dates(res.text, meeting.date) if f.day_given and f.date > meeting.date]
        if later:
            return later[0]
    return None


def extract_actions(meeting: Meeting) -> list[Action]:
    """The actions arising from the resolutions of one meeting's minutes, in minute order.

    The id is ``{item key}/{resolution}`` (``{meeting key}/{minute}``, the minute's title standing in for a missing
    number; two items printing one number told apart as the index tells them, see
    :meth:`~minutebook.model.Meeting.item_keys`), and the resolution's place in the item for an unnumbered
    resolution.
    """
    out: list[Action] = []
    next_meeting = _next_meeting(meeting)
    for key, item in meeting.keyed_items().items():
        for k, res in enumerate(item.resolutions, 1):
            if res.owner or is_action(res.text):  # a tagged follow-up ("Action: Clerk to ...") names its owner
                out.append(Action(id=f"{key}/{res.number or k}", committee=meeting.committee,
                                  meeting_date=meeting.date, minute=item.cited, resolution=res.number,
                                  item_title=item.title, text=res.text, owner=res.owner or find_owner(res.text),
                                  due=find_due(res.due or res.text, meeting.date, next_meeting)))  # fmt: skip
    return out


def commitment_actions(meeting: Meeting) -> list[Action]:
    """The work the minutes' prose promises, outside any decision (:mod:`ingest.commitments`), as actions."""
    out: list[Action] = []
    for k, c in enumerate(commitments(meeting), 1):
        out.append(Action(id=f"{meeting.key_of(c.item)}/said-{k}", committee=meeting.committee,
                          meeting_date=meeting.date, minute=c.item.cited, item_title=c.item.title, text=c.text,
                          owner=c.owner, due=find_due(c.text, meeting.date, _next_meeting(meeting))))  # fmt: skip
    return out


PROMISE = re.compile(  # "The issue would be pursued and circulated to Members when received."
    r"\b(?:would|will)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:pursued|chased|circulated|provided|sent|shared|submitted"
    r"|brought|reported|followed\s+up)\b", re.I)
ARISING = re.compile(r"^\s*arising\s+from\s+minute\b", re.I)


def arising_actions(meeting: Meeting, minutes: list[tuple[ParsedDocument, Meeting]]) -> list[Action]:
    """Follow-ups recorded as matters arising whose own minute is not in the papers.

    "Arising from Minute No. 13(3) (Domestic Abuse Update), it was noted that efforts had been made to obtain
    the action plan ... The issue would be pursued and circulated to Members when received." is a commitment
    made at this meeting. When the minute it arises from is among the papers, the note is evidence about that
    minute's own action instead (see :func:`track`), and no second action is made.
    """
    out: list[Action] = []
    for key, item in meeting.keyed_items().items():
        previous = find_dates(item.title, meeting.date, prefer_future=False)  # "Minutes of the meeting held on ..."
        for ref in item.references:
            if not ARISING.match(ref.text):
                continue
            note = next((p.strip() for p in item.text.split("\n") if ref.text in p), ref.text)
            if not PROMISE.search(note):
                continue
            held = ref.meeting_date or (previous[0].date if previous else None)
            if any(m.date < meeting.date and (held is None or m.date == held)
                   and any(i.number == ref.minute for i in m.items) for _, m in minutes):
                continue  # the earlier minute is in the papers: its own action carries this
            source = f"{ref.minute}({ref.resolution})" if ref.resolution else ref.minute
            out.append(Action(id=f"{key}/arising-{source}",
                              committee=meeting.committee, meeting_date=meeting.date, minute=item.cited,
                              item_title=item.title, text=note, owner=find_owner(note),
                              due=find_due(note, meeting.date, _next_meeting(meeting))))  # fmt: skip
    return out


# ----------------------------------------------------------------------------- evidence in later papers

_STOP = frozenset(  # the words of every request and every reply: they match anything
    re.split(r"\s+", """a an and any are as at be been by each for from further had has have if in into is it its of
    more on or such that the their them there these they this those to was were when which who will with within would
    members member report reports update updates information circulated circulate submitted submit provided provide
    meeting meetings brought bring regard regarding progress detail detailed minute minutes previous held next date
    time""")
)
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b"
DONE = re.compile(  # "Information circulated 3 August", "had been circulated", "29 July 2020: Scope circulated"
    rf"(?<!\bbe\s)(?<!\bbeen\s)\b(?:circulated|provided|considered|received|presented|sent|shared|forwarded)\b"
    rf"[^.;\t\n]{{0,60}}?\b{_DAY_MONTH}|\bhad\s+been\s+(?:circulated|provided|sent|shared|forwarded|submitted)\b"
    rf"|\b{_DAY_MONTH}(?:,?\s+\d{{4}})?\s*[:–-]\s*[^.;\t\n]{{0,40}}?\b(?:circulated|provided|sent|shared)\b",
    re.I,
)
COMPLETED_WORD = re.compile(r"\bcompleted\b", re.I)
# a row or paper listing it for a later meeting: "On agenda for 22 September", "On the work programme for 10 June 2025"
SCHEDULED = re.compile(rf"\b(?:{v.LISTED_FOR.form}|scheduled\s+for)\s+(?:the\s+)?(?:\d|{MONTH_NAMES})", re.I)
STATUS_CELL = re.compile(rf"{DONE.pattern}|{COMPLETED_WORD.pattern}|{SCHEDULED.pattern}|\bchased\b", re.I)
PROGRESS = re.compile(r"\b(?:chased|reminder\s+sent|awaiting|requested|pending|followed\s+up|yet\s+to)\b", re.I)
DECISION_DATE = re.compile(r"^\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2}|\d{4})\b")
SCHEDULE_HEADER = re.compile(r"monitoring\s+schedule|^\s*(?:decision|date|updated)\b|^[\s|-]*$", re.I)
_BOUNDARY = re.compile(r"(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bCllr)\.\s+|[\t\n]")


def tokens(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """Content words, cut to their first six letters, for matching a request to its evidence."""
    words = re.findall(r"\b[a-z][a-z0-9]*\b", text.lower().replace("’", "'"))
    return {w[:6] for w in words if w not in _STOP and len(w) > 1 and w not in MONTHS} - ignore


def _overlap(a: set[str], b: set[str], least: int) -> float:
    """Shared words as a share of the shorter text's, and nothing unless at least ``least`` are shared."""
    common = len(a & b)
    return common / min(len(a), len(b)) if common >= least else 0.0


def _sentence(text: str, at: int) -> str:
    """The sentence (or table cell) of ``text`` around position ``at``, verbatim."""
    start, end = 0, len(text)
    for m in _BOUNDARY.finditer(text):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start() + (text[m.start()] == ".")
            break
    return text[start:end].strip()


@dataclass(frozen=True)
class _Record:
    """One row or line of a later paper, with the dates it speaks for."""

    held: dt.date  # the meeting whose pack prints it
    text: str
    kind: str  # "schedule" (a monitoring schedule row), "programme" (a work programme row) or "paper"
    date: dt.date | None  # schedule: the decision date; programme: the meeting the row lists it for
    cite: Citation


def _records(doc: ParsedDocument, meeting: Meeting) -> list[_Record]:
    """The rows and lines of the papers in a pack."""
    out: list[_Record] = []
    for agenda_item in meeting.agenda:
        for section in agenda_item.sections:
            page = section.pages[0] if section.pages else None
            cite = Citation(committee=meeting.committee, meeting_date=meeting.date, item_title=agenda_item.title,
                            document=doc.source, page=page)  # fmt: skip
            if section.kind == DocumentKind.MONITORING_SCHEDULE:
                rows: list[tuple[dt.date, str]] = []
                for line in section.text.split("\n"):
                    if m := DECISION_DATE.match(line):
                        y = int(m.group("y"))
                        rows.append((dt.date(y + 2000 if y < 100 else y, int(m.group("m")), int(m.group("d"))), line))
                    elif rows and not SCHEDULE_HEADER.search(line):
                        rows[-1] = (rows[-1][0], rows[-1][1] + "\n" + line)  # a row carried over a page break
                out += [_Record(meeting.date, text, "schedule", d, cite) for d, text in rows]
                continue
            listed: dt.date | None = None
            for line in section.text.split("\n"):
                if section.kind == DocumentKind.WORK_PROGRAMME:  # rows run on through the municipal year
                    found = find_dates(line.split("\t")[0], listed or meeting.date, prefer_future=listed is not None)
                    if found and found[0].start == 0:
                        listed = found[0].date
                    elif "\t" not in line:
                        listed = None  # not a table row: the meetings' rows have ended
                    out.append(_Record(meeting.date, line, "programme", listed, cite))
                out.append(_Record(meeting.date, line, "paper", None, cite))
    return out


def _words(action: Action) -> tuple[frozenset[str], set[str]]:
    """The committee's own name (which every paper prints, so proves nothing) and the action's words."""
    name = frozenset(tokens(action.committee))
    return name, tokens(action.text, name)


def _schedule_rows(actions: list[Action], records: list[_Record]) -> dict[str, list[_Record]]:
    """Give each monitoring-schedule row to the one action it records: decided that day, closest in words."""
    best: dict[int, tuple[float, str]] = {}
    for action in actions:
        name, asked = _words(action)
        words = asked | tokens(action.item_title, name)
        for i, r in enumerate(records):
            if r.kind != "schedule" or r.date != action.meeting_date or r.cite.committee != action.committee:
                continue
            recommended = " ".join(c for c in re.split(r"[\t\n]", r.text)[1:] if not STATUS_CELL.search(c))
            score = _overlap(words, tokens(recommended, name), 2)
            if score >= 0.5 and score > best.get(i, (0.0, ""))[0]:
                best[i] = (score, action.id)
    out: dict[str, list[_Record]] = {}
    for i, (_, action_id) in sorted(best.items()):
        out.setdefault(action_id, []).append(records[i])
    return out


def _latest_word(row: str, progress: list[tuple[str, re.Match[str]]], ref: dt.date | None) -> str:
    """The latest word of progress a schedule row prints: from its latest dated remark ("Chased 6 February 2024",
    not the earlier chases in the same cell) to the end of the row's remarks, so an undated one in the next cell
    ("Reviewing authority yet to finalise report") is said with it, not instead of it."""

    def said(k: int) -> str:
        cell, m = progress[k]
        after = next((m2.start() for c2, m2 in progress[k + 1:] if c2 is cell), len(cell))
        return cell[m.start():after]

    dated = [(max(f.date for f in found), k) for k in range(len(progress))
             if (found := find_dates(said(k), ref, prefer_future=False))]
    k = max(dated)[1] if dated else len(progress) - 1
    cell, m = progress[k]
    last_cell = progress[-1][0]
    start = row.find(cell) + m.start()
    end = row.find(last_cell, start) + len(last_cell) if last_cell is not cell else row.find(cell) + len(cell)
    return row[start:end].strip() if start <= end else cell[m.start():].strip()


def _schedule_status(row: str, ref: dt.date | None = None) -> tuple[ActionStatus | None, str]:
    """What a schedule row says of progress, and the cell that says it."""
    cells = [c.strip() for c in re.split(r"[\t\n]", row) if c.strip()]
    cells = [c for c in cells if not re.match(r"(?:\d\.\s*)?that\b", c, re.I)]  # not the recommendation itself
    if done := next((c for c in cells if DONE.search(c) or COMPLETED_WORD.search(c)), None):
        return ActionStatus.COMPLETED, done
    if listed := next((c for c in cells if SCHEDULED.search(c)), None):
        return ActionStatus.SCHEDULED, listed
    progress = [(c, m) for c in cells for m in PROGRESS.finditer(c)]
    if progress:  # "Chased 6 June 2023 Chased 14 September 2023 Chased 6 February 2024": the latest word on it
        return None, _latest_word(row, progress, ref)
    that = re.search(r"\bthat\b", row, re.I)  # no word of progress: cite the recommendation as the schedule prints it
    return None, _sentence(row, that.start()) if that else row.strip()


def _schedule_due(rows: list[_Record]) -> dt.date | None:
    """The completion date a monitoring schedule's row gives ("March 2023": its last day), if any."""
    for r in rows:
        for cell in [c.strip() for c in re.split(r"[\t\n]", r.text)][1:]:
            if len(cell) > 30 or STATUS_CELL.search(cell) or PROGRESS.search(cell):
                continue
            found = find_dates(cell, r.held, prefer_future=False)
            if found and found[0].explicit_year:
                d = found[0].date
                return d if found[0].day_given else month_end(d.year, d.month)
    return None


def _refers_to(action: Action, ref: MinuteReference, later: dt.date) -> bool:
    """Does "Minute No. N" mean the action's meeting? Numbers restart each municipal year (from May)."""
    if ref.meeting_date:
        return ref.meeting_date == action.meeting_date
    if ref.municipal_year:
        start = int(ref.municipal_year[:4])
        return dt.date(start, 5, 1) <= action.meeting_date < dt.date(start + 1, 5, 1)
    return (later - action.meeting_date).days <= 366


Found = list[tuple[ActionStatus | None, Citation]]


def _evidence(action: Action, papers: list[tuple[ParsedDocument, Meeting]], records: list[_Record],
              rows: list[_Record], as_of: dt.date) -> Found:  # fmt: skip
    """What later papers say about one action: the status each shows (None: word of it, not done) and where."""
    name, asked = _words(action)
    subject = asked | tokens(action.item_title, name)
    window = (action.due + dt.timedelta(days=92)) if action.due else action.meeting_date + dt.timedelta(days=366)
    report = bool(REPORT_ASK.search(action.text)) and not CIRCULATION.search(action.text)
    found: Found = []

    def later(d: dt.date) -> bool:
        return action.meeting_date < d <= as_of

    def comes_back(held: dt.date, title: str) -> bool:
        """Is a later item the report asked for, in time? Its title is in the action's words."""
        words = tokens(title, name)
        return report and held <= window and bool(words & asked) and _overlap(subject, words, 2) >= 0.6

    def quote(r: _Record, text: str) -> Citation:
        return r.cite.model_copy(update={"quote": text.strip()})

    for r in rows:
        if later(r.held):
            status, cell = _schedule_status(r.text, r.held)
            found.append((status, quote(r, cell)))
    for r in records:
        if standing_body(r.cite.committee) != standing_body(action.committee) or not later(r.held):
            continue
        if r.kind == "programme" and r.date and action.meeting_date < r.date <= window and report:
            cells = [c for c in r.text.split("\t") if c.strip() and not re.match(r"\s*resolved", c, re.I)]
            if _overlap(asked, tokens(" ".join(cells), name), 3) >= 0.5:
                found.append((ActionStatus.SCHEDULED, quote(r, max(cells, key=lambda c: len(tokens(c) & asked)))))
        elif r.kind == "paper" and len(asked & tokens(r.text, name)) >= max(3, len(asked) / 2):
            done = DONE.search(r.text)
            if done and any(f.day_given and f.date >= action.meeting_date
                            for f in find_dates(done.group(0), r.held, prefer_future=False)):  # fmt: skip
                found.append((ActionStatus.COMPLETED, quote(r, _sentence(r.text, done.start()))))
            elif report and (listed := SCHEDULED.search(r.text)):
                found.append((ActionStatus.SCHEDULED, quote(r, _sentence(r.text, listed.start()))))

    for doc, meeting in papers:
        if standing_body(meeting.committee) != standing_body(action.committee) or not later(meeting.date):
            continue
        for agenda_item in meeting.agenda:
            if comes_back(meeting.date, agenda_item.title):
                found.append((ActionStatus.SCHEDULED, _cite(doc, meeting, agenda_item, agenda_item.title)))
        for item in meeting.items:
            opens = opens_on_reference(item.text)
            named = [max(item.text.find(r.text), 0) for r in item.references]
            for n, ref in enumerate(item.references):
                same_res = not (ref.resolution and action.resolution) or ref.resolution == action.resolution
                if ref.minute != action.minute or not same_res or not _refers_to(action, ref, meeting.date):
                    continue
                at = named[n]
                said = _sentence(item.text, at + 1)
                shown = bool(DONE.search(said)) and bool(ref.resolution or _overlap(asked, tokens(said, name), 2))
                shown |= n == 0 and opens and at <= 20 and report  # "Further to Minute No. N ..., presented a report"
                # matters arising's entry for the minute: its status may close it ("... Action completed.")
                entry = entry_at(item.text, at, [o for o in named if o != at])
                on_it = bool(entry) and _overlap(asked, tokens(entry, name), 2) > 0
                shown |= on_it and says_done(entry)
                if shown or ref.resolution or on_it:  # else a passing mention, not word of this action
                    # an entry that fixes a day for it ("interviews were scheduled for 19 October 2026"): scheduled
                    fixed = on_it and (SCHEDULED.search(entry) is not None or says_scheduled(entry))
                    found.append((ActionStatus.COMPLETED if shown else ActionStatus.SCHEDULED if fixed else None,
                                  _cite(doc, meeting, item, entry if on_it else said)))
            if (meeting.date - action.meeting_date).days <= 366:  # "- Bus shelter (PH67c): ... Complete."
                mentions = lettered_mentions(item.text, action.minute or "")
                entries = [entry_at(item.text, at, [o for o, _ in mentions if o != at]) for at, part in mentions
                           if not (part and action.resolution and part != action.resolution.lower())]
                # of a minute's parts ("(PH67a)" ... "(PH67d)"), the one entry on this action: most of its words
                best = max(entries, key=lambda e: len(asked & tokens(e, name)), default="")
                if best and _overlap(asked, tokens(best, name), 2) > 0:
                    closed = ActionStatus.COMPLETED if says_done(best) else \
                        ActionStatus.SCHEDULED if SCHEDULED.search(best) or says_scheduled(best) else None
                    found.append((closed, _cite(doc, meeting, item, best)))
            if comes_back(meeting.date, item.title):
                found.append((ActionStatus.COMPLETED, _cite(doc, meeting, item, _sentence(item.text, 0))))
    return found


def _cite(doc: ParsedDocument, meeting: Meeting, item: MinuteItem | AgendaItem, quote: str) -> Citation:
    """A later minute (or agenda item) as evidence, with the words that show it."""
    minute = item.cited if isinstance(item, MinuteItem) else None
    return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=minute, item_title=item.title,
                    document=doc.source, page=item.pages[0] if item.pages else None, quote=quote)  # fmt: skip


def _minutes(docs: list[ParsedDocument]) -> list[tuple[ParsedDocument, Meeting]]:
    """Each meeting's minutes once, however many papers print them: the minutes' own file first, items merged."""
    seen: dict[str, tuple[ParsedDocument, Meeting]] = {}
    for doc in sorted(docs, key=lambda d: (d.kind != DocumentKind.MINUTES, d.source)):
        for meeting in (m for m in doc.meetings if m.has_minutes):
            if meeting.key not in seen:
                seen[meeting.key] = (doc, meeting)
                continue
            first_doc, first = seen[meeting.key]
            known = {i.number or i.title for i in first.items}
            extra = [i for i in meeting.items if (i.number or i.title) not in known]
            if extra:
                seen[meeting.key] = (first_doc, first.model_copy(update={"items": first.items + extra}))
    return sorted(seen.values(), key=lambda dm: dm[1].date)


def _status(action: Action, found: Found, as_of: dt.date) -> ActionStatus:
    shown = {s for s, _ in found}
    for status in (ActionStatus.COMPLETED, ActionStatus.SCHEDULED):
        if status in shown:
            return status
    return ActionStatus.OVERDUE if action.due and as_of > action.due else ActionStatus.OUTSTANDING


def track(docs: list[ParsedDocument], as_of: dt.date | None = None) -> list[Action]:
    """The register: every action in the minutes among ``docs``, with its status and evidence from later papers.

    ``as_of`` defaults to the date of the latest paper; papers dated after it are not read. The result
    depends only on the arguments (not their order): statuses are recomputed from all the papers each time.
    """
    minutes = _minutes(docs)
    packs = {m.key: (doc, m) for doc in sorted(docs, key=lambda d: d.source, reverse=True) for m in doc.meetings
             if m.agenda and not m.has_minutes}  # each pack once, however many formats of it are given
    papers = minutes + list(packs.values())
    if not papers:
        return []
    asked_day = as_of is not None  # a day asked for: overdue as of that day, whatever was printed by then
    as_of = as_of or max(m.date for _, m in papers)
    records = [r for doc, m in papers for r in _records(doc, m)]
    # else overdue as of the body's own latest paper: another body's later papers say nothing of its follow-ups
    latest: dict[str, dt.date] = {}
    for _, m in papers:
        if m.date <= as_of and not asked_day:
            latest[slug(m.committee)] = max(m.date, latest.get(slug(m.committee), m.date))
    actions = [a for _, m in minutes if m.date <= as_of  # meeting by meeting, in minute order
               for a in sorted([*extract_actions(m), *arising_actions(m, minutes), *commitment_actions(m)],
                               key=lambda a: _natural(a.minute))]
    rows = _schedule_rows(actions, records)
    logged = logged_actions(minutes, as_of, by_body=not asked_day)  # kept in the minutes' own action logs
    register: list[Action] = list(logged)
    asks = Counter((a.committee, a.meeting_date, a.minute) for a in actions)  # each minute's asks
    for action in actions:
        found = _evidence(action, papers, records, rows.get(action.id, []), as_of)
        evidence = sorted({(c.document, c.quote): c for _, c in found}.values(), key=lambda c: c.meeting_date)
        # a sentence of an entry found whole as well ("- Mill Lane potholes (PH67a): The Clerk wrote ..."): the entry
        evidence = [c for c in evidence if not any(o.quote != c.quote and o.document == c.document
                                                   and o.meeting_date == c.meeting_date and c.quote in o.quote
                                                   for o in evidence)]
        if action.due is None:  # the date a monitoring schedule sets for it ("Completion date: March 2023")
            action = action.model_copy(update={"due": _schedule_due(rows.get(action.id, []))})
        status = _status(action, found, min(as_of, latest.get(slug(action.committee), as_of)))
        alone = asks[(action.committee, action.meeting_date, action.minute)] == 1
        if (row := _logged_as(action, logged, alone=alone)) is not None:
            # the action log's row for it ("A21/10 | Outline business case for Haddon food waste roll-out | ... | On
            # track"), as the latest log prints it, is the latest word on it
            # (of a meeting's rows for it, the fullest: a log reviewed with its updates, then reprinted bare)
            status, evidence = row.status, sorted(row.evidence, key=lambda c: (c.meeting_date, len(c.quote)))
        register.append(action.model_copy(update={"status": status, "evidence": evidence}))
    return register


LOGGED_MATCH = 0.75  # least share of a log row's words the decision's must hold for the row to be its action
DUE_ROW_WORDS = 2  # least words of a later log's row found by its due month and the decision's words
NAMED_SHARED = 2  # least words a row naming the decision's minute must share with it to be its row


def _logged_as(action: Action, logged: list[Action], *, alone: bool = False) -> Action | None:
    """The action log row the minutes keep for ``action`` (a decision's ask): a row of the same body's log, first
    printed at its meeting or after, nearly all of whose words the decision holds ("Notify both councils of 2022/23
    garden waste charge" for "that the charge be recommended to both councils"); None where no row, or more than one,
    is so close."""
    name = frozenset(tokens(action.committee))
    asked = tokens(action.text, name)  # (``alone``: the one ask of its minute)
    body = standing_body(action.committee)  # (its annual meeting's actions are kept in its ordinary meetings' log)
    ours = [a for a in logged if standing_body(a.committee) == body and a.meeting_date >= action.meeting_date]
    # a log's row that names the decision's minute and shares its words ("TC25/053 | Defibrillator at Harbour car park
    # - costs and consent | ... | Open" for "that the Clerk obtain costs for ... a defibrillator ... and seek
    # permission"): the row kept on it, though it puts it in fewer words; the same meeting's log as well as a later
    # one's ("PA/25/02 | Write to Friends of Queen's Gardens re bandstand" under the minute's own "ACTION: ... to
    # write to the Friends of Queen's Gardens"), whose row a later log brings up to date
    # (the meeting's own log naming the minute, its row first printed there, is the row on the minute's one ask on a
    # word shared: "27 | Update on agency social workers | Rachel Ibbotson | Spring 2028" under minute 27's "an update
    # on agency use be brought to the Panel in spring 2028", its other words the log's shorthand; of a minute asking
    # several things, "The Director agreed to model that option" beside "That the Director report the outcome of the
    # consultation", the row is the one sharing more)
    named = [(len(asked & tokens(a.text, name)), a) for a in ours
             if a.meeting_date >= action.meeting_date and names_minute(a, action.minute)]
    named = [(n, a) for n, a in named if n >= (1 if alone and a.meeting_date == action.meeting_date else NAMED_SHARED)]
    if named:
        most = max(n for n, _ in named)
        best = [a for n, a in named if n == most]
        return best[0] if len(best) == 1 else None
    close = [a for a in ours if _overlap(asked, words := tokens(a.text, name), 3)
             and len(asked & words) >= LOGGED_MATCH * len(words)]
    if close:
        return close[0] if len(close) == 1 else None
    # a later log's row put in the log's shorthand, due when the decision asked ("30/02 | On-call recruitment progress
    # report | DCFO | September 2030 | Scheduled" for minute "ON-CALL RECRUITMENT CAMPAIGN"'s "a progress report be
    # brought to the Authority in September 2030"): every word of it the decision's or its minute's title's
    titled = tokens(f"{action.item_title} {action.text}", name)
    due = [a for a in ours if a.meeting_date > action.meeting_date and action.due is not None and a.due is not None
           and (a.due.year, a.due.month) == (action.due.year, action.due.month)
           and len(words := tokens(a.text, name)) >= DUE_ROW_WORDS and words <= titled]
    return due[0] if len(due) == 1 else None


# ----------------------------------------------------------------------------- the register as stored


def _natural(text: str | None) -> tuple[tuple[int, int, str], ...]:
    """A minute or resolution number as it sorts: "9" before "10", "84a" after "84"."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.findall(r"\d+|\D+", text or ""))


def register_order(action: Action) -> tuple[object, ...]:
    """Oldest due first, actions without a due date after those with one; then meeting, minute, resolution."""
    return (action.due is None, action.due or dt.date.max, action.meeting_date, _natural(action.minute),
            _natural(action.resolution), action.id)  # fmt: skip


def register(
    catalogue: Catalogue,
    *,
    committee: str | None = None,
    status: ActionStatus | None = None,
    as_of: dt.date | None = None,
) -> list[Action]:
    """The follow-up register, filtered and ordered oldest due first.

    Without ``as_of`` this is the register as last stored (recomputed after every ingest and removal, as of the
    latest paper); with it, the register is recomputed from the stored papers as they stood on that day.
    ``committee`` matches the committee's name in any case or spacing.
    """
    actions = catalogue.actions() if as_of is None else track(catalogue.parsed_documents(), as_of)
    if committee is not None:
        actions = [a for a in actions if slug(a.committee) == slug(committee)]
    if status is not None:
        actions = [a for a in actions if a.status == status]
    return sorted(actions, key=register_order)
