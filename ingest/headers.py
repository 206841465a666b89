"""Where a meeting's minutes begin: the committee and the date, found by scoring what the paper says.

A meeting header takes many forms, and "Present" may or may not follow:

* an opening sentence: "MINUTES of a meeting of the X held at Y on Z", "Minutes of the Annual
  Meeting of the ... Parish Council held ...", "At a meeting of the X held in ... on Z",
  "Minutes of a meeting held on 9th January, 2015" under a committee line;
* a ModernGov page title: "Cabinet - Monday, 1st November, 2021 11.00 am";
* a committee line, then a date line: "Full Council" / "23/09/2013 at 6:30 pm", "Policy &
  Resources Urgency Sub-Committee" / "4.00pm12 March 2021", "... Meeting in Public" / "Held on
  13th January 2022 via Microsoft Teams";
* a committee and a date run together: "IMPROVING LIVES SELECT COMMISSION Tuesday, 28th July, 2020".

Each candidate is scored by its form, by attendance following it, and by where it stands;
candidates a few lines apart for the same day are one meeting, named by the best of them. The
first meeting of a paper may stand on its form alone; a later one (minutes reprinted in an
agenda pack) must be followed by its attendance, so a report's title page is not a meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ingest.cleaning import Row
from ingest.titles import committee_like, heading_like
from minutebook import vocabulary as v
from minutebook.dates import find_dates, find_time

_OPENER = v.compiled(v.MINUTES_OPENERS, r"^(?:\W{0,3})(?P<opener>{})\s+(?P<rest>.+)$")
_MEETING_OF = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w&-]+\s+){0,5}?(?P<kind>"
    + v.MEETING_KINDS.form
    + r"\s+)?(?:meeting|hearing|session)\s+(?:of|for)\s+(?:the\s+)?",
    re.I,
)
_MANNER_ONLY = re.compile(rf"(?:(?:{v.MEETING_MANNERS.form})\s+)+meeting", re.I)
_HELD = re.compile(
    rf"[\s,]+(?:{v.HELD.form})\b|\s+(?=on\s+(?:\w+day,?\s+)?\d)|,?\s+(?:at|in|via)\s+(?-i:[A-Z0-9])", re.I
)
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
    r"twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)"
)
_LEADING_ORDINALS = re.compile(  # "the One Hundredth & Twenty-fifth Annual Meeting of ...": the run of number words
    r"^(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|and|&|"
    + _ORDINAL_WORD
    + r"|\d+(?:st|nd|rd|th))\b[\s&,-]*)+",
    re.I,
)


def _strip_ordinals(name: str) -> str:
    """A name without the ordinal count of its meeting, if it opens with one ("Seventh Annual Meeting" -> ...)."""
    m = _LEADING_ORDINALS.match(name)
    return name[m.end() :] if m and re.search(_ORDINAL_WORD + r"|\d+(?:st|nd|rd|th)", m.group(0), re.I) else name
_TITLE_DATE = re.compile(r"^(?P<committee>.{3,120}?)\s+[-–—]\s+(?P<date>(?:\w+day,?\s+)?\d.*)$")
_HELD_ROW = r"(?:(?:the\s+|a\s+)?meeting\s+)?held"  # "Held on 13th January 2022", "Meeting held on Tuesday 18 June ..."
_DATE_PREFIX = re.compile(rf"(?i)^(?:date(?:\s+and\s+time)?|{_HELD_ROW}(?:\s+on)?|meeting\s+date|on)\s*[:;-]*\s*-?\s*")
_ATTENDANCE = re.compile(
    rf"(?i)^(?:-\s*)?(?:{v.alternation(v.PRESENT_LABELS[:3] + v.CHAIR_LABELS[:1] + v.APOLOGY_LABELS[:1])})\b"
    r"|\bpresent\s*:|^(?:councillors?|cllrs?\.?)\s+[A-Z]"
)
_FIELD_LABEL = v.compiled(v.FOLLOW_UP_FIELDS, r"^\W{0,3}(?:{})\s*[:–—-]")
_TABLE_AS_AT = re.compile(v.TABLE_AS_AT.form, re.I)  # "Minute  Decision  Position at 23 March 2038": a table's head
_FIELD_LABELLED = v.compiled(v.FOLLOW_UP_FIELDS, r"(?:^|[\s.;,(])(?:{})\s*:")  # "Owner: X. Due: 15 December 2026"
_LOG_NAMED = re.compile(rf"(?i)^\W*(?:{v.ACTION_LOG_TITLES.form}|actions?)\b")  # "ACTION LOG - STATUS AT ..."
_NUMBERED_TITLE = re.compile(r"^\d{1,4}[.)]?\s+(?-i:[A-Z]{2,})[A-Z ,'’&-]*$")  # "29. DECLARATIONS OF INTEREST"
_MEETING_FIELD = re.compile(rf"(?i)^(?:{v.MEETING_FIELD_LABELS.form})\s*[:\t]\s*(?=\S)")
_COUNCIL_FIELD = re.compile(rf"(?i)^(?:{v.COUNCIL_FIELD_LABELS.form})\s*[:\t]\s*(?=\S)")
_ITEM_PREFIX = re.compile(r"(?i)^(?:item|agenda\s+item)\s+\d+[a-z]?\s*[:.-]?\s*")
_APPROVAL = re.compile(
    r"(?i)\b(?:were|was|be|being)\s+(?:\w+\s+){0,3}?(?:approved|confirmed|signed|agreed|noted)\b"
    r"|\bcorrect\s+record\b"
)


@dataclass(frozen=True)
class MeetingHeader:
    """Where a meeting's minutes begin: its committee, date and the rows its header takes."""

    committee: str | None
    date: dt.date
    start: int  # first row of the header block
    body: int  # first row after the header's own lines
    council: str | None = None
    time: str | None = None
    score: float = 0.0
    attended: bool = False  # attendance follows within a few rows


# Where a meeting was held, as headers print it (each form verbatim from the header, for quoting):
_VENUE_FORMS = (
    re.compile(r"^\s*(?:venue|location|place)\s*[:–-]\s*(?P<v>\S.*?)\s*(?:view\s+directions)?\s*$", re.I),  # ModernGov
    # "held at/in the Council Chamber, Civic Centre on Tuesday ...", "held on ... at 7.30pm in the Village Hall"
    # and "The meeting was held in Committee Room 1, Town Hall, commencing at 6.30pm", "took place at ..."
    re.compile(r"\b(?i:held|took\s+place)\s+(?:at|in)\s+(?P<v>(?:the\s+)?[A-Z][^;]{2,120}?)"
               r"(?:,?\s+on\s+|,?\s+(?i:commencing|starting|beginning)\s+at\s|\.?\s*$)"),
    re.compile(r"\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}(?:\s*hrs)?)\s+(?:in|at)\s+"
               r"(?P<v>(?:the\s+)?[A-Z][^;]{2,120}?)"
               r"\s*(?:[.;]?\s*$|,?\s+on\s+)", re.I),
    # "held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber, Leicester Road, Groby": the time, the
    # date, then the place (ended by the sentence, or by what a flattened page runs on with: a minute's number
    # "Cou/285/07-08", the record's "Present")
    re.compile(r"\bheld\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s+on\s+.{6,40}?\b\d{4}\s+(?:at|in)\s+"
               r"(?P<v>(?:the\s+)?(?-i:[A-Z])[^;]{2,120}?)"
               r"(?=\s*[.;]?\s*$|\.\s|;|\s+(?-i:[A-Z])[A-Za-z]{1,5}/\d|\s+(?-i:Present|PRESENT)\b)", re.I),
    # "... held on Thursday 29 September 2022 at 1.00pm, Boardroom, Wellgate House, 4 Canal Street, Tarrowby": the
    # place after the time and a comma
    re.compile(r"\bheld\s+on\s+.{6,40}?\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.),\s+"
               r"(?P<v>(?:the\s+)?(?-i:[A-Z])[^;]{2,120}?)\s*[.;]?\s*$", re.I),
    # "Harbour Office, North Quay, Inverlochan — Thursday 11 October 2018 at 10.30 am": the place, a dash, the date
    re.compile(r"^\s*(?P<v>(?-i:[A-Z])[^–—:;]{2,120}?)\s+[–—]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
               r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}", re.I),
)
# a remote meeting's platform: "held on ... at 2.00 pm via Microsoft Teams (Remote Meetings Regulations 2020)"
_PLATFORM = re.compile(r"\bvia\s+(?P<v>(?:Microsoft\s+|MS\s+)?Teams|Zoom|Skype|Webex|Google\s+Meet|"
                       r"(?:video|audio)[\s-]?conference)\b", re.I)
# a sentence under the attendance saying where the meeting was held: "The meeting was held in Committee Room 1,
# Kestonbury Town Hall, commencing at 6.30pm."
_HELD_SENTENCE = re.compile(r"^\W*the\s+meeting\s+(?:was\s+held|took\s+place|was\s+convened)\s+(?:at|in)\s", re.I)
_VENUE_THEN_TIMES = re.compile(v.VENUE_THEN_TIMES.form, re.I)
# a date run on after the place on a "Venue:" line: "Committee Room 2, Tŷ Dulas. Thursday, 7th March, 2019 10.00 am"
_VENUE_THEN_DATE = re.compile(
    r"[.,;]?\s+(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b.*$"
)


# Whom to ask about the meeting, as council websites print it under the venue (ModernGov's "Contact: Frank Jeffrey
# 01483 743012"), and minutes' cover lines ("Contact Officer: Jane Doe, Democratic Services"): verbatim, for quoting
_CONTACT = re.compile(r"^\s*(?:contact(?:\s+officers?)?|enquiries\s+to)\s*[:–-]\s*(?P<c>\S.{2,150}?)\s*$", re.I)


def find_contact(lines: list[str]) -> str | None:
    """The contact a meeting's header block names ("Contact: Amelia Christopher, Email: ..."); None when none."""
    return next((m.group("c").strip(" .,") for line in lines if (m := _CONTACT.match(line))), None)


_RUNS_ON = re.compile(r"(?i)(?:,|\b(?:on|at|in|of|the|held))\s*$")  # "... held at County Hall, Hartford on"


def _run_on(lines: list[str]) -> list[str]:
    """The header's lines, a line that runs on ("... at 10:00 in the Council Chamber," / "Hartford Borough Council
    Offices, Station Road, Hartford") joined to the next: a sentence wrapped by the page is read whole."""
    out: list[str] = []
    for line in lines:
        if out and _RUNS_ON.search(out[-1]):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def find_venue(lines: list[str]) -> str | None:
    """The venue a meeting's header block names ("Venue: Lancaster Town Hall", "... held at the Town Hall, Moorgate
    on ...", "... at 7.30pm in the John Lampon Hall"), verbatim; a remote meeting's platform ("via Zoom"); None when
    it names none."""
    lines = _run_on(lines)
    for line in lines:
        for form in _VENUE_FORMS:
            m = form.search(line)
            if m and not re.match(r"(?i)(?:the\s+)?(?:meeting|minutes)\b", m.group("v")):
                return _VENUE_THEN_DATE.sub("", m.group("v")).strip(" .,")
    return next((m.group("v") for line in lines if (m := _PLATFORM.search(line))), None)


def venue_said(lines: list[str]) -> tuple[str | None, str | None]:
    """Where and when a sentence before the first item says the meeting was held ("The meeting was held in Committee
    Room 1, Kestonbury Town Hall, commencing at 6.30pm."): the venue and the time, each None when not said."""
    for line in lines:
        if _HELD_SENTENCE.match(line):
            time = find_time(line)  # "commencing at 6.30pm.": the time, not the sentence's full stop
            return find_venue([line]), time[:-1] if time and re.search(r"\d\s*[ap]m\.$", time) else time
        # ModernGov's printed line under the attendance: "Chamber, County Hall - County Hall, Carmarthen. SA31 1JP. -
        # 10.00 - 10.50 am": the venue, and the first of the times when the meeting began
        if m := _VENUE_THEN_TIMES.match(line.strip()):
            return m.group("venue").strip(" .,-–"), find_time(m.group("times"))
    return None, None


def time_by_date(lines: list[str], date: dt.date) -> str | None:
    """The time a line of the header block prints just after the meeting's own date ("Minutes from council meeting on
    April 12th 2021 7pm Zoom meeting", a title line above it giving the date alone), or None. The time must follow the
    date closely: "held 12th April 2021; next meeting 7pm" is not it."""
    for line in lines:
        for f in find_dates(line):
            if f.date == date and f.day_given:
                after = line[f.end : f.end + 16]
                time = find_time(after) if re.match(r"[\s,;:(-]*(?:at\s+|from\s+)?\d", after) else None
                if time:
                    return time[:-1] if re.search(r"\d\s*[ap]m\.$", time) else time
    return None


def tidy_committee(name: str) -> str:
    """A committee's name as a heading shows it: "SELECT COMMISSION" -> "Select Commission"."""
    name = re.sub(r"\s+", " ", name.strip(" *#-–:,.;"))
    name = re.sub(r"(?i)^(?:minutes\s+of\s+)?(?:the\s+)?", "", name)
    # "MINUTES - PLANNING COMMITTEE - 12/02/2025": the paper's name before the committee's
    name = re.sub(r"(?i)^(?:draft\s+|confirmed\s+|approved\s+)?minutes\s*[–—:-]\s*", "", name)
    # "Amenities and Leisure Committee — Minutes", "Cabinet - Draft Minutes": the paper's name after the committee's
    name = re.sub(r"(?i)\s*[–—-]\s*(?:draft\s+|confirmed\s+|approved\s+|signed\s+)?(?:minutes|agenda|decisions?)$",
                  "", name)
    if name.isupper() or (sum(c.isupper() for c in name) > 0.7 * sum(c.isalpha() for c in name) and len(name) > 4):
        small = {"OF", "AND", "THE", "FOR", "ON", "IN", "TO", "LE", "AT"}
        name = " ".join(w.lower() if w.upper() in small else w.capitalize() for w in name.split())
        name = name[0].upper() + name[1:]
    return name.strip()


def _first_full_date(text: str) -> tuple[dt.date, int, int] | None:
    for f in find_dates(text):
        if f.explicit_year and f.day_given:
            return f.date, f.start, f.end
    return None


def _committee_from_opening(rest: str) -> str | None:
    """The body after "Minutes of": "a Meeting of Oakmere Parish Council held at" -> "Oakmere Parish Council"."""
    rest = re.sub(r"(?i)^proceedings\s+of\s+", "", rest.strip())
    if re.match(rf"(?i)(?:{v.HELD.form})\b", rest):
        return None  # "Notes of the meeting held on ...": the committee stands on the line above
    cut = _HELD.search(rest)
    dated = _first_full_date(rest)
    end = min(x for x in (cut.start() if cut else len(rest), dated[1] if dated else len(rest), len(rest)))
    name = re.sub(r"(?i)\s+(?:on|held|at|of|dated|for)$", "", rest[:end].strip(" ,.-–:"))  # "of Meeting: 21.01.2025"
    kind = ""
    if m := _MEETING_OF.match(name):
        kind = (m.group("kind") or "").strip()
        name = name[m.end() :]
        name = f"{tidy_committee(kind)} Meeting of the {tidy_committee(name)}" if kind and name else name
    name = _strip_ordinals(re.sub(r"(?i)^(?:the|a|an)\s+", "", name)).strip()
    name = re.sub(r"(?i)^(?:the|a|an)\s+", "", name)
    if _MANNER_ONLY.fullmatch(name):
        return None  # "Minutes of the virtual meeting held on ...": the committee stands on the line above
    if not kind and not re.search(r"(?i)\b(?:annual|special|extraordinary|ordinary)\b", name):
        name = re.sub(r"(?i)\s+meeting$", "", name)
    if re.fullmatch(r"(?i)(?:the\s+)?(?:meeting|hearing|session)|", name) or len(name) > 120 \
            or not re.search(r"[A-Za-z]{2}", name):  # "SEDERUNT (28 October 2027):": a date, no body's name
        return None
    return tidy_committee(name) if name else None


_MAY_HOLD_DATE = re.compile(r"(?:19|20)\d\d|\d[/.]\d")  # every full date has a year or is numeric
# the paper's own event named just before a date: "Status: Approved 24/04/2025", "Date of issue: 3 May 2023"
_PAPER_LIFE = v.compiled(
    v.PAPER_LIFE_DATES,
    r"\b{}\b(?:\s+(?:on|date|dated))?\s*[:;.,–—-]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
)


def dates_the_paper(text: str) -> bool:
    """Whether a row's first full date is the paper's own, not a meeting's: the word just before it names what
    happened to the paper ("Published 28/04/2025", "Status: Approved 24/04/2025", "Last updated: 14/10/2022")."""
    dated = _first_full_date(text)
    return bool(dated and _PAPER_LIFE.search(text[: dated[1]]))


def _candidate(rows: list[Row], i: int) -> MeetingHeader | None:
    """A meeting header opening at row ``i``, if the row opens one."""
    text = rows[i].text
    if len(text) > 600 or not (_MAY_HOLD_DATE.search(text) or _OPENER.match(text)) or dates_the_paper(text):
        return None
    if (m := _OPENER.match(text)) and not re.match(r"(?i)^(?:the|that)\b", text):
        pieces = [m.group("rest"), *(r.text for r in rows[i + 1 : i + 3])]
        window = " ".join(pieces)
        dated = _first_full_date(window)
        if dated and not _APPROVAL.search(window[: dated[2] + 40]):
            span, offset = 1, 0
            for k, piece in enumerate(pieces):
                if dated[1] < offset + len(piece):
                    span = k + 1
                    break
                offset += len(piece) + 1
            return MeetingHeader(
                _committee_from_opening(m.group("rest")),
                dated[0],
                i,
                i + span,
                # "on Monday 4 February 2008 at 7.00pm", or before the date: "held at 7.00pm on Monday 4 February"
                time=find_time(window[dated[2] : dated[2] + 40]) or find_time(window[max(0, dated[1] - 30) : dated[1]]),
                score=3.0,
            )
    if (m := _TITLE_DATE.match(text)) and (dated := _first_full_date(m.group("date"))) and dated[1] <= 12:
        name = m.group("committee")
        if _FIELD_LABEL.match(name):
            return None  # "ACTION: Head of Highways - 31 March 2022": a decision's follow-up, not a meeting's title
        # "Meeting notes - 27 February 2025, 14:00-16:00": the paper's name, then the date
        paper = re.fullmatch(
            r"(?i)(?:draft\s+|public\s+|confirmed\s+)?(?:minutes|agenda|decisions?|(?:meeting\s+)?notes)", name.strip())
        if paper or heading_like(re.sub(r"\d", "", name)) or committee_like(name):
            return MeetingHeader(
                None if paper else tidy_committee(_ITEM_PREFIX.sub("", name)),  # "Minutes – Tuesday 3 October ..."
                dated[0],
                i,
                i + 1,
                time=find_time(m.group("date")[dated[2] :]),
                score=2.5,
            )
    if len(text) <= 250 and (date := date_row(text)) is not None:
        committee, start = None, i
        for j in range(i - 1, max(-1, i - 4), -1):
            if _COUNCIL_FIELD.match(rows[j].text):
                continue  # "Council: Stourfield City Council" between "Committee: ..." and "Meeting date: ..."
            if _PAPER_NAME.match(_english_half(rows[j].text)) or _WELSH_PAPER_NAME.match(rows[j].text):
                continue  # "COFNODION Y CYFARFOD / MINUTES OF THE MEETING" names the paper; the body stands above
            field = _MEETING_FIELD.match(rows[j].text)
            if (field and len(rows[j].text) <= 150) or committee_like(_ITEM_PREFIX.sub("", rows[j].text)):
                # (a field labelled "Meeting" or "Committee" names it, whatever its words)
                committee, start = _ITEM_PREFIX.sub("", rows[j].text[field.end() :] if field else rows[j].text), j
                if " / " in committee and _COUNCIL_NOUN.search(committee):
                    committee = _english_half(committee)  # "CYNGOR CYMUNED X / X COMMUNITY COUNCIL"
                break
            if len(rows[j].text) > 120:
                break
        held = bool(re.match(rf"(?i)^{_HELD_ROW}\b", text))
        score = (2.5 if held else 2.0) if committee else 1.0
        return MeetingHeader(
            tidy_committee(committee) if committee else None, date, start, i + 1, time=find_time(text), score=score
        )
    if len(text) <= 250 and (both := committee_then_date(text)):
        return MeetingHeader(tidy_committee(both[0]), both[1], i, i + 1, time=find_time(text), score=2.0)
    return None


_TIME_THEN_PLACE = re.compile(
    r"^[\s,]*(?:at\s+)?(?:\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|hrs)?|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))"
    r"[\s,–-]+(?:at\s+|in\s+)?"
    r"(?-i:[A-Z])[^.;:]{2,80}$",
    re.I,
)


# the header's other fields run on after the date, as one line of a Markdown or Word header shows them: "Date: 6 March
# 2025  Time: 09:30  Location: Boardroom, ..."
_LATER_FIELDS = re.compile(r"\s+(?:time|venue|location|place|where)\s*:\s.*$", re.I)


def date_row(text: str) -> dt.date | None:
    """The date if this row is essentially a date ("Tuesday, 28th July, 2020", "Held on 13th January 2022 via Zoom").

    A bilingual row is a date if either half is: "Dydd Iau, 19 Hydref 2023 / Thursday, 19 October 2023".
    """
    if " / " in text:
        return next((d for half in text.split(" / ") if (d := _date_row(half))), None)
    return _date_row(text)


def _date_row(text: str) -> dt.date | None:
    held = bool(re.match(rf"(?i)^{_HELD_ROW}\b", text.strip()))
    body = _LATER_FIELDS.sub("", _DATE_PREFIX.sub("", text.strip()))
    found = find_dates(body)
    if not found or not found[0].explicit_year or not found[0].day_given:
        return None
    f = found[0]
    if held:
        return f.date if f.start <= 20 else None
    if f.start <= 12 and _TIME_THEN_PLACE.match(body[f.end :]):
        return f.date  # "Monday 18 November 2024, 7pm, The Old School Rooms": the date, the time and the place
    rest = (body[: f.start] + body[f.end :]).strip(" ,.-:")
    rest = re.sub(r"(?i)\b(?:at|commencing|from)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?", "", rest)
    return f.date if len(rest.strip(" ,.-")) <= 12 else None


def committee_then_date(text: str) -> tuple[str, dt.date] | None:
    """ "IMPROVING LIVES SELECT COMMISSION Tuesday, 28th July, 2020" on one row (readers often join them)."""
    found = [f for f in find_dates(text) if f.explicit_year and f.day_given]
    if not found:
        return None
    head = re.sub(r"(?i)[\s,–-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,–-]*$", "", text[: found[0].start])
    tail = text[found[0].end :].strip(" ,.-")
    caps = re.search(r"(?:\b[A-Z][A-Z'’&-]+(?:\s+|$)){2,}$", head + " ")
    if caps and caps.start() > 0:
        head = caps.group(0)  # "Agenda Template STANDARDS COMMITTEE" -> "STANDARDS COMMITTEE"
    if head and committee_like(head) and len(tail) <= 30 and not _FIELD_LABELLED.search(head) \
            and not _LOG_NAMED.match(text) and not _TABLE_AS_AT.search(head):
        # (an action's fields, "Owner: Mark Ellery. Due: 15 December 2026.", are a follow-up's, not a meeting's; an
        # action log's heading with the day its rows stand at, "ACTIONS - POSITION AS AT 18 MARCH 2025", a log's; a
        # tracker's column heading, "Minute  Decision  Position at 23 March 2038", a table's)
        return head.strip(), found[0].date
    return None


def _attended(rows: list[Row], start: int, span: int = 8) -> bool:
    return any(_ATTENDANCE.search(r.text) for r in rows[start : start + span])


_COUNCIL_NOUN = v.compiled(v.COUNCIL_NOUNS, r"\b{}\b")
_ENGLISH_COUNCIL_NOUN = v.compiled(v.COUNCIL_NOUNS[:-1], r"\b{}\b")
_WELSH_PAPER_NAME = re.compile(rf"^(?:{v.WELSH_PAPER_NAMES.form})\b", re.I)
_PAPER_NAME = re.compile(r"^\W*(?:draft\s+|confirmed\s+)?minutes(?:\s+of\s+(?:the|a|an)\s+meeting)?\W*$", re.I)


def _council_above(rows: list[Row], header: MeetingHeader, committee: str | None = None) -> str | None:
    """The council or authority named just above a header ("WELTON LE MARSH PARISH COUNCIL"), over a "MINUTES" line,
    or on the header's own first line when that is not the committee ("NHS X Clinical Commissioning Group" over
    "Minutes of the Governing Body ..."). Of a bilingual name, the English half ("CYNGOR SIR CAERWEN / CAERWEN COUNTY
    COUNCIL"), whether the halves share a line or stand on two; a Welsh line naming the paper ("COFNODION ...") is
    no council."""
    named: list[str] = []
    for j in range(header.start, max(-1, header.start - 4), -1):
        t = _english_half(_outermost_body(rows[j].text))
        if j == header.start and (_first_full_date(t) or tidy_committee(t).lower() == (header.committee or "").lower()):
            continue
        if _MEETING_FIELD.match(t):
            continue  # "Meeting: Combined Authority Board": the meeting's field, not its council
        t = _COUNCIL_FIELD.sub("", t)  # "Council: Stourfield City Council"
        if _OPENER.match(t) or t.strip().startswith("("):
            continue  # "Minute of Meeting of the Board of Trustees" names the meeting; "(Administering Authority for
            # the Kersley Pension Fund)" under the council's name is a note on it
        if committee_like(t) and _COUNCIL_NOUN.search(t) and not _WELSH_PAPER_NAME.match(t):
            named.append(t)
    if committee and len(named) > 1:  # the committee's own line (a panel, a board) under the council's: not the council
        named = [t for t in named if tidy_committee(_ITEM_PREFIX.sub("", t)).lower() != committee.lower()]
    english = [t for t in named if _ENGLISH_COUNCIL_NOUN.search(t)]
    if english or named:
        return tidy_committee(re.sub(r"(?i)^cyngor\s+\w+\s+", "", (english or named)[0]))
    return None


_BREADCRUMB = re.compile(r"\s+[>›»]\s+")


def _outermost_body(text: str) -> str:
    """Of a website's breadcrumb trail ("Pendlesham Council > Committees > Communities Scrutiny Panel"), the
    outermost step that names a body: the council whose pages these are; any other line as it is."""
    steps = _BREADCRUMB.split(text)
    return next((s for s in steps if _COUNCIL_NOUN.search(s)), text) if len(steps) > 1 else text


def _english_half(text: str) -> str:
    """Of a bilingual line ("Caerwen County Borough Council / Cyngor Bwrdeistref Sirol Caerwen", "CYNGOR SIR X / X
    COUNTY COUNCIL"), the half in English, whichever side it stands; a line of one language as it is. A PDF's text
    may join the two halves with a space alone ("Caerwen County Borough Council Cyngor Bwrdeistref Sirol Caerwen")."""
    halves = re.split(r"\s+/\s+|\s+(?=(?:Cyngor|CYNGOR)\s)", text)
    return next((h for h in reversed(halves) if _ENGLISH_COUNCIL_NOUN.search(h) and not re.match(r"(?i)cyngor\b", h)),
                halves[-1])


def council_in_title(title: str, committee: str | None) -> str | None:
    """The council a page's title names beside the committee: "North Tarrow Combined Authority | Transport Committee |
    Minutes 29 September 2022", "Kersley County Council - Health Overview and Scrutiny Committee - Minutes - ..."."""
    for part in re.split(r"\s+[|–—-]\s+|\s*\|\s*", title):
        part = _english_half(part.strip())
        if (committee_like(part) and _COUNCIL_NOUN.search(part) and not _OPENER.match(part)
                and tidy_committee(part).lower() != (committee or "").lower()):
            return tidy_committee(part)
    return None


def _strength(h: MeetingHeader) -> tuple[object, ...]:
    """Which of two candidates for one meeting names it best: a committee, a strong form, a fuller name."""
    return (h.committee is not None, h.score + h.attended, len((h.committee or "").split()), h.start)


_SITTING = v.compiled(v.SITTING_HEADINGS, r"^\W{0,3}{}\b")
LATER_SITTING_DAYS = 60  # an adjourned meeting reconvenes within weeks, not at the body's next meeting


def _later_sitting(rows: list[Row], c: MeetingHeader, before: MeetingHeader) -> bool:
    """Does the header ``c`` open a later sitting of the meeting ``before`` (the meeting adjourned and reconvened,
    minuted in one paper: "RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027, 10.00 am" over that day's sederunt)? Its
    heading names the sitting, its date follows the meeting's within weeks, and it names no other body."""
    named = any(_SITTING.match(rows[k].text.strip()) for k in range(c.start, min(c.body, len(rows))))
    days = (c.date - before.date).days
    other_body = c.committee is not None and before.committee is not None and not _SITTING.match(c.committee) \
        and c.committee.lower() != before.committee.lower()
    return named and 0 < days <= LATER_SITTING_DAYS and not other_body


def find_meeting_headers(
    rows: list[Row], fallback_committee: str | None = None, *, require_attendance: bool = False,
    titled: str | None = None,
) -> list[MeetingHeader]:
    """Every place where a meeting's minutes begin, best candidate per place.

    In an agenda pack (``require_attendance``) only minutes with their attendance count: the pack's
    cover and its reports' title pages carry a committee and a date too. ``titled``: the body a page's title names,
    for a meeting no line near its date names.
    """
    candidates = [c for i in range(len(rows)) if (c := _candidate(rows, i))]
    candidates = [replace(c, attended=_attended(rows, c.body)) for c in candidates]
    merged: list[MeetingHeader] = []
    for c in candidates:
        if merged and merged[-1].date == c.date and c.start - merged[-1].start <= 6 and not any(
                _NUMBERED_TITLE.match(r.text) for r in rows[merged[-1].body : c.start]):
            # (not across a numbered item: "29. DECLARATIONS OF INTEREST" then a column's running title, the same day)
            best = max(merged[-1], c, key=_strength)
            merged[-1] = replace(
                best,
                start=min(merged[-1].start, c.start),
                body=max(merged[-1].body, c.body),
                attended=merged[-1].attended or c.attended,
            )
            continue
        merged.append(c)
    headers: list[MeetingHeader] = []
    for c in merged:
        first = not headers
        strong = c.attended and (c.score >= 2.0 or (c.score >= 1.0 and (fallback_committee or titled)))
        if (first and c.start > 60 and not strong) or (require_attendance and not strong):
            continue
        if not first and _later_sitting(rows, c, headers[-1]):
            continue  # "RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027": the meeting above, continued on a later day
        if (first and (strong or c.score >= 2.5 or (c.score >= 2.0 and c.start <= 15))) or (
            not first and strong and c.start > headers[-1].body + 4
        ):
            headers.append(c)
    out = []
    for h in headers:
        committee = h.committee or fallback_committee or _committee_above(rows, h) or titled
        council = _council_above(rows, h, committee)
        # (a council's own meeting keeps the name printed, "Parish Council", its council named apart: a committee
        # named with the council's name reads the place as the body's word, which questions use to say where)
        if committee and council in (None, committee) and (both := council_then_committee(committee)):
            council, committee = both
        out.append(replace(h, committee=committee, council=council))
    return out


_NAME_BREAK = re.compile(r"\s+[–—|]\s+")


def council_then_committee(name: str) -> tuple[str, str] | None:
    """The council and the committee of one heading naming both across a dash ("Ardmallow Borough Council —
    Overview and Scrutiny Panel"), in either order ("Planning Committee – Kildrummie Council"), or with "of"
    ("Planning Committee of Shalecombe District Council"): the half naming a council (its English noun) is the
    council."""
    halves = [h.strip() for h in _NAME_BREAK.split(name)]
    if len(halves) == 1 and (of := _COMMITTEE_OF.match(name)):
        halves = [of.group("committee"), of.group("council")]  # "Planning Committee of Shalecombe District Council"
    if len(halves) != 2 or not all(committee_like(h) for h in halves):
        return None
    named = [h for h in halves if _COUNCIL_WORD.search(h)]
    if len(named) != 1:
        return None
    council = named[0]
    return tidy_committee(council), tidy_committee(halves[1] if council == halves[0] else halves[0])


_COMMITTEE_OF = re.compile(
    r"(?i)^(?P<committee>.*?\b(?:committee|sub-committee|panel|board|cabinet|forum|commission))\s+of\s+(?:the\s+)?"
    r"(?P<council>.+)$")
_COUNCIL_WORD = re.compile(r"(?i)\b(?:council|authority|corporation|cyngor)\s*$|^(?:london|royal)\s+borough\s+of\b")


def _committee_above(rows: list[Row], h: MeetingHeader) -> str | None:
    for j in range(h.start - 1, max(-1, h.start - 3), -1):
        t = _ITEM_PREFIX.sub("", rows[j].text)
        if committee_like(t):
            return tidy_committee(t)
    return None


def fallback_header(rows: list[Row], title: str | None, fallback_committee: str | None) -> MeetingHeader | None:
    """A meeting for a paper whose header was not recognised: a committee-like line or title, and the first date."""
    opening = rows[:30]
    dated = next(((r, d) for r in opening if (d := _first_full_date(r.text))), None)
    date = dated[1][0] if dated else None
    if date is None and title and (d := _first_full_date(title)):
        date = d[0]
    if date is None:
        dated = next(((r, d) for r in rows if (d := _first_full_date(r.text))), None)
        date = dated[1][0] if dated else None
    if date is None:
        return None
    committee = fallback_committee or next(
        (tidy_committee(r.text) for r in rows[:15] if committee_like(r.text)),
        tidy_committee(title) if title else None,
    )
    return MeetingHeader(committee, date, 0, 0, score=0.0)
