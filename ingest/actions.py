"""The follow-up tracker: actions arising from resolutions, and where each one stands.

Scrutiny officers keep an *implementation monitoring schedule*: each
recommendation the committee made, who is to act, by when, and whether it was
done. This module builds that register from the papers themselves.

:func:`extract_actions` reads the resolutions of a meeting's minutes. A
resolution is an *action* when it asks for something to happen after the
meeting: a report to come back ("be submitted", "be brought"), information to
be circulated, provided, shared or sent, a matter forwarded or referred to
another body, a visit or session arranged, something reviewed or explored,
"consideration be given as to", or a named officer who is to submit, provide,
circulate or make something. Noting, receiving, supporting, endorsing and
approving are not actions, and neither is what the committee merely notes will
happen ("notes that the measures will be shared"). Procedural resolutions are
never actions: minutes approved as a correct record, the date of the next
meeting, thanks placed on record, the work programme approved, updated or
noted, the exclusion of the press and public. A resolution with several asks is
one action.

The *owner* is the officer named as the subject ("That the Head of Service,
Early Help submit ...", "That the Commissioning Team be asked to ..."), or the
"by the ..." of a passive ask. The *due* date is resolved against the meeting
date, first rule that applies:

* "in six months' time", "in 4 months", "within 12 weeks": that long after the meeting;
* a written date on or after the meeting: "to the 22 September 2020 meeting",
  "on Tuesday, 24th April, 2018"; a month without a day ("during September,
  2018", "the June 2024 meeting") is due by the last day of that month;
* "the December meeting": the end of the next such month after the meeting month;
* "next year": the last day of the next calendar year;
* "the next meeting": the date the same minutes fix for the next meeting.

:func:`track` gives each action its status from later papers of the same
committee, dated after the meeting and no later than ``as_of``:

* COMPLETED: a monitoring-schedule row decided on the meeting date whose
  recommendation matches the action and which reads "Completed" or records it
  circulated / provided / considered on a date; a later minute item that opens
  "Further to Minute No. N" of that meeting and presents the requested report,
  or the same subject coming back to a later meeting in time; any later line
  recording that the matter had been, or was on a date, circulated or provided.
* SCHEDULED: a later agenda lists the subject, or a work programme lists it for
  a later meeting, or a schedule row reads "on agenda for" / "scheduled for".
* otherwise OUTSTANDING, or OVERDUE once ``as_of`` is past the due date.

"In time" is by the due date plus three months, or within a year of the meeting
when no date was set. Matching is by overlap of content words (crudely stemmed),
never by the layout of one council's papers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ingest.dates import MONTHS, find_dates
from ingest.minutes import heading_like
from minutebook.model import (
    Action,
    ActionStatus,
    Citation,
    DocumentKind,
    Meeting,
    MinuteItem,
    ParsedDocument,
    slug,
)

# ----------------------------------------------------------------------------- the language of resolutions

PROCEDURAL = re.compile(
    r"\bcorrect\s+record\b|\b(?:next|further)\s+meeting\b[^.]*\b(?:take\s+place|be\s+held)\b"
    r"|\bthanks\b[^.]*\b(?:placed\s+on\s+record|recorded)\b|\bwork\s+programme\b[^.]*\bbe\s+(?:approved|updated|noted|agreed)\b"
    r"|\b(?:public|press)\b[^.]{0,40}\bbe\s+excluded\b",
    re.I,
)
PASSIVE_ASK = re.compile(
    r"\bbe\s+(?:\w+\s+){0,2}?(?:submitted|brought|circulated|provided|forwarded|referred|arranged|reviewed|explored|sent"
    r"|shared|presented|reported|written|investigated|undertaken|carried\s+out|made\s+available|scheduled|sought"
    r"|considered\s+(?:at|by))\b|\bconsideration\s+be\s+given\b",
    re.I,
)
RECEIVE_ASK = re.compile(
    r"\b(?:receives?|requests?)\s+(?:that\s+)?(?:a\s+|an\s+)?(?:further\s+|more\s+)?"
    r"(?:information|report|update|updates|briefing|details)\b",
    re.I,
)
_CAPS = r"[A-Z][\w'’&-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’&-]*|of|and|for|the))*"
_NAME = rf"(?:the\s+)?{_CAPS}"
OFFICER_ASK = re.compile(
    rf"^(?i:that)\s+(?P<owner>{_NAME})\s+(?:be\s+(?:asked|requested|invited)\s+to\s+\w+"
    r"|(?:submits?|provides?|circulates?|brings?|forwards?|refers?|arranges?|reviews?|explores?|sends?|shares?"
    r"|writes?|makes?|undertakes?|reports?|investigates?|presents?|prepares?|liaises?|seeks?)\b)"
)
BY_OWNER = re.compile(rf"\bbe\s+(?:\w+\s+){{0,2}}?\w+ed\s+by\s+(?P<owner>the\s+{_CAPS})")
NOTED_CONTENT = re.compile(r"\bnot(?:e|es|ed|ing)\s+that\b", re.I)
CLAUSE = re.compile(r",?\s+and,?\s+(?=that\b)|;\s+(?=that\b)", re.I)
COMMITTEE_WORD = re.compile(r"\b(?:commission|panel|committee|board|council|cabinet)$", re.I)

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24}  # fmt: skip
RELATIVE = re.compile(
    r"\b(?:in|within)\s+(?:the\s+next\s+)?(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?P<unit>week|month|year)s?"
    r"(?:['’]s?)?(?:\s+time)?\b",
    re.I,
)
MONTH_MEETING = re.compile(r"\b(?P<month>" + "|".join(m for m in MONTHS if len(m) > 3 or m == "may") + r")\s+meeting\b", re.I)
NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.I)
NEXT_MEETING = re.compile(r"\bnext\s+meeting\b", re.I)
REPORT_ASK = re.compile(
    r"\b(?:report|update|item|submit\w*|brought|bring|presented|receive)\b|\b(?:to|at)\s+(?:\w+\s+){0,3}meeting\b", re.I
)
CIRCULATION = re.compile(r"\bbe\s+(?:\w+\s+){0,2}?(?:circulated|shared|sent|emailed)\b|\bcirculates?\b", re.I)


def is_action(text: str) -> bool:
    """Does this resolution ask for something to be done after the meeting?"""
    if PROCEDURAL.search(text):
        return False
    for clause in CLAUSE.split(text):
        asked = NOTED_CONTENT.split(clause)[0]  # what is merely noted is not asked for
        if PASSIVE_ASK.search(asked) or RECEIVE_ASK.search(asked) or OFFICER_ASK.match(asked.strip()):
            return True
    return False


def find_owner(text: str) -> str | None:
    """The officer asked to act, where the resolution names one."""
    m = OFFICER_ASK.match(text.strip()) or BY_OWNER.search(text)
    if not m:
        return None
    owner = re.sub(r"\s+", " ", m.group("owner")).strip(" ,")
    return None if COMMITTEE_WORD.search(owner) else owner


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def find_due(text: str, held: dt.date, next_meeting: dt.date | None = None) -> dt.date | None:
    """When the action falls due, resolved against the date of the meeting that asked for it."""
    if m := RELATIVE.search(text):
        n = _NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        unit = m.group("unit").lower()
        return held + dt.timedelta(weeks=n) if unit == "week" else _add_months(held, n * (12 if unit == "year" else 1))
    for f in find_dates(text, held, prefer_future=True):
        due = f.date if f.day_given else _month_end(f.date.year, f.date.month)
        if due >= held:
            return due
    if m := MONTH_MEETING.search(text):
        month = MONTHS[m.group("month").lower()]
        return _month_end(held.year + (month <= held.month), month)
    if NEXT_YEAR.search(text):
        return dt.date(held.year + 1, 12, 31)
    if NEXT_MEETING.search(text) and next_meeting:
        return next_meeting
    return None


def _next_meeting(meeting: Meeting) -> dt.date | None:
    for item in meeting.items:
        for res in item.resolutions:
            if re.search(r"\b(?:next|further)\s+meeting\b", res.text, re.I):
                later = [f.date for f in find_dates(res.text, meeting.date) if f.day_given and f.date > meeting.date]
                if later:
                    return later[0]
    return None


def extract_actions(meeting: Meeting) -> list[Action]:
    """The actions arising from the resolutions of one meeting's minutes, in minute order."""
    out: list[Action] = []
    next_meeting = _next_meeting(meeting)
    for item in meeting.items:
        minute = item.number or slug(item.title)[:80]
        for k, res in enumerate(item.resolutions, 1):
            if not is_action(res.text):
                continue
            out.append(
                Action(
                    id=f"{meeting.key}/{minute}/{res.number or k}",
                    committee=meeting.committee,
                    meeting_date=meeting.date,
                    minute=item.number,
                    resolution=res.number,
                    item_title=item.title,
                    text=res.text,
                    owner=find_owner(res.text),
                    due=find_due(res.text, meeting.date, next_meeting),
                )
            )
    return out


# ----------------------------------------------------------------------------- evidence in later papers

_STOP = set(
    "a an and any are as at be been by each for from further had has have if in into is it its more of on or such "
    "that the their them there these they this those to was were when which who will with within would members member "
    "report reports update updates information circulated circulate submitted submit provided provide meeting meetings "
    "brought bring regard regarding progress detail detailed minute minutes previous held next date time".split()
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b"
DONE = re.compile(
    rf"(?<!\bbe\s)(?<!\bbeen\s)\b(?:circulated|provided|considered|received|presented|sent|shared|forwarded)\b"
    rf"[^.;\t\n]{{0,60}}?\b{_DAY_MONTH}|\bhad\s+been\s+(?:circulated|provided|sent|shared|forwarded|submitted)\b"
    rf"|\b{_DAY_MONTH}(?:,?\s+\d{{4}})?\s*[:–-]\s*[^.;\t\n]{{0,40}}?\b(?:circulated|provided|sent|shared)\b",
    re.I,
)
SCHEDULED = re.compile(r"\b(?:on\s+(?:the\s+)?agenda\s+for|scheduled\s+for)\s+(?:the\s+)?\d", re.I)
DECISION_DATE = re.compile(r"^\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2}|\d{4})\b")
SCHEDULE_HEADER = re.compile(r"monitoring\s+schedule|^\s*(?:decision|date|updated)\b|^[\s\t|-]*$", re.I)


def tokens(text: str, ignore: frozenset[str] = frozenset()) -> set[str]:
    """Content words, stemmed to their first six letters, for matching a request to its evidence."""
    words = re.findall(r"\b[a-z][a-z0-9]*\b", text.lower().replace("’", "'"))
    return {w[:6] for w in words if w not in _STOP and len(w) > 1 and w not in MONTHS} - ignore


def _overlap(a: set[str], b: set[str], least: int) -> float:
    common = len(a & b)
    return common / min(len(a), len(b)) if a and b and common >= least else 0.0


def _sentence(text: str, at: int) -> str:
    """The sentence (or table cell) of ``text`` around position ``at``, verbatim."""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\t", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    ends = [e for e in (text.find(". ", at), text.find("\t", at), text.find("\n", at)) if e >= 0]
    end = min(ends) + (text[min(ends)] == ".") if ends else len(text)
    return text[start:end].strip()


@dataclass(frozen=True)
class _Record:
    """One row or line of a later paper, with the date it speaks for."""

    held: dt.date  # the meeting whose paper it is
    text: str
    kind: str  # "schedule" (monitoring schedule row), "programme" (work programme row) or "paper"
    date: dt.date | None  # schedule: decision date; programme: the meeting it is listed for
    cite: Citation


def _records(doc: ParsedDocument, meeting: Meeting) -> list[_Record]:
    out: list[_Record] = []
    for agenda_item in meeting.agenda:
        for section in agenda_item.sections:
            cite = Citation(committee=meeting.committee, meeting_date=meeting.date, item_title=agenda_item.title,
                            document=doc.source, page=section.pages[0] if section.pages else None)
            lines = section.text.split("\n")
            if section.kind == DocumentKind.MONITORING_SCHEDULE:
                rows: list[tuple[dt.date, str]] = []
                for line in lines:
                    if m := DECISION_DATE.match(line):
                        y = int(m.group("y"))
                        rows.append((dt.date(y + 2000 if y < 100 else y, int(m.group("m")), int(m.group("d"))), line))
                    elif rows and not SCHEDULE_HEADER.search(line):
                        rows[-1] = (rows[-1][0], rows[-1][1] + "\n" + line)
                out += [_Record(meeting.date, text, "schedule", d, cite) for d, text in rows]
                continue
            listed: dt.date | None = None
            for line in lines:
                if section.kind == DocumentKind.WORK_PROGRAMME:
                    first = line.split("\t")[0]
                    found = find_dates(first, listed or meeting.date, prefer_future=listed is not None)
                    if found and found[0].start == 0:
                        listed = found[0].date
                    elif "\t" not in line and heading_like(line):
                        listed = None  # a heading ("Items pending schedule") ends the rows for meetings
                    out.append(_Record(meeting.date, line, "programme", listed, cite))
                out.append(_Record(meeting.date, line, "paper", None, cite))
    return out


def _cite(base: Citation, quote: str, **extra: str | None) -> Citation:
    return base.model_copy(update={"quote": quote, **extra})


def _item_cite(doc: ParsedDocument, meeting: Meeting, item: MinuteItem, quote: str) -> Citation:
    return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=item.number, item_title=item.title,
                    document=doc.source, page=item.pages[0] if item.pages else None, quote=quote)


def _same_year(ref_date: dt.date | None, ref_year: str | None, action: Action, later: dt.date) -> bool:
    """Does a "Minute No. N" reference point at the action's meeting (minute numbers restart each municipal year)?"""
    if ref_date:
        return ref_date == action.meeting_date
    held = action.meeting_date
    if ref_year:
        start = int(ref_year[:4])
        return dt.date(start, 5, 1) <= held < dt.date(start + 1, 5, 1)
    return (later - held).days <= 366


def _evidence(action: Action, papers: list[tuple[ParsedDocument, Meeting]], records: list[_Record],
              as_of: dt.date) -> list[tuple[ActionStatus | None, Citation]]:
    """Everything later papers say about one action: (status it shows, or None, and the citation)."""
    name = frozenset(tokens(action.committee))  # every paper names the committee: no evidence in that
    asked = tokens(action.text, name)
    subject = asked | tokens(action.item_title, name)
    key = slug(action.committee)
    window = (action.due + dt.timedelta(days=92)) if action.due else action.meeting_date + dt.timedelta(days=366)
    report = bool(REPORT_ASK.search(action.text)) and not CIRCULATION.search(action.text)
    found: list[tuple[ActionStatus | None, Citation]] = []

    def later(d: dt.date) -> bool:
        return action.meeting_date < d <= as_of

    best: tuple[float, _Record] | None = None
    for r in records:
        if slug(r.cite.committee) != key or not later(r.held):
            continue
        if r.kind == "schedule" and r.date == action.meeting_date:
            score = _overlap(asked, tokens(r.text, name), 2)
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, r)
        elif r.kind == "programme" and r.date and action.meeting_date < r.date <= window:
            cells = [c for c in r.text.split("\t") if c.strip() and not re.match(r"\s*resolved", c, re.I)]
            if report and _overlap(asked, tokens(" ".join(cells), name), 3) >= 0.5:
                found.append((ActionStatus.SCHEDULED, _cite(r.cite, max(cells, key=lambda c: len(tokens(c, name) & asked)))))
        elif r.kind == "paper" and (m := DONE.search(r.text)) and _overlap(asked, tokens(r.text, name), 4) >= 0.5:
            when = [f.date for f in find_dates(m.group(0), r.held, prefer_future=False) if f.day_given]
            if when and when[0] >= action.meeting_date:
                found.append((ActionStatus.COMPLETED, _cite(r.cite, _sentence(r.text, m.start()))))
    if best:
        row = best[1].text
        cells = [c for c in re.split(r"[\t\n]", row) if c.strip() and not re.match(r"\s*(?:\d\.\s*)?that\b", c, re.I)]
        status: ActionStatus | None = None
        quote = next((c for c in cells if DONE.search(c) or re.search(r"\bcompleted\b", c, re.I)), None)
        if quote:
            status = ActionStatus.COMPLETED
        elif quote := next((c for c in cells if SCHEDULED.search(c)), None):
            status = ActionStatus.SCHEDULED
        if quote is None:  # no word of its progress: cite the recommendation as the schedule prints it
            quote = _sentence(row, re.search(r"\bthat\b", row, re.I).start()) if re.search(r"\bthat\b", row, re.I) else row
        found.append((status, _cite(best[1].cite, quote.strip())))

    for doc, meeting in papers:
        if slug(meeting.committee) != key or not later(meeting.date):
            continue
        for agenda_item in meeting.agenda:
            if report and meeting.date <= window and _overlap(subject, tokens(agenda_item.title, name), 2) >= 0.6:
                cite = Citation(committee=meeting.committee, meeting_date=meeting.date, item_title=agenda_item.title,
                                document=doc.source, page=agenda_item.pages[0] if agenda_item.pages else None,
                                quote=agenda_item.title)
                found.append((ActionStatus.SCHEDULED, cite))
        for item in meeting.items:
            opening = item.text.lstrip()[:20].lower().startswith(("further to", "arising from", "with reference to"))
            for n, ref in enumerate(item.references):
                if ref.minute != action.minute or not _same_year(ref.meeting_date, ref.municipal_year, action, meeting.date):
                    continue
                if ref.resolution and action.resolution and ref.resolution != action.resolution:
                    continue
                at = max(item.text.find(ref.text), 0)
                quote = _sentence(item.text, at)
                if DONE.search(quote) and (ref.resolution or _overlap(asked, tokens(quote, name), 2)):
                    found.append((ActionStatus.COMPLETED, _item_cite(doc, meeting, item, quote)))
                elif n == 0 and opening and at <= 20 and report:  # "Further to Minute No. N ..., presented a report"
                    found.append((ActionStatus.COMPLETED, _item_cite(doc, meeting, item, quote)))
                elif ref.resolution:  # an update on this very resolution, not yet done
                    found.append((None, _item_cite(doc, meeting, item, quote)))
            if report and meeting.date <= window and _overlap(subject, tokens(item.title, name), 2) >= 0.6:
                found.append((ActionStatus.COMPLETED, _item_cite(doc, meeting, item, _sentence(item.text, 0))))
    return found


def _minutes(docs: list[ParsedDocument]) -> list[tuple[ParsedDocument, Meeting]]:
    """Each meeting's minutes once, however many papers reprint them (items merged by minute number)."""
    seen: dict[str, tuple[ParsedDocument, Meeting]] = {}
    for doc in docs:
        for meeting in doc.meetings:
            if not meeting.has_minutes:
                continue
            if meeting.key not in seen:
                seen[meeting.key] = (doc, meeting)
                continue
            first_doc, first = seen[meeting.key]
            numbers = {i.number or i.title for i in first.items}
            extra = [i for i in meeting.items if (i.number or i.title) not in numbers]
            if extra:
                seen[meeting.key] = (first_doc, first.model_copy(update={"items": first.items + extra}))
    return sorted(seen.values(), key=lambda dm: dm[1].date)


def track(docs: list[ParsedDocument], as_of: dt.date | None = None) -> list[Action]:
    """The register of actions from every set of minutes in ``docs``, each with its status from later papers.

    ``as_of`` defaults to the date of the latest paper; papers dated after it are not read as evidence.
    The result depends only on the arguments: statuses are recomputed from all the papers each time.
    """
    docs = sorted(docs, key=lambda d: d.source)
    papers = [(doc, m) for doc in docs for m in doc.meetings]
    if not papers:
        return []
    as_of = as_of or max(m.date for _, m in papers)
    records = [r for doc, m in papers for r in _records(doc, m)]
    register: list[Action] = []
    for _, meeting in _minutes(docs):
        if meeting.date > as_of:
            continue
        for action in extract_actions(meeting):
            found = _evidence(action, papers, records, as_of)
            shown = {s for s, _ in found}
            if ActionStatus.COMPLETED in shown:
                status = ActionStatus.COMPLETED
            elif ActionStatus.SCHEDULED in shown:
                status = ActionStatus.SCHEDULED
            elif action.due and as_of > action.due:
                status = ActionStatus.OVERDUE
            else:
                status = ActionStatus.OUTSTANDING
            evidence = list({(c.document, c.meeting_date, c.quote): c for _, c in found}.values())
            evidence.sort(key=lambda c: (c.meeting_date, c.document))
            register.append(action.model_copy(update={"status": status, "evidence": evidence}))
    return register
