"""Minutes: one meeting's items, decisions, attendance, declarations, references and exempt flags.

The reading goes in the order a newcomer would read a page of minutes:

1. the header was found already (:mod:`ingest.headers`): committee, date, the rows it takes;
2. item headings, the most consistent numbering or titled blocks (:mod:`ingest.headings`);
3. each item's role from its title (apologies, declarations, previous minutes, exclusion ...);
   on ModernGov pages an item's agenda blurb is kept apart from its "Minutes:" and
   "Decision:" blocks, which are what the meeting recorded;
4. decisions and tagged actions in each item (:mod:`ingest.decisions`);
5. attendance from the opening block and from attendance and apologies items
   (:mod:`ingest.attendance`), declarations from every item (:mod:`ingest.declarations`);
6. references to earlier minutes ("Further to Minute No. 53 of ... 22nd March, 2017"), and
   exempt flags: items taken after the press and public were excluded, or marked exempt.

A paper whose items cannot be told apart is still read: its text is one untitled item.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest import attendance
from ingest.cleaning import Row, join_rows, strip_link_noise
from ingest.decision_tables import file_decision_tables
from ingest.decisions import MARKER, parse_resolutions
from ingest.declarations import parse_declarations
from ingest.headers import MeetingHeader, find_contact, find_venue, time_by_date, venue_said
from ingest.headings import Heading, find_item_headings
from ingest.sentences import sentences
from ingest.titles import role_of
from minutebook import vocabulary as v
from minutebook.dates import find_dates
from minutebook.model import AgendaItem, Meeting, MinuteItem, MinuteReference

UNNAMED_COMMITTEE = "Unnamed committee"
MINUTE_REF = re.compile(
    r"minute\s+(?:no\.?|number)?\s*(?P<num>\d{1,4})(?:\s*\((?P<res>\d{1,2}|[a-z])\))?(?P<year>\s*\d{4}/\d{2,4})?", re.I
)
_SECTION_LABEL = v.compiled(v.SECTION_LABELS, r"^{}\s*:\s*$")
_DECISION_LABEL = v.compiled(v.SECTION_LABELS[1:], r"^{}\s*:\s*$")
_EXCLUSION = v.compiled(v.EXCLUSION)
_EXCLUDED = v.compiled(v.EXCLUSION[1:])
_EXEMPT_MARK = v.compiled(v.EXEMPT_MARKS[:-1])  # the 1960 Act is named when excluding, not in exempt items
_EXEMPT_TITLE = re.compile(v.EXEMPT_TITLES.form, re.I)
_PARTS_CONFIRMED = re.compile(v.PARTS_CONFIRMED.form, re.I)
_NOT_EXCLUDED = re.compile(v.NOT_EXCLUDED.form, re.I)
_DISCLOSURE_DECIDED = re.compile(v.DISCLOSURE_DECIDED.form, re.I)
_READMITTED = re.compile(v.READMITTED.form, re.I)
_ONE_ITEM = re.compile(v.ONE_ITEM_EXCLUDED.form, re.I)
_PART_TWO = re.compile(v.PART_TWO_DIVIDER.form, re.I)
_DELIBERATION_ONLY = re.compile(v.DELIBERATION_ONLY.form, re.I)


_MINUTE_COLUMN = re.compile(rf"^(?:{v.MINUTE_COLUMN_HEADINGS.form})\.?$", re.I)
_MINUTE_CELL = re.compile(r"^[A-Za-z]{0,4}[./ ]?\d[\w/.-]{0,11}$")  # "2035/04", "113", "PH67c", "M.15/19", "BT/36/03"


def _table_references(text: str) -> list[MinuteReference]:
    """The rows of a table whose first column names earlier minutes ("Minute | Matter | Update" over "2035/04 |
    Cawthorne Road 20 mph petition | County highways carried out a speed survey ..."): each row a reference to the
    minute its first cell numbers, the row its text."""
    out: list[MinuteReference] = []
    under = False  # the lines below such a table's heading row
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            under = False
        elif _MINUTE_COLUMN.match(cells[0]):
            under = True
        elif under and _MINUTE_CELL.match(cells[0]):
            out.append(MinuteReference(minute=cells[0], resolution=None, meeting_date=None, municipal_year=None,
                                       text=line.strip()[:400]))
    return out


def parse_references(text: str, ref: dt.date) -> list[MinuteReference]:
    """Pointers to earlier minutes, with the meeting date or municipal year where given: in prose ("Further to Minute
    No. 53"), and the rows of a table of earlier minutes followed up (:func:`_table_references`)."""
    out: list[MinuteReference] = []
    seen: set[tuple[str, str | None]] = set()
    for row in _table_references(text):
        seen.add((row.minute, None))
        out.append(row)
    for m in MINUTE_REF.finditer(text):
        key = (m.group("num"), m.group("res"))
        if key in seen:
            continue
        seen.add(key)
        tail = text[m.end() : m.end() + 140]
        date = None
        held = re.match(r"[^.;]{0,100}?\bheld\s+on\s+", tail, re.I) or re.match(
            r"\s+of\s+(?:the\s+)?(?:meeting\s+)?", tail
        )
        if held:
            d = find_dates(tail[held.end() : held.end() + 40], ref, prefer_future=False)
            date = d[0].date if d and d[0].start == 0 and d[0].day_given else None
        sentence_start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sentence_end = min(x for x in (text.find(".", m.end() + 40), text.find("\n", m.end()), len(text)) if x >= 0)
        out.append(
            MinuteReference(
                minute=m.group("num"),
                resolution=m.group("res"),
                meeting_date=date,
                municipal_year=(m.group("year") or "").strip() or None,
                text=text[sentence_start:sentence_end].strip()[:400],
            )
        )
    return out


def _split_blocks(body: list[Row]) -> tuple[list[Row], list[Row]]:
    """A ModernGov item as (agenda blurb, what was recorded): the rows under "Minutes:" and "Decision:"."""
    labels = [k for k, r in enumerate(body) if _SECTION_LABEL.match(r.text)]
    if not labels:
        return [], body
    # "Decision:" over its parts "(a) to approve ...", "(b) to delegate ...": the label is the parts' lead-in, kept
    kept = {k for k in labels if k + 1 < len(body) and _DECISION_LABEL.match(body[k].text)
            and MARKER.match(body[k + 1].text)}
    recorded = [r for k, r in enumerate(body) if k > labels[0] and (k not in labels or k in kept)]
    if labels[0] in kept:
        recorded.insert(0, body[labels[0]])
    return body[: labels[0]], recorded


# an item's heading printed again over its text carried onto the next page: "LC/25/16 Taxi Fees (continued)",
# "Planning applications (cont'd)"; the item's own heading, no line of its record
_CONTINUED = re.compile(r"[(\[–—-]\s*(?:continued|cont['’]?d\.?|cont\.)\s*[)\]]?\s*$", re.I)


def _heading_again(text: str, heading: Heading) -> bool:
    said = text.strip()
    if not _CONTINUED.search(said):
        return False
    return bool((heading.number and said.startswith(heading.number))
                or (heading.title and said.lower().startswith(heading.title.strip().lower()[:24])))


def _item_rows(rows: list[Row], heading: Heading, end: int) -> list[Row]:
    body = [r for r in rows[heading.body : end] if not _heading_again(r.text, heading)]
    if heading.rest:
        head = rows[heading.body - 1]
        body = [Row(heading.rest, head.page, 0, head.para), *body]
    return body


def _opening_prose(rows: list[Row], attendance_texts: list[str]) -> list[Row]:
    """The clerk's sentences between a meeting's header and its first item that are not its attendance record
    (a petition presented, a minute's silence, the chair's welcome): kept as an untitled item, since a paper's text
    is never thrown away. Labels, names and site furniture there are not sentences and stay out."""
    taken = set(attendance_texts)
    return [r for r in rows if not _recorded(r.text, taken)
            and len(r.text.split()) >= 6 and _SENTENCE.search(r.text)
            and _DOING.search(r.text)]


def _header_text(head: list[Row], after: list[Row], attendance_texts: list[str], opening: list[Row]) -> str:
    """What the minutes print above their items besides the record of attendance: the header's own rows, and the
    rows after it that are neither that record nor the opening prose kept as an item ("Venue: Remote", "Contact:
    Tessa Mott, Democratic Services")."""
    taken = set(attendance_texts)
    kept = [r for r in after if r not in opening and not _recorded(r.text, taken)]
    return join_rows([*head, *kept]).strip()


def _recorded(text: str, taken: set[str]) -> bool:
    """A row the attendance record holds: whole, as a row of a wrapped one, or sentence by sentence (a paragraph of
    prose attendance: "Councillors A, B and C were present. Mr D attended.")."""
    return text in taken or any(text in t for t in taken) or all(s in taken for s in sentences(text))


_SENTENCE = re.compile(r"^[A-Z\"“‘(][^:\t]{20,}$")  # prose (a full stop or not), not "Label: value" or a table row
_DOING = re.compile(r"\b(?:[a-z]{3,}ed|is|was|were|has|had|have|will|would)\b")  # said or did something: no name list


def build_item(rows: list[Row], heading: Heading, end: int, held: dt.date) -> tuple[MinuteItem, list[Row], list[Row]]:
    """One minute item from its heading to the row before the next heading, with its recorded rows and blurb."""
    blurb, body = _split_blocks(_item_rows(rows, heading, end))
    text = join_rows(body)
    pages = sorted({r.page for r in rows[heading.row : end] if r.page is not None})
    item = MinuteItem(
        number=heading.number,
        title=re.sub(r"\s+", " ", strip_link_noise(heading.title).strip(" *#")),
        text=text,
        pages=pages,
        resolutions=parse_resolutions(body, role_of(heading.title) if heading.title else None),
        references=parse_references(text, held),
    )
    return item, body, blurb


def _back_in_item(text: str) -> bool:
    """The public excluded and readmitted within one item (a hearing's private deliberation): what follows is public."""
    out = _EXCLUDED.search(text)
    back = _READMITTED.search(text, out.end()) if out else None
    return back is not None


_FOLLOWING_BUSINESS = re.compile(r"(?i)\b(?:following|next|remaining)\s+items?\b")


def closing_exclusion(item: MinuteItem) -> int | None:
    """Where the item's text records the press and public excluded for the business that follows, after the item's
    own decision: an exclusion printed as an unnumbered block between two numbered items ("EXCLUSION OF PRESS AND
    PUBLIC / The Committee resolved under Section 50A(4) ... for the following item of business"). It closes this
    item, which was taken in public, and opens the next. None when the item records no such exclusion."""
    found = list(_EXCLUDED.finditer(item.text))
    if not found:
        return None
    m = found[-1]
    start = max(item.text.rfind(". ", 0, m.start()) + 2, item.text.rfind("\n", 0, m.start()) + 1, 0)
    sentence = item.text[start : item.text.find(".", m.end()) if "." in item.text[m.end():] else len(item.text)]
    if not _FOLLOWING_BUSINESS.search(sentence) or _DELIBERATION_ONLY.search(sentence):
        return None
    decided_at = [item.text.find(r.text[:60]) for r in item.resolutions if r.text.strip()]
    if any(at >= start for at in decided_at) or not item.text[:start].strip():
        return None  # the exclusion is the item's own decision, or all its text
    return start


def _divided_at(text: str, body: list[Row]) -> int | None:
    """Where a divider row before private business ("PART B - NOT FOR PUBLICATION") starts in an item's text, after
    words of the item's own; None when its body holds none."""
    for row in body:
        at = text.find(row.text.strip()) if _PART_TWO.match(row.text.strip()) else -1
        if at > 0 and text[:at].strip():
            return at
    return None


def mark_exempt(items: list[MinuteItem], roles: list[str | None], bodies: list[list[Row]]) -> None:
    """Flag items taken after the press and public were excluded, or marked exempt in their title or text.

    Three are public whatever comes before them: the date of the next meeting (published with every agenda, never
    exempt information), the items after an exclusion only while the members deliberated (the decision is then
    announced in public), and an item that only decides the private business stays private ("should remain exempt
    from disclosure")."""
    excluded = False
    for_one = False  # excluded "for the following item": the public are back after it
    for item, role, body in zip(items, roles, bodies, strict=True):
        decided = " ".join(r.text for r in item.resolutions)
        closing = closing_exclusion(item) if role != "exclusion" else None
        # a divider printed after the item's own words ("PART B - RESTRICTED ITEMS" under the date of the next
        # meeting) heads the business after it: what it and the exclusion under it say is not this item's
        divided = _divided_at(item.text, body)
        ends = [at for at in (closing, divided) if at is not None]
        own_text = item.text[:min(ends)] if ends else item.text
        excludes = bool(_EXCLUDED.search(decided)) or (role == "exclusion" and bool(_EXCLUDED.search(item.text)))
        excludes = (excludes and not _NOT_EXCLUDED.search(decided or item.text)) or closing is not None
        exclusion_item = role == "exclusion" or (excludes and closing is None)
        marked = (_EXEMPT_TITLE.search(item.title) and not _PARTS_CONFIRMED.search(item.title)) \
            or _EXEMPT_MARK.search(own_text)
        # an item that only decides that the private business stays private is itself public
        about_disclosure = not marked and bool(_DISCLOSURE_DECIDED.search(decided or item.text))
        if (excluded and role != "next_meeting" and not about_disclosure) or (marked and not exclusion_item):
            item.exempt = True
        if _READMITTED.search(item.text) or (excluded and for_one and not excludes):
            excluded = False  # readmitted at the end of this item, or its exclusion was for it alone
        divider = any(_PART_TWO.match(r.text) for r in body[-3:])
        if (excludes and not _DELIBERATION_ONLY.search(decided or item.text)) or divider:
            excluded = not _back_in_item(item.text)  # "... deliberated in private. All parties were recalled."
            said = item.text[closing:] if closing is not None else (decided or item.text)
            # a divider ("PART B - NOT FOR PUBLICATION") heads all the business after it, whatever the exclusion said
            for_one = excludes and bool(_ONE_ITEM.search(said)) and not divider


_CLOSED = re.compile(v.MEETING_CLOSED.form, re.I | re.M)
CLOSING_LINES = 4  # the last lines of the last item read for the minutes' closing line


def _keep_closing_line(meeting: Meeting) -> None:
    """The minutes' closing line ("The meeting concluded at 4.30pm") printed at the end of exempt business kept in
    the meeting's record too: when the meeting finished is no part of the business taken in private, and a reader
    may see the one where not the other."""
    last = meeting.items[-1] if meeting.items else None
    if last is None or not last.exempt:
        return
    lines = [line.strip() for line in last.text.split("\n") if line.strip()]
    line = next((line for line in reversed(lines[-CLOSING_LINES:]) if _CLOSED.search(line)), None)
    if line is not None and line not in meeting.header_text:
        meeting.header_text = f"{meeting.header_text}\n{line}".strip()


def _declarations_heading(rows: list[Row], start: int, end: int) -> int | None:
    """A heading "Declarations of Interest" standing alone between a meeting's attendance and its first numbered item,
    over what was declared (a table, a list): where it is, or None."""
    for k in range(start, end - 1):
        text = rows[k].text.strip()
        if len(text) <= 60 and "\t" not in text and not text.endswith(".") \
                and role_of(text.rstrip(":")) == "declarations":
            return k
    return None



TIME_LINES = 8  # the header block's lines read for a time by the meeting's date
TIME_LINE_CHARS = 300  # of each, as far as a title and its date run
OPENING_ITEMS = 2  # the first items read for apologies said in passing (the chair's welcome, announcements)



def _elects_the_chair(title: str) -> bool:
    """An election item that elects the chair: "Election of Chair", "Election of Chair and Vice-Chair for 2026/27";
    not one electing only a vice-chair ("Appointment of Vice-Chairman")."""
    return bool(re.search(r"(?i)\bchair", re.sub(r"(?i)\bvice[-\s]?chair\w*", "", title)))

def parse_minutes(rows: list[Row], header: MeetingHeader, end: int, item_end: int | None = None,
                  opening_from: int | None = None) -> Meeting:
    """The meeting whose minutes run from ``header`` to ``end`` (exclusive).

    ``item_end`` cuts the last item short where papers that are not minutes follow; ``opening_from`` is the first row of
    what the paper prints ahead of the header (its first meeting's: a publication note, a summary), if any.
    """
    item_end = end if item_end is None else item_end
    meeting = Meeting(
        committee=header.committee or header.council or UNNAMED_COMMITTEE,
        council=header.council,
        date=header.date,
        time=header.time,
        venue=find_venue([r.text for r in rows[header.start : min(header.body + 2, item_end)]]),
    )
    headings = find_item_headings(rows, header.body, item_end)
    first_item = headings[0].row if headings else item_end
    if meeting.venue is None or meeting.time is None:  # "The meeting was held in ..., commencing at 6.30pm."
        venue, time = venue_said([r.text for r in rows[header.body : first_item]])
        meeting.venue, meeting.time = meeting.venue or venue, meeting.time or time
    if meeting.time is None:  # the title line gives the date alone; a line under it, the date with its time
        # (the header block's first lines, each read to a title's length: a text with no items is not read whole)
        block = rows[header.start : min(first_item, header.start + TIME_LINES)]
        meeting.time = time_by_date([r.text[:TIME_LINE_CHARS] for r in block], header.date)
    meeting.contact = find_contact([r.text for r in rows[header.start : first_item]])
    declared_at = _declarations_heading(rows, header.body, first_item) if headings else None
    opening_end = first_item if declared_at is None else declared_at
    record = attendance.read_attendance(rows[header.start : opening_end])
    if not headings and header.body < item_end:
        headings = [Heading(header.body, None, "", "", header.body)]  # one untitled item: nothing is thrown away
    bounds = [h.row for h in headings[1:]] + [item_end] if headings else []  # a header with nothing after it
    roles: list[str | None] = []
    bodies: list[list[Row]] = []
    opening = _opening_prose(rows[header.body : opening_end], record.texts) if headings else []
    meeting.header_text = _header_text(rows[header.start if opening_from is None else opening_from : header.body],
                                       rows[header.body : opening_end], record.texts, opening)
    if opening:  # "Councillor Kelly presented the Council with a Petition ..." before item 1: an untitled item
        item, body, _ = build_item(opening, Heading(0, None, "", "", 0), len(opening), header.date)
        meeting.items.append(item)
        roles.append(None)
        bodies.append(body)
    if declared_at is not None:  # "Declarations of Interest" over a table before item 1: an item, unnumbered
        title = rows[declared_at].text.strip().rstrip(":")
        item, body, _ = build_item(rows, Heading(declared_at, None, title, "", declared_at + 1), first_item,
                                   header.date)
        meeting.items.append(item)
        roles.append("declarations")
        bodies.append(body)
    for heading, nxt in zip(headings, bounds, strict=True):
        item, body, blurb = build_item(rows, heading, nxt, header.date)
        role = role_of(item.title) if item.title else None
        if blurb:
            meeting.agenda.append(AgendaItem(number=item.number, title=item.title, text=join_rows(blurb)))
        if role == "attendance":
            attendance.read_attendance(body, record)
        elif role == "apologies":
            attendance.apologies_item(body, record)
        if role == "chair_election" and not record.chair and _elects_the_chair(item.title):
            record.chair = attendance.chair_elected(item.text)
        meeting.items.append(item)
        roles.append(role)
        bodies.append(body)
    if not record.apologies and "apologies" not in roles:
        # apologies reported in an opening item of another title ("Chair's welcome and announcements": "... reported
        # that apologies had been received from ..."): the record's
        for item, role in list(zip(meeting.items, roles, strict=True))[:OPENING_ITEMS]:
            if role is None:
                attendance.apologies_said(item.text, record)
    file_decision_tables(meeting.items)
    attendance.apply(meeting, record)
    parse_declarations(meeting, roles)
    mark_exempt(meeting.items, roles, bodies)
    _keep_closing_line(meeting)
    meeting.pages = sorted({r.page for r in rows[header.start : item_end] if r.page is not None})
    return meeting
