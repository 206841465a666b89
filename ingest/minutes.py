"""Minutes: meetings, minute items, resolutions, attendance, declarations, references.

Works on cleaned rows (:mod:`ingest.cleaning`) from any format, and reads the
structure that clerks write everywhere, not one council's layout:

* a meeting opens with the committee's name and the date, followed closely by
  "Present:-" (or "Minutes of the meeting of X held on <date>");
* minute items are headed "83. TITLE" with numbers that run on through the
  minutes; web exports may give headings without numbers;
* each item may end in "Resolved:-" followed by numbered parts "(1) That ...",
  "1) That ...", "- 2) That ..." or one unnumbered "That ...";
* declarations read "Councillor X declared a personal interest in Minute No. N";
* references read "Further to Minute No. 53 of ... held on 22nd March, 2017".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from ingest.cleaning import Row
from minutebook.dates import find_dates, find_time, first_date
from minutebook.model import Declaration, InterestKind, Meeting, MinuteItem, MinuteReference, Resolution

ITEM_HEADING = re.compile(r"^(?:minute\s+(?:no\.?\s*)?)?(?P<num>\d{1,4})(?:\.|:|\s{2,}|\t)\s*(?P<title>\S.*)$", re.I)
PRESENT = re.compile(
    r"^(?:members\s+|councillors\s+)?present\b\s*(?:[:;.-]+|\s)|^attendance\s*[:-]|^in attendance\s*[:-]", re.I
)
MINUTES_OF = re.compile(
    r"^minutes\s+of\s+(?:the\s+|a\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<committee>.+?)\s+"
    r"(?:held\s+)?(?:on|at)\s+(?P<rest>.*)$",
    re.I,
)
RESOLVED = re.compile(
    r"^(?:it\s+was\s+)?(?:resolved|agreed|recommended|decision)\b(?:\s+(?:unanimously|that))?\s*[:;.,–-]*\s*-?\s*(?P<rest>.*)$",
    re.I,
)
# "(1) That", "1) That", "- 2) That", "(a) notes", "1. That", "(iii) that"
MARKER = re.compile(
    r"^(?:[-•*·]\s*)?\(?(?P<mark>\d{1,2}|[a-z]|[ivx]{1,4})\)\s*(?P<rest>.*)$|^(?P<dmark>\d{1,2})\.\s+(?P<drest>[Tt]hat\b.*)$"
)
INLINE_MARKER = re.compile(r"(?:^|(?<=[;.:]\s)|(?<=\s))\((?P<mark>\d{1,2}|[a-z]|[ivx]{1,4})\)\s+(?=[Tt]hat\b)")
BULLET = re.compile(r"^(?:[-•*·▪◦]|:\s)")
MINUTE_REF = re.compile(
    r"minute\s+(?:no\.?|number)?\s*(?P<num>\d{1,4})(?:\s*\((?P<res>\d{1,2}|[a-z])\))?(?P<year>\s*\d{4}/\d{2,4})?", re.I
)
DECLARED = re.compile(
    r"(?P<member>(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+(?:[A-Z]\.\s*)*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"\s+(?:declared|made\s+a\s+declaration\s+of|had)\s+(?:an?\s+)?(?P<kind>(?:(?:personal|prejudicial|"
    r"non[-\s]?pecuniary|disclosable\s+pecuniary|pecuniary|other\s+registrable|registrable)\s*(?:and\s+)?)*)"
    r"\s*interests?\b(?P<tail>[^\n]{0,400})",
)
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
EXCLUSION = re.compile(r"exclu\w+\s+of\s+(?:the\s+)?(?:press|public)", re.I)
EXCLUDED_RESOLVED = re.compile(r"(?:public|press)[^.]{0,80}\bbe\s+excluded|exempt\s+information", re.I)
NOT_EXCLUDED = re.compile(r"\bno\s+items?\b|\bnot\s+(?:be\s+)?excluded|\bno\s+(?:need|requirement)", re.I)
READMITTED = re.compile(r"re-?admitted", re.I)
EXEMPT_MARK = re.compile(r"schedule\s+12a|not\s+for\s+publication|exempt\s+information", re.I)


@dataclass(frozen=True)
class MeetingHeader:
    """Where a meeting's minutes begin: its committee, date and the row index of "Present"."""

    committee: str
    date: dt.date
    start: int  # first row of the header block
    present: int  # row index of the "Present" row (or the header if none)


def heading_like(title: str, level: int = 0) -> bool:
    """Does this read as an item title rather than a sentence?"""
    title = title.strip()
    if level:
        return len(title) <= 250
    if not title or len(title) > 200 or re.match(r"(?i)that\b", title):
        return False
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 3:
        return False
    if sum(c.isupper() for c in letters) / len(letters) >= 0.6:
        return True
    if title.endswith((".", ",", ";", ":-")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", title) if w.lower() not in SMALL_WORDS]
    return bool(words) and len(words) <= 20 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def committee_like(text: str) -> bool:
    """A committee name line: words, mostly capitals or title case, no date, no sentence."""
    t = text.strip().strip("*#").strip()
    if not (3 <= len(t) <= 120) or re.search(r"\d", t) or t.endswith("."):
        return False
    low = t.lower()
    if low.startswith(("present", "apolog", "agenda", "date", "venue", "time", "minutes of", "membership")):
        return False
    return heading_like(t)


def _date_row(text: str) -> dt.date | None:
    """The date if this row is essentially a date ("Tuesday, 28th July, 2020", "Date: 13th March, 2018")."""
    body = re.sub(r"(?i)^(?:date(?:\s+and\s+time)?|held\s+on|meeting\s+date)\s*[:;-]*\s*-?\s*", "", text.strip())
    found = find_dates(body)
    if not found or not found[0].explicit_year or not found[0].day_given:
        return None
    f = found[0]
    rest = (body[: f.start] + body[f.end :]).strip(" ,.-:")
    rest = re.sub(r"(?i)\b(?:at|commencing|from)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?", "", rest).strip(
        " ,.-"
    )
    return f.date if len(rest) <= 12 else None


def find_meeting_headers(rows: list[Row], fallback_committee: str | None = None) -> list[MeetingHeader]:
    """Every place where a meeting's minutes begin."""
    headers: list[MeetingHeader] = []
    for i, row in enumerate(rows):
        m = MINUTES_OF.match(row.text)
        if m and (d := first_date(m.group("rest"))) and _present_within(rows, i + 1, 8) is not None:
            p = _present_within(rows, i + 1, 8)
            headers.append(MeetingHeader(tidy_committee(m.group("committee")), d, i, p if p is not None else i))
            continue
        if not PRESENT.match(row.text):
            continue
        if headers and headers[-1].present >= i - 8:
            continue  # already found for this block
        header = _header_above(rows, i, fallback_committee)
        if header:
            headers.append(header)
    return headers


def _present_within(rows: list[Row], start: int, span: int) -> int | None:
    for j in range(start, min(len(rows), start + span)):
        if PRESENT.match(rows[j].text):
            return j
    return None


def _committee_then_date(text: str) -> tuple[str, dt.date] | None:
    """ "IMPROVING LIVES SELECT COMMISSION Tuesday, 28th July, 2020" on one row (readers often join them)."""
    found = [f for f in find_dates(text) if f.explicit_year and f.day_given]
    if not found:
        return None
    head = re.sub(r"(?i)[\s,–-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,–-]*$", "", text[: found[0].start])
    tail = text[found[0].end :].strip(" ,.-")
    if head and committee_like(head) and len(tail) <= 30:
        return head, found[0].date
    return None


def _header_above(rows: list[Row], present: int, fallback_committee: str | None) -> MeetingHeader | None:
    date: dt.date | None = None
    date_at = -1
    for j in range(present - 1, max(-1, present - 7), -1):
        joined = _committee_then_date(rows[j].text)
        if joined:
            return MeetingHeader(tidy_committee(joined[0]), joined[1], j, present)
        d = _date_row(rows[j].text)
        if d:
            date, date_at = d, j
            break
    if date is None:
        return None
    committee, start = None, date_at
    for j in range(date_at - 1, max(-1, date_at - 4), -1):
        if committee_like(rows[j].text):
            committee, start = rows[j].text, j
            break
    if committee is None:
        committee = fallback_committee
    if committee is None:
        return None
    return MeetingHeader(tidy_committee(committee), date, start, present)


def tidy_committee(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip(" *#-–:"))
    name = re.sub(r"(?i)^(?:minutes\s+of\s+)?(?:the\s+)?", "", name)
    if name.isupper():
        small = {"OF", "AND", "THE", "FOR", "ON", "IN", "TO"}
        name = " ".join(w.lower() if w in small else w.capitalize() for w in name.split())
        name = name[0].upper() + name[1:]
    return name


# ---------------------------------------------------------------- items


def find_item_headings(rows: list[Row], start: int, end: int) -> list[tuple[int, str | None, str]]:
    """Minute item headings in rows[start:end] as (row index, number, title).

    Numbers must run on (each one to three more than the last), which keeps
    numbered paragraphs of reports out. With no numbered run, headings marked
    as such by the source (web exports) become unnumbered items.
    """
    found: list[tuple[int, str | None, str]] = []
    last: int | None = None
    for i in range(start, end):
        m = ITEM_HEADING.match(rows[i].text)
        if not m or not heading_like(m.group("title"), rows[i].level):
            continue
        n = int(m.group("num"))
        if last is None or last < n <= last + 3:
            found.append((i, str(n), m.group("title").strip(" *")))
            last = n
    if len(found) >= 2:
        return found
    levels = [r.level for r in rows[start:end] if r.level >= 2]
    if not levels:
        return found
    level = min(levels)
    return [(i, None, rows[i].text) for i in range(start, end) if rows[i].level == level] or found


def build_item(rows: list[Row], number: str | None, title: str, head: int, end: int, ref: dt.date) -> MinuteItem:
    """One minute item from its heading row to the row before the next heading."""
    body = rows[head + 1 : end]
    pages = sorted({r.page for r in rows[head:end] if r.page is not None})
    text = "\n".join(r.text for r in body)
    return MinuteItem(
        number=number,
        title=_tidy_title(title),
        text=text,
        pages=pages,
        resolutions=parse_resolutions(body),
        references=parse_references(text, ref),
    )


def _tidy_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title.strip(" *#"))
    return title


def parse_resolutions(body: list[Row]) -> list[Resolution]:
    """The numbered parts of every "Resolved" block in an item."""
    out: list[Resolution] = []
    i = 0
    while i < len(body):
        m = RESOLVED.match(body[i].text)
        if not m:
            i += 1
            continue
        block = [m.group("rest")] if m.group("rest").strip() else []
        j = i + 1
        while j < len(body) and not RESOLVED.match(body[j].text):
            block.append(body[j].text)
            j += 1
        out.extend(_split_block(block))
        i = j
    return out


def _explode_inline(lines: list[str]) -> list[str]:
    """Split "(1) That ...; (2) That ..." written on one line into one line per part."""
    out: list[str] = []
    for line in lines:
        cuts = [m.start() for m in INLINE_MARKER.finditer(line)]
        if len(cuts) >= 2 or (cuts and cuts[0] > 0):
            bounds = [*cuts, len(line)]
            if bounds[0] > 0:
                out.append(line[: bounds[0]].strip())
            out.extend(line[a:b].strip() for a, b in itertools.pairwise(bounds))
        else:
            out.append(line)
    return [x for x in out if x]


def _split_block(lines: list[str]) -> list[Resolution]:
    lines = _explode_inline(lines)
    parts: list[tuple[str | None, list[str]]] = []
    top: str | None = None  # "digit", "alpha" or "roman": the kind of marker that numbers the parts
    for idx, line in enumerate(lines):
        m = MARKER.match(line)
        mark = (m.group("mark") or m.group("dmark")) if m else None
        rest = ((m.group("rest") if m.group("mark") else m.group("drest")) or "") if m else line
        kind = _marker_kind(mark) if mark else None
        if mark and ((top is None and not parts) or kind == top):
            top = kind
            parts.append((mark, [rest]))
            continue
        if not parts:
            if idx == 0 or not _ends_sentence(lines[idx - 1]) or BULLET.match(line):
                parts.append((None, [line]))
                continue
            break
        prev = parts[-1][1][-1]
        if mark or BULLET.match(line) or not _ends_sentence(prev) or line[:1].islower():
            parts[-1][1].append(line)  # a sub-part "(a)", a bullet, or a wrapped line
            continue
        break  # a new sentence that is not a part: narrative after the resolutions
    return [Resolution(number=n, text=_join(t)) for n, t in parts if _join(t)]


def _marker_kind(mark: str) -> str:
    if mark.isdigit():
        return "digit"
    if (re.fullmatch(r"[ivx]+", mark) and mark not in {"v", "x"}) or mark == "i":
        return "roman"
    return "alpha"


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "?", "!", '."', ".”", ".)"))


def _join(lines: list[str]) -> str:
    return "\n".join(x.strip() for x in lines if x.strip())


def parse_references(text: str, ref: dt.date) -> list[MinuteReference]:
    """Pointers to earlier minutes, with the meeting date or municipal year where given."""
    out: list[MinuteReference] = []
    seen: set[tuple[str, str | None]] = set()
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


# ---------------------------------------------------------------- attendance


_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_NAME_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:councillors?|cllrs?\.?|co-opted\s+members?|members?|from|also|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s+)+",
    re.I,
)


def split_names(text: str) -> list[str]:
    """ "Councillors Buckley, Clark and Khan" -> ["Buckley", "Clark", "Khan"]; titles of non-councillors kept."""
    names: list[str] = []
    text = re.sub(r"\([^)]*\)", "", text)
    for raw in _NAME_SPLIT.split(text):
        raw = raw.strip(" .:-")
        keep_title = re.match(
            r"(?i)(?:mr|mrs|ms|miss|dr)\.?\s", re.sub(r"(?i)^(?:from\s+)?(?:co-opted\s+members?\s+)", "", raw)
        )
        name = raw if keep_title else _NAME_PREFIX.sub("", raw)
        if keep_title:
            name = re.sub(r"(?i)^(?:from\s+)?(?:co-opted\s+members?\s+)", "", raw)
        name = name.strip(" .")
        if name and name[0].isupper() and len(name) <= 60 and len(name.split()) <= 5:
            names.append(name)
    return names


def parse_attendance(meeting: Meeting, rows: list[Row]) -> None:
    """Fill chair, present, in attendance and apologies from the rows before the first item."""
    texts: list[str] = []
    for row in rows:
        t = row.text
        low = t.lower()
        if PRESENT.match(t) and not low.startswith(("in attendance", "attendance")):
            texts.append(t)
            body = re.sub(r"(?i)^.*?present\b\s*[:;.-]*\s*-?\s*", "", t, count=1)
            chair = re.search(
                r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s*\((?:in\s+the\s+)?chair(?:man|person)?\)", body, re.I
            )
            if chair:
                meeting.chair = _NAME_PREFIX.sub("", chair.group(1)).strip()
            meeting.present.extend(split_names(body))
        elif "apolog" in low:
            texts.append(t)
            body = re.split(r"(?i)\breceived\s+from\b|apologies\s+for\s+absence\s*[:;-]+|apologies\s*[:;-]+", t)[-1]
            meeting.apologies.extend(n for n in split_names(body) if n.lower() not in {"apologies", "none"})
        elif "in attendance" in low or low.startswith(("also present", "officers present", "attendance")):
            texts.append(t)
            who = re.split(r"(?i),?\s+(?:was|were)\s+in\s+attendance", t)[0]
            who = re.sub(
                r"(?i)^(?:also\s+present|also\s+in\s+attendance|in\s+attendance|officers\s+present)\s*[:;-]*", "", who
            )
            meeting.in_attendance.append(who.strip(" .:-"))
    if meeting.chair and meeting.chair not in meeting.present:
        meeting.present.insert(0, meeting.chair)
    meeting.attendance_text = "\n".join(texts)


def parse_declarations(meeting: Meeting) -> None:
    """Declarations of interest made anywhere in the minutes, tied to the item they concern."""
    seen: set[tuple[str, str | None]] = set()
    for item in meeting.items:
        for m in DECLARED.finditer(item.text):
            tail = m.group("tail")
            ref = MINUTE_REF.search(tail)
            concerns: str | None
            if ref and ref.start() < 40:
                concerns = ref.group("num")
            elif re.match(r"(?i)\s+in\s+(?:the\s+)?(?:above|this|that)\s+item", tail):
                concerns = item.number or item.title
            else:
                titled = re.match(r"(?i)\s+in\s+(?:agenda\s+)?item\s+(\d+)", tail)
                concerns = titled.group(1) if titled else (None if "declaration" in item.title.lower() else item.number)
            member = _NAME_PREFIX.sub("", m.group("member")).strip()
            key = (member, concerns)
            if key in seen:
                continue
            seen.add(key)
            sentence = item.text[m.start() : m.end()]
            end_more = item.text.find(")", m.end()) if item.text[max(0, m.start() - 1) : m.start()] == "(" else -1
            full = item.text[m.start() : max(m.end(), end_more)]
            meeting.declarations.append(
                Declaration(
                    member=member,
                    kind=_interest_kind(m.group("kind")),
                    item=concerns,
                    text=full.strip() or sentence,
                    withdrew=bool(re.search(r"(?i)\bleft\s+the\s+(?:meeting|room|chamber)|\bwithdrew\b", full)),
                )
            )


def _interest_kind(kind: str) -> InterestKind:
    k = kind.lower()
    if "disclosable" in k:
        return InterestKind.DISCLOSABLE_PECUNIARY
    if re.search(r"non[-\s]?pecuniary", k):
        return InterestKind.NON_PECUNIARY
    if "pecuniary" in k or "prejudicial" in k:
        return InterestKind.PECUNIARY
    if "personal" in k:
        return InterestKind.PERSONAL
    return InterestKind.OTHER


def mark_exempt(items: list[MinuteItem]) -> None:
    """Flag items taken after the press and public were excluded, or marked exempt under Schedule 12A."""
    excluded = False
    for item in items:
        if excluded or (EXEMPT_MARK.search(item.text) and not EXCLUSION.search(item.title)):
            item.exempt = True
        if READMITTED.search(item.text):
            excluded = False  # readmitted at the end of this item: the next one is public again
        if EXCLUSION.search(item.title) or EXCLUSION.search(" ".join(r.text for r in item.resolutions)):
            resolved = " ".join(r.text for r in item.resolutions) or item.text
            if EXCLUDED_RESOLVED.search(resolved) and not NOT_EXCLUDED.search(resolved):
                excluded = True


def parse_minutes(rows: list[Row], header: MeetingHeader, end: int, item_end: int | None = None) -> Meeting:
    """The meeting whose minutes run from ``header`` to ``end`` (exclusive).

    ``item_end`` cuts the last item short where papers that are not minutes follow.
    """
    item_end = end if item_end is None else item_end
    meeting = Meeting(committee=header.committee, date=header.date)
    headings = find_item_headings(rows, header.present + 1, item_end)
    first_item = headings[0][0] if headings else item_end
    meeting.time = next((t for r in rows[header.start : header.present] if (t := find_time(r.text))), None)
    parse_attendance(meeting, rows[header.present : first_item])
    bounds = [h[0] for h in headings] + [item_end]
    for (head, number, title), nxt in zip(headings, bounds[1:], strict=False):
        meeting.items.append(build_item(rows, number, title, head, nxt, header.date))
    for item in meeting.items:
        if not meeting.apologies and "apolog" in item.title.lower():
            meeting.apologies = split_names(re.split(r"(?i)received\s+from", item.text)[-1].split("\n")[0])
    parse_declarations(meeting)
    mark_exempt(meeting.items)
    meeting.pages = sorted({r.page for r in rows[header.start : item_end] if r.page is not None})
    return meeting
