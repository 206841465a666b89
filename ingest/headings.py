"""Where minute items begin: the most consistent numbering in the minutes, or titled blocks.

Clerks number items in many ways: ``1.``, ``23.``, ``4.1``, ``4a``, ``14/22``,
``C032/19``, ``Cou/285/07-08``, ``GBP/2122/214``, ``M.21/20``, ``JAC 19/7``, ``P&R 52``, ``CAB20-54``, ``Minute 66``,
``AGENDA ITEM 3:``, ``(a)``. A number may stand alone on its line with the title on the next (ModernGov
pages), share its line with the title, or run into the text ("4. CODE COMPLIANCE DATA
Further to ..."). Reports and minutes also number their *paragraphs* (``6.1``, ``1.4``),
which are not items.

Every row that opens with a number is a candidate. Candidates are grouped by the
shape of their number (prefix letters, separators, number of parts), and in each
group the longest run whose numbers go up in small steps is found. The run that wins
is the one whose members read most like item titles (paragraph numbers are followed by
sentences). Sub-items numbered under a winning item ("4a", "4.1" standing alone like
the items) join it. With no numbered run, titled blocks are items: rows the source
marks as headings, or short title-like rows standing on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ingest.cleaning import Row, strip_link_noise
from ingest.titles import (
    DECISION_START,
    HONORIFIC,
    SECTION_LABEL,
    SENTENCE_WORD,
    sentence_like,
    split_title,
    title_like,
)
from minutebook import vocabulary as v

_PUBLIC_COUNTED = re.compile(v.PUBLIC_PRESENT.form, re.I)


# ----------------------------------------------------------------------------- numbers


@dataclass(frozen=True)
class Heading:
    """Where a minute item begins: its row, number and title, and where its text starts.

    ``rest`` is text on the heading's own line after the title (a run-in heading);
    ``body`` is the first row of the item's text after its heading line(s).
    """

    row: int
    number: str | None
    title: str
    rest: str
    body: int


@dataclass(frozen=True)
class _Candidate:
    row: int
    number: str
    family: str  # prefix and shape of the number: "minute:#", "#.#", "Cou/#/#-#"
    parts: tuple[int, ...]
    upto: int  # last value the number covers ("1 & 2" covers 1 and 2)
    title: str
    rest: str
    body: int
    layout: str  # "alone" (title on the next row), "line", "runin", "sentence"
    level: int


_PREFIX = r"(?P<prefix>(?:minute|min\.?|item|agenda\s+items?)\s+(?:no\.?\s*)?)?"
_NUMBER = re.compile(
    r"^" + _PREFIX + r"(?P<num>"
    r"\d{1,4}(?:\s*&\s*\d{1,4})?(?:\.\d{1,2})*(?:[a-z](?![a-z]))?"  # 1, 23, 4.1, 167.0, 4a, "1 & 2"
    r"|\d{1,4}/\d{1,4}"  # 14/22, 23/165
    r"|(?-i:(?!(?:ON|OF|AT|TO|IN|BY|NO|THE|AND|FOR|PAGE|ROOM)\b)[A-Z]{2,6})[ .]\d{1,3}(?:/\d{1,4})?(?![\d/])"  # EX.56
    # (one digit after the year: "JAC 19/7")
    # BoD 24/031, TrB 23/7: a board's initials written with a small letter inside (NHS trust boards)
    r"|(?-i:[A-Z][a-z]{1,2}[A-Z]{1,2})[ .]\d{1,3}(?:/\d{1,4})?(?![\d/])"
    # P&R 52, H&WB 31, F&GP 25/04: a body's initials joined by "&" (and the year before the serial)
    r"|(?-i:[A-Z]{1,4}&[A-Z]{1,4})[ .]?\d{1,4}(?:/\d{1,4})?(?![\d/])"
    # O&S/22/040, A&G/21/7: the same, with a year and serial
    r"|(?-i:[A-Z]{1,4}&[A-Z]{1,4})/\s?\d{1,4}(?:/\s?\d{1,4}){1,2}(?![\d/])"
    r"|(?-i:[A-Z]{1,6})\d{0,4}-\d{1,4}(?![\d/-])"  # CAB20-54, PLN-104: letters (and year), a hyphen, the serial
    r"|(?-i:[A-Z])\.\d{1,4}(?![\d/.])"  # C.101, C.4: a letter for the body (cabinet, council) and a dot
    # M.21/20, MD.4/19: a letter or two, a dot, the serial and the year (Irish councils' and districts' minutes)
    r"|(?-i:[A-Z]{1,3})\.\s?\d{1,4}/\d{2,4}(?![\d/])"
    # FC.24.031, P.23.7: the body's letters, the year and the serial, each after a dot (town and parish councils)
    r"|(?-i:[A-Z]{1,5})\.\d{2}\.\d{1,4}(?![\d.])"
    r"|[A-Z][A-Za-z]{0,5}(?:\d{1,4}|/\s?\d{1,4})(?:/\s?[\d-]{1,8}){0,2}"  # C032/19, Cou/285/07-08, GBP/2122/9
    r"|\((?:[a-z]|[ivx]{1,4})\)"  # (a), (iv)
    r"|\(\d{1,4}\)(?=\s)"  # (77): minute numbers in brackets (planning committees); a family apart from 77.
    r"|(?-i:(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3}))(?=[.)]\s|\s+[-–—]\s)"  # I., VIII., XII) - roman, marked off
    # after the number: a stop, a colon, a bracket, a dash, or a middle dot or bar ("TB23/071 · Declarations")
    r")(?P<end>\.(?!\d)|:|\)|\s+[-–—·|]\s+|(?=\s)|(?=\t)|$)\s*(?P<rest>.*)$",
    re.I,
)
_LETTER_VALUES = {c: i + 1 for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}


def _shape(number: str) -> tuple[str, tuple[int, ...], int]:
    """The family shape of a number, its numeric parts and the last value it covers."""
    n = re.sub(r"\s+", "", number)
    if m := re.fullmatch(r"(\d+)&(\d+)", n):
        return "#", (int(m.group(1)),), int(m.group(2))
    if re.fullmatch(r"[IVXL]+", n):  # capitals: items numbered I, II ... XII (town and parish councils)
        value = _roman(n)
        return "I", (value,), value
    if re.fullmatch(r"[ivx]{2,4}|i", n, re.I):
        value = _roman(n)
        return "(i)", (value,), value
    if m := re.fullmatch(r"([a-z])", n, re.I):
        value = _LETTER_VALUES[m.group(1).lower()]
        return "(a)", (value,), value
    if m := re.fullmatch(r"(\d+)([a-z])", n, re.I):
        return "#a", (int(m.group(1)), _LETTER_VALUES[m.group(2).lower()]), int(m.group(1))
    parts = tuple(int(p) for p in re.findall(r"\d+", n))
    shape = re.sub(r"\d+", "#", n)
    return shape, parts, parts[0] if parts else 0


def _roman(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50}
    total = 0
    for a, b in zip(text.lower(), text.lower()[1:] + " ", strict=False):
        total += -values[a] if values.get(b, 0) > values[a] else values[a]
    return total



MARKED_TITLE_MOST = 160  # characters: a marked heading longer than this is a paragraph set in bold


_EXCLUSION = v.compiled(v.EXCLUSION)


def _marked_title(text: str) -> bool:
    """A heading line the source marks (a markdown "###", an HTML heading) that is one phrase, not a sentence. One
    opening with a decision's word is the decision, unless it names the exclusion of the press and public: "Resolution
    to exclude the press and public" (NHS boards' and parishes' agendas) is the item that excludes them."""
    text = text.strip()
    if DECISION_START.match(text) and _EXCLUSION.search(text):
        text = DECISION_START.sub("", text).strip()  # the rest reads as a phrase: "to exclude the press and public"
    return 0 < len(text) <= MARKED_TITLE_MOST and not re.search(r"[.!?](?:\s|$)", text) and not sentence_like(text) \
        and not DECISION_START.match(text)


def _title_runs_on(rest: str) -> bool:
    """Does what a marked heading's run-in split leaves read as more of its title (a site and what is proposed: "Land
    off Heol y Felin, Pontyderwen - Erection of 46 dwellings"), not as text run into it ("Cllr X.", "Noted",
    "RESOLVED that ...")? Several words, none of them a decision's, starting with a capital."""
    rest = rest.strip()
    return len(rest.split()) >= 4 and rest[:1].isupper() and not DECISION_START.match(rest) \
        and not sentence_like(rest)


_FORM_TITLE = re.compile(rf"^(?:{v.FORM_TITLE_LABELS.form})\s*:?\t\s*(?=\S)", re.I)


# a heading whose minute number closes it in brackets: "LAND AT MILL FARM, STONE LANE (DC/41/05)", "Apologies
# (Minute 12)", "Parking review (C.104)": a number with the body's letters, a slash or a dot, or after "Minute", not a
# bare "(2)" (a count or a list's part)
_TRAILING_NUMBER = re.compile(
    r"^(?P<title>\S.{2,150}?)\s*\((?P<prefix>(?:minute|min\.?|item)\s+(?:no\.?\s*)?)?"
    r"(?P<num>[^()\s]{1,20})\)\s*$", re.I)


def _trailing_candidate(rows: list[Row], i: int) -> _Candidate | None:
    """A title standing on its own line with the minute's number after it in brackets (some planning committees'
    and parishes' house style): the item's heading, read as one numbered at the start of its line."""
    row = rows[i]
    m = _TRAILING_NUMBER.match(row.text.strip())
    if not m or "\t" in row.text or row.soft:
        return None
    number, title, prefix = m.group("num"), m.group("title").rstrip(" -–—:"), (m.group("prefix") or "")
    if not prefix and not re.search(r"[A-Za-z]", number) and not re.search(r"\d[/.]\d", number):
        return None  # "(2)", "(2036)": a count, a part or a year, not a minute's number
    lead = _NUMBER.match(f"{number} x")
    if not lead or lead.group("num") != number or re.fullmatch(r"[A-Za-z]+", number):
        return None
    if sentence_like(title) or title.endswith((".", ",")) \
            or not (_capitals(title) or title_like(title) or (row.level and _marked_title(title))):
        return None  # ("### Village green fencing (Minute 33)": a heading the source marks reads as a title)
    opens_block = i == 0 or rows[i - 1].para != row.para
    if not opens_block and not row.level:
        return None
    shape, parts, upto = _shape(number)
    if not parts:
        return None
    prefix_word = prefix.lower().split(" ")[0].rstrip(".")
    return _Candidate(i, number, f"{prefix_word}:{shape}", parts, upto, title, "", i + 1, "line", row.level)


def _bracketed_in_gaps(rows: list[Row], run: list[_Candidate], taken: set[int]) -> list[_Candidate]:
    """Headings closed by a number of the run's shape that the run passed over, in the gap that number fills: a title
    opening with a number of its own ("15 HIGH STREET, COLDBROOK - CHANGE OF USE (PL.103)") was read by that number,
    not by the minute's in brackets."""
    running = _running_part(run)
    if running is None or len(run) < 2:
        return []
    values = {c.parts[running] for c in run}
    out = []
    for a, b in pairwise(run):
        for i in range(a.row + 1, b.row):
            c = _trailing_candidate(rows, i) if i not in taken else None
            if c is not None and c.family == run[0].family and len(c.parts) == len(a.parts) \
                    and a.parts[running] < c.parts[running] < b.parts[running] and c.parts[running] not in values:
                out.append(c)
                values.add(c.parts[running])
    return out


def _candidate(rows: list[Row], i: int, end: int) -> _Candidate | None:
    row = rows[i]
    text = row.text.replace("\t", " \t ") if "\t" in row.text else row.text
    m = _NUMBER.match(text.strip())
    if not m:
        return _trailing_candidate(rows, i)
    if len(m.group("num")) > 20:
        return None
    number = re.sub(r"\s+", " ", m.group("num")).strip().strip("()")
    if re.fullmatch(r"\d{4}", number) and 1900 <= int(number) <= 2100:
        return None  # a year
    rest = m.group("rest").replace(" \t ", " ").replace("\t", " ").strip()
    if _PUBLIC_COUNTED.match(f"{number} {rest}"):
        return None  # "4 members of the public.": the attendance record's count, not item 4
    if _in_a_list(rows, i):
        return None  # "RESOLVED:" / "for the following reasons:" then "1. ...": parts of a decision, not items
    title, body_text, layout = split_title(rest)
    if (layout == "sentence" or (layout == "runin" and _title_runs_on(body_text))) and row.level \
            and _marked_title(rest):
        # "### C.58 Public toilets at the Quay car park - final decision": a heading the paper marks as one is a
        # title however it is cased, unless it reads as a sentence; "<h3>6.1 P/26/0317/FUL - Land off Heol y Felin -
        # Erection of 46 dwellings</h3>": an application's reference in capitals is not a title run into its text
        title, body_text, layout = rest.rstrip(" :-"), "", "line"
    body = i + 1
    above = rows[i - 1].text if i > 0 else ""
    if layout == "sentence" and _title_above(above):
        title, layout, i = strip_link_noise(above), "line", i - 1  # "MINUTES" / "4213   RESOLVED:- That ..."
    if layout == "alone":
        if i + 1 >= end:
            return None
        nxt = _FORM_TITLE.sub("", rows[i + 1].text)  # "Minute | 48" over "Subject | Complaints": the title alone
        if _NUMBER.match(nxt) and not re.match(r"(?i)^minute\b", nxt):
            return None
        title, body_text, layout = split_title(nxt)
        if i + 2 < end and SECTION_LABEL.match(rows[i + 2].text.strip()) and len(nxt) <= 300:
            # ModernGov: "279." / the item's title, however it reads ("To confirm that the items ... will be
            # considered in public ...") / "Minutes:" — the title stands between the number and its block
            title, body_text, layout = strip_link_noise(nxt).strip(), "", "line"
        if layout == "sentence" or (layout == "runin" and len(nxt) > 160):
            title, body_text, layout, body = "", "", "alone", i + 1
            if _title_above(above):
                title, i = strip_link_noise(above), i - 1  # the number on the line after its title
        else:
            layout, body = "alone", i + 2
    if layout == "line" and _title_wraps(rows, i, end, title):
        title, body = f"{title.rstrip()} {rows[i + 1].text.strip()}", i + 2
    prefix = (m.group("prefix") or "").lower().split(" ")[0].rstrip(".")
    shape, parts, upto = _shape(number)
    if not parts:
        return None
    # a row of a table of several columns ("8 | Mark the verges | A Littlejohn | Apr 2025": an action log's) is
    # numbered apart from headings: its numbers run on from the items' but repeat them
    table = ":table" if row.text.count("\t") >= 2 else ""
    if re.fullmatch(r"\(\d+\)", m.group("num").strip()):
        if layout not in ("line", "alone"):
            return None  # "(2) That a further report be submitted": a decision's part; "(77) APOLOGIES" heads an item
        shape = f"({shape})"  # a family apart: "(1) the report be noted" beside items numbered "1."
    return _Candidate(i, number, f"{prefix}:{shape}{table}", parts, upto, title, body_text, body, layout, row.level)


_LEAD_IN = re.compile(
    r"(?i)(?:resolved|agreed|decision|decided|recommend\w*|noted|following(?:\s+\w+){0,3}|as\s+follows|reasons?|"
    r"conditions?|that|to|board|cabinet|committee|council|panel)\s*:-?$"
)
_LIST_ROW = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]?\s")


def _in_a_list(rows: list[Row], i: int) -> bool:
    """Is row ``i`` a numbered part of a list that a lead-in ("RESOLVED:", "... reasons:") opened?

    The list's rows share the shape of row ``i``'s marker ("1.", "(1)", "a)") and the first one follows the lead-in.
    """
    shape = _marker_shape(rows[i].text)
    if shape is None or rows[i].level:
        return False  # a heading the source marks ("<h2>3. Progress on actions</h2>") is no part of the list above it
    k = i - 1
    while k >= 0 and _marker_shape(rows[k].text) == shape and i - k <= 12:
        k -= 1
    values = [_marker_value(rows[j].text) for j in range(k + 1, i + 1)]
    counts_on = values == list(range(1, len(values) + 1))  # 1, 2, 3 ...: a new "5. CARERS STRATEGY" is no part
    if not (counts_on and k >= 0 and _LEAD_IN.search(rows[k].text.rstrip())):
        return False
    # "AGREED: / 1. that the charge be set at £45 / 2. that it be reviewed" then "3. PROGRESS ON ACTIONS": the list's
    # parts run on from the lead-in in lower case; a title after them is the next item, whatever its number
    parts = [_LIST_ROW.sub("", rows[j].text, count=1).strip() for j in range(k + 1, i + 1)]
    return not (len(parts) > 1 and all(p[:1].islower() for p in parts[:-1]) and parts[-1][:1].isupper()
                and title_like(parts[-1]))


def _marker_value(text: str) -> int:
    m = _LIST_ROW.match(text)
    mark = re.sub(r"[^\w]", "", m.group(0)) if m else ""
    if mark.isdigit():
        return int(mark)
    if re.fullmatch(r"[ivx]{2,4}", mark):
        return _roman(mark)
    return _LETTER_VALUES.get(mark, 0)


def _marker_shape(text: str) -> str | None:
    m = _LIST_ROW.match(text)
    return re.sub(r"[a-z]+|\d+", "#", m.group(0).strip()) if m else None


def _title_above(text: str) -> bool:
    """A title standing on the line above a number that opens the item's text (CMIS, and 'title then number')."""
    text = text.strip()
    return (
        bool(text)
        and len(text) <= 120
        and not _NUMBER.match(text)
        and not text.endswith((":", ":-", ",", "."))
        and not DECISION_START.match(text)
        and title_like(text)
    )


def _follows(prev: _Candidate, cur: _Candidate, running: int | None) -> bool:
    """Does ``cur`` continue a run after ``prev``? Numbers go up by small steps."""
    if running is None:  # hierarchical numbers (4.1, 167.0): compare as tuples
        if len(prev.parts) != len(cur.parts) or cur.parts <= prev.parts:
            return False
        step = cur.parts[0] - prev.parts[0]
        return 0 <= step <= 3
    a, b = prev.parts[running], cur.parts[running]
    if running == 0:
        a = prev.upto
    return 1 <= b - a <= 5


def _running_part(members: list[_Candidate]) -> int | None:
    """Which part of a many-part number runs on ("23/165": the second), or None to compare whole."""
    width = len(members[0].parts)
    if width == 1:
        return 0
    varying = [k for k in range(width) if len({c.parts[k] for c in members}) > 1]
    return varying[0] if len(varying) == 1 else None


def _runs(members: list[_Candidate]) -> list[list[_Candidate]]:
    """The runs of candidates, in row order, whose numbers go up in small steps: the longest ending at each one."""
    if len({c.parts for c in members}) == 1 and len(members) >= 3:
        return [members]  # a list that lost its numbering: every item "1.", each kept as printed
    running = _running_part(members)
    best: list[int] = [1] * len(members)
    back: list[int] = [-1] * len(members)
    for j in range(len(members)):
        for i in range(max(0, j - 60), j):
            if best[i] + 1 > best[j] and _follows(members[i], members[j], running):
                best[j], back[j] = best[i] + 1, i
    continued = set(back)
    runs: list[list[_Candidate]] = []
    for j in range(len(members)):
        if j in continued:
            continue  # a longer run goes on from here
        run: list[_Candidate] = []
        k = j
        while k >= 0:
            run.append(members[k])
            k = back[k]
        runs.append(run[::-1])
    return runs


def _score(run: list[_Candidate], start: int) -> float:
    """How much a run reads as the minutes' items: titled members, heading layout, and an early start
    (numbered paragraphs of a report later in the rows run on too, but the items begin the minutes)."""
    titled = sum(1.0 if c.title else 0.5 if c.layout == "alone" else 0.0 for c in run)
    if len(run) < 2 and not (run and run[0].title and run[0].layout in ("line", "alone")):
        return 0.0  # one item alone must at least be titled on its own line
    if titled / len(run) < 0.4:
        return 0.0
    bonus = sum(0.5 for c in run if c.level or c.family.split(":")[0] or c.layout in ("alone", "line"))
    span = (run[-1].row - run[0].row) / max(1, run[-1].row)
    return (titled + bonus + 0.1 * (len(run) - titled) + span) / (1 + (run[0].row - start) / 30)


def _sections_over_paragraphs(run: list[_Candidate]) -> list[_Candidate]:
    """Items numbered "4.0" over their paragraphs "4.1", "4.2" (Irish boards', NHS bodies' and some parishes' house
    style): the ".0" rows, titled, are the items; the paragraphs under them are their text, not items. A ".0" title
    that reads as a clause ("Financial Statements for the year ended 31st December 2020") is still its title."""
    if any(len(c.parts) != 2 for c in run):
        return run
    sections = [c for c in run if c.parts[1] == 0]
    paragraphs = [c for c in run if c.parts[1] != 0]
    if len(sections) < 3 or not paragraphs:
        return run
    titled = sum(c.layout == "line" for c in sections)
    if titled < 0.6 * len(sections) or sum(c.layout == "line" for c in paragraphs) > 0.3 * len(paragraphs):
        return run
    return [_titled_section(c) for c in sections]


def _titled_section(c: _Candidate) -> _Candidate:
    if c.title or c.layout != "sentence" or len(c.rest) > 120 or c.rest.rstrip().endswith("."):
        return c
    return _Candidate(c.row, c.number, c.family, c.parts, c.upto, c.rest.strip(), "", c.body, "line", c.level)


def _sub_items(run: list[_Candidate], candidates: list[_Candidate]) -> list[_Candidate]:
    """Sub-items laid out like their items: "4a" or "4.1" standing alone under item 4."""
    layouts = {c.layout for c in run}
    main = {c.parts[0]: c for c in run}
    rows = [c.row for c in run] + [10**9]
    after = {row: rows[k + 1] for k, row in reversed(list(enumerate(rows[:-1])))}  # the first of equal rows wins
    in_run = set(rows)  # one candidate a row: a candidate is in the run when its row is
    paragraphs = Counter(c.family for c in candidates if c.layout == "sentence" and c.parts[0] in main)
    numbered = Counter(c.family for c in candidates if c.parts[0] in main)
    out = []
    for c in candidates:
        parent = main.get(c.parts[0])
        if parent is None or c.row in in_run or c.family.split(":")[1] not in ("#a", "#.#") or len(c.parts) != 2:
            continue
        if 2 * paragraphs[c.family] >= numbered[c.family]:
            continue  # the items' paragraphs are numbered "1.1", "1.2": one that reads like a title is a paragraph too
        nxt = after[parent.row]
        if parent.row < c.row < nxt and c.layout in layouts and c.layout in ("alone", "line"):
            out.append(c)
    return out


# a title marking an item taken up again after the meeting adjourned or another item came between: "5. CONFIRMATION
# HEARING ... (CONTINUED)", "Item 7 (resumed)", "(cont'd)"
_RESUMED = re.compile(r"\(\s*(?:continued|cont['’]?d\.?|cont\.|resumed)\s*\)\s*$|[-–—:]\s*(?:continued|resumed)\s*$",
                      re.I)
_RESUMED_BELOW = re.compile(r"^\(\s*(?:continued|cont['’]?d\.?|cont\.|resumed)\s*\)$", re.I)  # the mark wrapped below


def _out_of_order(rows: list[Row], run: list[_Candidate], members: list[_Candidate]) -> list[_Candidate]:
    """Items of the run's numbering that stand out of its order, laid out as its headings are: an item taken out of
    order ("HP/130 (taken out of order) ..." before "HP/129 ..."), whose number the run passed over, and an item taken
    up again under its own number after the meeting adjourned ("5. CONFIRMATION HEARING ... (CONTINUED)" after the
    reconvened sitting's heading). Not a number the run holds (a list's "3." inside item 5), unless its title says the
    item resumes at a later sitting (not a page's heading repeated: "LC/25/16 Taxi fees (continued)"), nor one outside
    the run's span."""
    running = _running_part(run)
    if running is None or len(run) < 3:
        return []
    values = {c.parts[running] for c in run}
    low, high = min(values), max(values)
    layouts = {c.layout for c in run}
    capitals = all(_capitals(c.title) for c in run if c.title)
    in_run = {c.row for c in run}
    out = []
    for c in members:
        if c.row in in_run or not c.title or c.layout not in layouts or c.layout not in ("line", "alone") \
                or len(c.parts) != len(run[0].parts) or (capitals and not _capitals(c.title)):
            continue
        value = c.parts[running]
        if not low <= value <= high:
            continue
        resumed = bool(_RESUMED.search(c.title)) or (
            c.body < len(rows) and bool(_RESUMED_BELOW.match(rows[c.body].text.strip())))
        # (taken up at a later sitting: a page's heading repeated over the rest of the item is not)
        first = min((m.row for m in run if m.parts[running] == value), default=c.row)
        resumed = resumed and any(_SITTING.match(strip_link_noise(rows[k].text).strip(" *_#:"))
                                  for k in range(first + 1, c.row))
        if (value not in values and low < value < high) or (value in values and resumed):
            out.append(c)
    return out


TITLE_WRAP_MOST = 80  # characters: the rest of a title wrapped onto the line below, not a paragraph
TITLE_FULL_LINE = 60  # characters: a heading line this long may have been cut where the line was full


def _title_wraps(rows: list[Row], i: int, end: int, title: str) -> bool:
    """Is the capitals title on row ``i`` wrapped onto the next row, the last of its block ("PL/29/05   PLANNING
    APPLICATION 28/01422/FUL - LAND OFF COLDHARBOUR" over "ROAD, WICKHAM LEES", then a blank line)? A typed or
    extracted page cuts a long heading where the line is full (or after a comma); the rest is the title's, not the
    item's text. The rest stands in the heading's block or alone, indented under it."""
    if i + 1 >= end or not title or not _capitals(title) or title.rstrip().endswith((".", ":", ":-", ";")):
        return False
    if len(rows[i].text.expandtabs(8)) < TITLE_FULL_LINE and not title.rstrip().endswith((",", "-", "–", "&")):
        return False  # a short heading ended where its title did
    nxt = rows[i + 1]
    text = nxt.text.strip()
    last = i + 2 >= len(rows) or rows[i + 2].para != nxt.para
    return last and not nxt.level and not nxt.soft and "\t" not in nxt.text and 0 < len(text) <= TITLE_WRAP_MOST \
        and _capitals(text) and (not _NUMBER.match(text) or _closes_bracket(title, text)) \
        and not text.endswith(":") and not _attendance_label(text)


def _closes_bracket(title: str, rest: str) -> bool:
    """Does ``rest`` close a bracket ``title`` left open ("... - OPTIONS (DEFERRED FROM" over "13 JANUARY 2031)"): the
    title's own words wrapped, though they open with a number as an item's heading does?"""
    return title.count("(") > title.count(")") and rest.count(")") > rest.count("(")


def find_item_headings(rows: list[Row], start: int, end: int) -> list[Heading]:
    """Minute item headings in rows[start:end], in order."""
    candidates = [c for i in range(start, end) if (c := _candidate(rows, i, end))]
    families: dict[str, list[_Candidate]] = {}
    for c in candidates:
        families.setdefault(c.family, []).append(c)
    for family, members in families.items():
        # "## 2. Progress on resolutions" over a list "1. ... 2. ... 3. Tree survey" before "## 3. Christmas lights":
        # where the source marks items as headings, an unmarked row numbered as one of them is a list's entry
        marked = {c.number for c in members if c.level}
        if marked:
            families[family] = [c for c in members if c.level or c.number not in marked]
    best: list[_Candidate] = []
    best_score = 0.0
    sectioned = False  # the best run is of "4.0" sections, their "4.1" paragraphs left out
    for members in families.values():
        for whole in _runs(members):
            run = _sections_over_paragraphs(whole)
            score = _score(run, start)
            if score > best_score:
                best, best_score, sectioned = run, score, run is not whole
    if len(best) == 1 and len(titled := _titled_blocks(rows, start, end)) > 2:
        return _closing_parts(rows, titled, start, end)  # one numbered line among titled blocks is not the numbering
    if best and _rows_of_one_block(rows, best, start, end):
        return _closing_parts(rows, _titled_blocks(rows, start, end), start, end)
    if best:
        subs = [] if sectioned else _sub_items(best, candidates)  # "4.1" under "4.0" is a paragraph
        subs += [] if sectioned else _out_of_order(rows, best, families.get(best[0].family, []))
        subs += _bracketed_in_gaps(rows, best, {c.row for c in candidates if c.family == best[0].family})
        chosen = sorted(best + subs, key=lambda c: c.row)
        numbered = [Heading(c.row, c.number, c.title, c.rest, c.body) for c in chosen]
        return _closing_parts(rows, _under_titled_blocks(rows, start, end, numbered), start, end)
    return _closing_parts(rows, _titled_blocks(rows, start, end), start, end)


def _rows_of_one_block(rows: list[Row], run: list[_Candidate], start: int, end: int) -> bool:
    """Is the numbered run the rows of a table under one of the headings the source marks, with two or more such
    headings and none among the run? A page whose items are marked headings, unnumbered ("<h3>Libraries Service
    Review</h3>"), prints its action tracker as a table numbered by its own references ("CS14 | Circulate ... |
    Head of Leisure | Completed"): those number the tracker's rows, not the minutes' items. (A run the marked headings
    fall among is the items' own numbering, set out as a table.)"""
    if not all(c.family.endswith(":table") and not c.level for c in run):
        return False
    heads = _business_headings(rows, start, end)
    return len(heads) >= 2 and not any(run[0].row <= i <= run[-1].row for i in heads)


def _under_titled_blocks(rows: list[Row], start: int, end: int, numbered: list[Heading]) -> list[Heading]:
    """The numbered run with the minutes' titled blocks around it, where it is a list under one of them: a planning
    committee's unnumbered headings in capitals ("MINUTES", "PLANNING APPLICATIONS", "ENFORCEMENT UPDATE") with the
    applications numbered 1 to 4 under "PLANNING APPLICATIONS". The run then numbers that block's parts, not the
    minutes' items: the blocks before and after it are items too, which the run alone would lose into its first and
    last members. A run interleaved with the blocks is the items' own numbering, and stands alone."""
    titled = [h for h in _titled_blocks(rows, start, end) if _capitals(h.title)]
    first, last = numbered[0].row, numbered[-1].row
    before = [h for h in titled if h.row < first]
    after = [h for h in titled if h.row > last]
    if not before or len(after) < 2 or any(first <= h.row <= last for h in titled):
        return numbered
    rows_taken = {h.row for h in numbered}
    return sorted([*numbered, *(h for h in titled if h.row not in rows_taken)], key=lambda h: h.row)


def _closing_parts(rows: list[Row], headings: list[Heading], start: int, end: int) -> list[Heading]:
    """The items, with the parts of the paper printed among, before or after them that are no item's text: the
    action log, the headings dividing its sittings, and the line fixing the next meeting."""
    return _with_next_meeting(rows, _with_sittings(rows, _with_action_log(rows, headings, start, end), end), end)


_SITTING = v.compiled(v.SITTING_HEADINGS, r"^{}\b")
SITTING_HEADING_MOST = 120  # characters: a heading with the later day's date, time and room, not a sentence


def _with_sittings(rows: list[Row], headings: list[Heading], end: int) -> list[Heading]:
    """The headings dividing the meeting's sittings among its items ("ADJOURNMENT" over the clerk's account of the
    meeting adjourned, "RECONVENED MEETING - THURSDAY 4 NOVEMBER 2027, 10.00 am" over that day's sederunt), each an
    unnumbered part of its own: what they say is no part of the item above them, and a reader asking when the
    meeting reconvened, or who came to the later sitting, looks for them by their heading."""
    if not headings:
        return headings
    held = {k for h in headings for k in range(h.row, max(h.body, h.row + 1))}  # an item's own heading lines
    found = []
    for i in range(headings[0].row + 1, end):
        text = strip_link_noise(rows[i].text).strip(" *_#:")
        opens_block = rows[i - 1].para != rows[i].para
        if i in held or not opens_block or rows[i].soft or len(text) > SITTING_HEADING_MOST \
                or text.endswith(".") or not _SITTING.match(text) or sentence_like(text):
            continue
        found.append(Heading(i, None, text, "", i + 1))
    return sorted([*headings, *found], key=lambda h: h.row) if found else headings


_NAMES_ITS_LOG = re.compile(rf"(?:{v.ACTION_LOG_TITLES.form})", re.I)
# ("Actions" alone names a log only with the day its rows stand at: "ACTIONS - POSITION AS AT 18 MARCH 2025")
_ACTION_LOG = re.compile(rf"^(?:(?:{v.ACTION_LOG_TITLES.form})\s*(?:\([^()]{{0,60}}\))?|"
                         rf"(?:{v.ACTION_LOG_TITLES.form}|actions?){v.ACTION_LOG_AS_AT.form})\s*:?$", re.I)


def _log_opening(rows: list[Row], i: int) -> bool:
    """Does row ``i`` open a block of its own as an action log's heading?"""
    opens_block = i == 0 or rows[i - 1].para != rows[i].para
    return opens_block and not rows[i].soft and bool(_ACTION_LOG.match(strip_link_noise(rows[i].text).strip(" *#")))


def _with_action_log(rows: list[Row], headings: list[Heading], start: int, end: int) -> list[Heading]:
    """The action log or action points printed after an item ("Actions log (from previous meetings)"), opening a
    block of its own, as an unnumbered part of the minutes: its rows are actions carried from meeting to meeting,
    not the text of the item above it. Most stand after the last item; some between two items; some, the log of
    the meeting before brought up to date, between the attendance and the first item ("ACTION LOG - STATUS AT 9
    NOVEMBER 2027" over its table)."""
    if not headings:
        return headings
    out: list[Heading] = []
    # the log before the first item: a heading with rows under it, the first item's heading not among them
    before = next((i for i in range(start, headings[0].row - 1) if _log_opening(rows, i)), None)
    if before is not None:
        out.append(Heading(before, None, rows[before].text.strip(" *#:"), "", before + 1))
    for k, head in enumerate(headings):
        out.append(head)
        if _NAMES_ITS_LOG.search(head.title):
            continue  # "Minutes of 4 May 2023 and action log": the log printed under it is the item's own text
        stop = headings[k + 1].row if k + 1 < len(headings) else end
        for i in range(max(head.body, head.row + 1), stop):
            if _log_opening(rows, i):
                out.append(Heading(i, None, rows[i].text.strip(" *#:"), "", i + 1))
                break
    return out


_NEXT_MEETING_LINE = re.compile(rf"^\W{{0,3}}(?P<label>{v.NEXT_MEETING_LINE.form})\s*[:–—-]\s*(?P<rest>\S.*)$", re.I)


def _with_next_meeting(rows: list[Row], headings: list[Heading], end: int) -> list[Heading]:
    """A labelled line fixing the next meeting ("Next meeting: Tuesday 23 January 2024, 6.30pm", "Date of next
    meeting: ...") under the last item or the action log, as an unnumbered part of its own: it is no part of the
    item above it, which may be exempt, and a reader asking when the committee meets next looks for it by its label.
    """
    items = [h for h in headings if not _ACTION_LOG.match(h.title.strip(" *#:"))]
    if not items:
        return headings
    last = items[-1]
    for i in range(max(last.body, last.row + 1), end):
        text = strip_link_noise(rows[i].text).strip(" *_#")
        m = _NEXT_MEETING_LINE.match(text)
        if m and re.search(r"\d", m.group("rest")) and not rows[i].soft and all(h.row != i for h in headings):
            found = Heading(i, None, m.group("label").strip(), m.group("rest").strip(" *_"), i + 1)
            return sorted([*headings, found], key=lambda h: h.row)
        if (_NEXT_MEETING_HEADING.match(text) and i + 1 < end and re.search(r"\d", rows[i + 1].text)
                and not rows[i].soft and all(h.row != i for h in headings)):
            # "NEXT MEETING" standing alone over "The next meeting ... will be held on Thursday, 6th February 2014"
            return sorted([*headings, Heading(i, None, text.rstrip(" :"), "", i + 1)], key=lambda h: h.row)
    return headings


_NEXT_MEETING_HEADING = re.compile(rf"^(?:{v.NEXT_MEETING_LINE.form})\s*:?$", re.I)


def _titled_blocks(rows: list[Row], start: int, end: int) -> list[Heading]:
    """Unnumbered items: rows the source marks as headings, else short titles standing on their own line."""
    heads = _business_headings(rows, start, end)
    if len(heads) >= 2:
        return [Heading(i, None, rows[i].text, "", i + 1) for i in heads]
    out: list[Heading] = []
    for i in range(start, end):
        r = rows[i]
        opens_block = i == 0 or rows[i - 1].para != r.para
        alone = opens_block and (i + 1 >= len(rows) or rows[i + 1].para != r.para)
        text = strip_link_noise(r.text)
        first = text.split(" ")[0]
        standing = alone or r.level >= 2 or (opens_block and (_capitals(text) or _over_prose(rows, i, end)))
        if not standing or "\t" in text or r.soft or HONORIFIC.match(first) or text.endswith("."):
            continue  # "POLICE REPORT" or "Police Report" over its text stands as a heading
        if _attendance_label(text):
            continue  # "PRESENT:", "ALSO PRESENT:", "OFFICERS:": the attendance record's labels, not items
        if (re.search(r"\w:\s*\S", text) and not _marked_colon_title(r, text)) \
                or re.search(r"(?:,|\b(?:and|or|of|the|to|by))$", text):
            continue  # "Presiding: R J Adair" (a label and its value); a line that runs on
        if len(text) <= 120 and title_like(text) and not SECTION_LABEL.match(text) and not text.startswith("- "):
            out.append(Heading(i, None, text.rstrip(" :"), "", i + 1))
    out = _in_the_clerks_case(rows, start, end, out)
    capitals = [h for h in out if _capitals(h.title)]
    if len(capitals) >= 2:
        out = capitals  # the clerk's headings are in capitals; title-case lines are sub-headings of a report
    return out if len(out) >= 2 else []


def _marked_colon_title(row: Row, text: str) -> bool:
    """A heading the source marks whose title runs on after a colon ("<h3>Urgent business: Footbridge closure</h3>",
    "### Called-in decision: pool closure"): a title, not a label and its value ("Chair: Cllr R Adair")."""
    label, _, rest = text.partition(":")
    rest = rest.strip()
    return row.level >= 2 and _marked_title(text) and len(label.split()) <= 6 and not _attendance_label(label) \
        and not HONORIFIC.match(rest.split(" ")[0]) and title_like(rest)


_ATTENDANCE_LABEL = re.compile(
    rf"^(?:{v.alternation(v.PRESENT_LABELS + v.ATTENDANCE_LABELS + v.CHAIR_LABELS)})\s*:?-?\s*$", re.I
)


_BILINGUAL_LABEL = re.compile(v.BILINGUAL_LABEL.form)


def _attendance_label(text: str) -> bool:
    """Is ``text`` a label of the attendance record, in English or in Welsh and English ("Yn Bresennol / Present")?"""
    return bool(_ATTENDANCE_LABEL.match(_BILINGUAL_LABEL.sub("", text)))


def _business_headings(rows: list[Row], start: int, end: int) -> list[int]:
    """The rows the source marks as headings at the level the business is set at: the highest level with a heading
    that holds business, when it has two or more. A heading of the attendance record ("<h2>Present</h2>", "Also
    present", "Officers") holds names, not business; a heading with no text of its own, a deeper heading straight
    under it ("<h2>Public business</h2>" over "<h3>Apologies</h3>"), divides the minutes, it is no item. Pages that
    set their attendance blocks one level above their items are read by their items, not as one item "Officers"; a
    level with one heading of business (one report's title over its sub-headings) is not the items' level."""
    levelled = [i for i in range(start, end) if rows[i].level >= 2 and not rows[i].soft
                and not _attendance_label(strip_link_noise(rows[i].text).strip())]
    levels = sorted({rows[i].level for i in levelled})
    for k, level in enumerate(levels):
        heads = [i for i in levelled if rows[i].level == level]
        deeper = [i for i in levelled if k + 1 < len(levels) and rows[i].level == levels[k + 1]]
        if len(heads) == 1 and len(deeper) >= 2 and heads[0] > max(deeper) and _after_the_minutes(rows, heads[0],
                                                                                                 max(deeper)):
            continue  # "<h2>Annex A - Decision notice</h2>" after the items: a paper printed after the minutes
        if any(not _divides(rows, i, end) for i in heads):
            return heads if len(heads) >= 2 else []
    return []


_ANNEX = re.compile(r"^\W*(?:annex|appendix|attachment|enclosure)\b", re.I)
_CLOSED = re.compile(v.MEETING_CLOSED.form, re.I)


def _after_the_minutes(rows: list[Row], i: int, last_item: int) -> bool:
    """Is the heading at row ``i`` a paper printed after the minutes: an annex or appendix by its title, or a heading
    after the line closing the meeting ("The meeting closed at 4.10 pm")?"""
    text = strip_link_noise(rows[i].text)
    return bool(_ANNEX.match(text)) or any(_CLOSED.search(rows[k].text) for k in range(last_item, i))


def _divides(rows: list[Row], i: int, end: int) -> bool:
    """Is the marked heading at row ``i`` straight over a deeper one, with no text of its own?"""
    return i + 1 < end and rows[i + 1].level > rows[i].level


def _in_the_clerks_case(rows: list[Row], start: int, end: int, found: list[Heading]) -> list[Heading]:
    """``found`` with the clerk's other titles in the case of two known items' titles standing alone in sentence case
    ("Apologies for absence", "Minutes of the previous meeting"): a short line standing alone in that case over the
    clerk's prose is an item's title too ("Car park charges 2025/26", "Chair's report"), though no word of it names a
    known item. A line closing a lead-in ("the following matters:-") is a list's entry, not a title."""
    known = [h for h in found if _alone(rows, h.row) and _sentence_case(h.title) and title_like(h.title)]
    if len(known) < 2:
        return found
    held = {h.row for h in found}
    more = []
    for i in range(start, end):
        text = strip_link_noise(rows[i].text).strip()
        if i in held or not _alone(rows, i) or rows[i].soft or not _sentence_case(text) or len(text.split()) > 12 \
                or text.endswith((".", ":", ":-", ",", ";")) or HONORIFIC.match(text.split(" ")[0]) \
                or DECISION_START.match(text) or _attendance_label(text) or re.search(r"\w:\s*\S", text):
            continue
        before = strip_link_noise(rows[i - 1].text).rstrip() if i > start else ""
        if before.endswith((":", ":-", ";", ",")) or not _over_prose_block(rows, i, end):
            continue
        more.append(Heading(i, None, text, "", i + 1))
    return sorted([*found, *more], key=lambda h: h.row)


def _alone(rows: list[Row], i: int) -> bool:
    """Does row ``i`` stand alone, a block of its own?"""
    return (i == 0 or rows[i - 1].para != rows[i].para) and (i + 1 >= len(rows) or rows[i + 1].para != rows[i].para)


def _sentence_case(text: str) -> bool:
    """A title in sentence case: its first letter a capital, a later word of four letters or more in lower case
    ("Apologies for absence"), and not a sentence."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return bool(words) and text[:1].isupper() and any(len(w) >= 4 and w.islower() for w in words[1:]) \
        and not sentence_like(text)


def _over_prose_block(rows: list[Row], i: int, end: int) -> bool:
    """Does the block after row ``i`` open with the clerk's prose (a sentence of five words or more)?"""
    if i + 1 >= end:
        return False
    nxt = strip_link_noise(rows[i + 1].text).strip()
    words = len(nxt.split())
    # (or a short sentence: "Mrs Hudspith left the room.", "The Chairman reported on:")
    return nxt[:1].isalnum() and not nxt[:1].islower() and (
        (words >= 5 and bool(SENTENCE_WORD.search(nxt))) or (words >= 4 and nxt.endswith("."))
        or (words >= 4 and nxt.endswith(":") and bool(SENTENCE_WORD.search(nxt))))


def _over_prose(rows: list[Row], i: int, end: int) -> bool:
    """A short line opening a block whose next line, in the same block, is the clerk's prose ("Police Report" over
    "PC Lyall reported a quiet summer ..."): the heading of an unnumbered item, whatever its case. A label ending in a
    colon ("In attendance:") heads a list, not an item."""
    text = rows[i].text.strip()
    if i + 1 >= end or rows[i + 1].para != rows[i].para or len(text.split()) > 8 or text.endswith((":", ":-")):
        return False
    nxt = rows[i + 1].text.strip()
    return len(nxt.split()) >= 5 and nxt[:1].isalnum() and not nxt[:1].islower() and bool(SENTENCE_WORD.search(nxt))


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) >= 0.8
