"""Who was there: the chair, members present, others in attendance, and apologies.

Attendance is written in many ways: "Present:- Councillor Brookes (in the Chair);
Councillors Beaumont, Clark ...", "Presiding: G C Shiels", "PRESENT Eric Baird Willie
McKenna ..." (two columns flattened), one person a line with initials and a role
("Dr Avi Bhatia AB Clinical Chair"), a table ("Chair: | Cllr Brian Butcher |"), groups
under sub-labels ("Independent Members: ...", "Councillors: ..."), or no label at all.
Apologies come as a label ("Apologies: ..."), as a sentence ("Apologies for absence were
received from Councillors A, B and C", "Cllr X also sent his apologies"), or as a bare
list of names in an Apologies item. Substitutes ("for whom Councillor B was substitute")
attended. Clerks, officers and guests listed beside the members are not members.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.attendance_marks import key_row, marks_key, marks_read
from ingest.attendance_record import (
    CELL_ABSENT,
    CELL_APOLOGIES,
    STATUS_CELL,
    Attendance,
    all_except,
    heading_cells,
    substitute_column,
    table_row,
)
from ingest.cleaning import Row
from ingest.people import (
    HONORIFIC,
    LEADING_LABEL,
    PARTICLE,
    clean_name,
    holders_first,
    people,
    surname_list,
)
from ingest.sentences import sentences
from minutebook import vocabulary as v
from minutebook.model import Meeting

_LABEL_END = r"\s*(?:[:;]-?|[–-]\s|\t|$)\s*"
_KINDS = [
    ("chair", v.alternation(v.CHAIR_LABELS)),
    ("absent", v.alternation(v.ABSENT_LABELS)),
    ("apologies", v.alternation(v.APOLOGY_LABELS)),
    ("present", v.alternation(v.PRESENT_LABELS)),  # before attendance: "Committee Members in attendance:" are members
    ("attendance", v.alternation(v.ATTENDANCE_LABELS)),
]
_SITTING_DAY = rf"(?:\s*{v.SITTING_DAY.form}(?=\s*[:;]))?"  # "SEDERUNT (28 October 2027):": the sitting's list
_LABELS = [(kind, re.compile(rf"^(?:-\s*)?(?P<label>{form}){_SITTING_DAY}{_LABEL_END}(?P<rest>.*)$", re.I))
           for kind, form in _KINDS]
_CAPS_PRESENT = re.compile(r"^(?:-\s*)?(?P<label>PRESENT|SEDERUNT)\s+(?!\([^()]*\)\s*[:;])(?P<rest>\S.*)$")
_TABLE_LABEL = re.compile(r"^(?P<label>[A-Z][\w &’'/-]{1,40}?)\s*:?\t(?P<rest>.*)$")
_INLINE_PRESENT = re.compile(
    rf"(?i)(?<!\bnot\s)\b(?:the\s+following\s+members\s+were\s+|members\s+)?present\s*:\s*(?P<rest>.+)$"
    rf"|^{v.PRESENT_SENTENCE.form}\s*(?P<after>(?-i:[A-Z]).+)$"
)
_PRESENT_LEAD_IN = re.compile(v.PRESENT_LEAD_IN.form + r"\s*$", re.I)
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*|\s*(?:_\s?){4,}\s*")  # "Cllr Ian Carbery ........ Chairman": a column
_GROUP_LABEL = re.compile(
    r"^[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?P<who>members|representatives|governors|trustees|officers)\s*:?$"
)
_BULLET = re.compile(r"^[-*•·]\s+(?=\S)")
_INITIALS_FIRST = re.compile(r"^[A-Z]{2,4}\t(?=(?:[A-Z][a-z]|(?:" + v.HONORIFICS.form + r")\b)[^\t]*$)")
_PEOPLE_COLUMN = re.compile(r"(?i)^(?:names?|members?|attendees?|board\s+members?)\s*\t")  # a table's first heading
_ATTENDANCE_HEADING = re.compile(
    r"(?i)^(?:attendance(?:\s+record)?|(?:record\s+of\s+)?(?:those\s+)?(?:who\s+)?(?:attended|present)|"
    r"who\s+attended|members?\s+attendance)\s*:?$"
)
_APOLOGY_SENTENCE = v.compiled(v.APOLOGY_SENTENCES)
_MARK_KEY = re.compile(v.MARK_KEY.form, re.I)
_KEY_OF_PEOPLE = re.compile(v.MARK_KEY_OF_PEOPLE.form, re.I)
_SENT_APOLOGIES = re.compile(v.SENT_APOLOGIES.form, re.I)
# (and "Councillor Guthrie left the meeting at 11.50 am during item 6.2." printed under the record: there, for part)
# (and "Councillor Quine arrived at 6.25 pm, during item PL/34/14": a late arrival, in the time it gives)
_JOINED = re.compile(r"^(?P<who>(?:[A-Z][\w.'’-]*\s+){1,5}?[A-Z][\w'’-]+)\s+" + v.PART_PRESENCE_NOTED.form)
_WAS_IN_ATTENDANCE = re.compile(
    r"^(?P<who>.{3,200}?),?\s+(?:(?:was|were)\s+(?:also\s+)?in\s+attendance|(?:also\s+)?attended)\b", re.I
)
_ALL_EXCEPT = re.compile(v.ALL_EXCEPT.form, re.I)
_PAPERS_HEADING = re.compile(v.PAPERS_HEADING.form, re.I)
_ALL_RUN_ON = re.compile(r"(?<=\S)\s+(?=All\s+(?:members|councillors)\s+(?:were\s+)?present\b)")
_APOLOGY_LABEL = re.compile(r"(?i)^\W{0,3}apolog(?:y|ies)\b")
_ABSENT_LABEL = re.compile(r"(?i)^\W{0,3}absent\b")
_PART_ONE = re.compile(v.PART_ONE_DIVIDER.form, re.I)
_PRESENT_CLOSING = re.compile(v.PRESENT_CLOSING.form, re.I)
_ATTENDED_WITH = re.compile(v.ATTENDED_WITH.form, re.I)
_TITLED_FIRST = re.compile(rf"(?:{v.HONORIFICS.form})\.?\s+(?-i:[A-Z])", re.I)
_NOT_BEFORE = re.compile(r"(?i)(?:\bnot|\bnever|n['’]t)\s*$")  # "had not attended": no attendance
_IN_THE_CHAIR = re.compile(v.CHAIR_MARKS[1].form, re.I)
_SUBSTITUTE = re.compile(v.SUBSTITUTE.form, re.I)
_PUBLIC_PRESENT = re.compile(v.PUBLIC_PRESENT.form, re.I)
_STOP_THEN_CAPITAL = re.compile(r"(\w+)[.!?]\s+[A-Z]")
# a row saying only who chaired: "Councillor Lennox in the Chair.", "Mr B Lobban was in the Chair"
_CHAIR_LINE = re.compile(
    rf"^\W*(?:{v.HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}(?:was\s+)?in\s+the\s+chair\W*$", re.I
)
# a group's label within an attendance list, naming no one: "Together with:", "Other members:", "Local authority
# members (voting):", "Councillors:" (not "Present:" or "Apologies:", read by their own labels)
_SUB_LIST_LABEL = re.compile(r"^(?P<label>(?-i:[A-Z])[\w’' -]{1,50}?(?:\s*\([^()]{1,30}\))?)\s*:$")
_NOT_MEMBERS = re.compile(r"(?i)\b(?:together\s+with|officers?|officials?|advisers?|advisors?|support|staff|also|"
                          r"attendance|attending|guests?)\b")


# ----------------------------------------------------------------------------- the record


# a table cell printed in two languages, "Cadeirydd / Chair", "Rôl / Role" (Welsh councils' bilingual minutes)
_BILINGUAL_CELL = re.compile(r"^\s*[^/\t\d]{2,40}?\s+/\s+([^/\t\d]{2,40}?)\s*$")
_BILINGUAL_ROLE = re.compile(r"(?<=\s[–-]\s)[^/\t\d]{2,40}?\s+/\s+(?=[^/\t\d]{2,40}$)")  # a role after a dash
_BILINGUAL_LABEL = re.compile(v.BILINGUAL_LABEL.form)  # "PRESENNOL / PRESENT: ...", "Yn Bresennol / Present"


def _label(text: str) -> tuple[str, str] | None:
    """The kind of attendance label opening a row ("Present:", "Apologies for absence:") and the rest."""
    text = _BILINGUAL_LABEL.sub("", text)
    if m := _CAPS_PRESENT.match(text):
        return "present", m.group("rest")
    for kind, pattern in _LABELS:
        if m := pattern.match(text):
            if (
                kind == "present"
                and not re.search(r"(?i)present|sederunt", m.group("label"))
                and m.group(0)[len(m.group("label")) :].startswith(" ")
            ):
                continue  # "Councillors Buckley and Clark ..." is a list, not a label
            return kind, m.group("rest")
    if (m := _TABLE_LABEL.match(text)) and (m.group(0).split("\t")[0].rstrip().endswith(":")):
        return "attendance", m.group("rest")  # an unknown label in a table ("City & County Cllrs:"): not members
    return None


# the items someone attended for, after their name: "Dr Leila Farrant (Team Leader) - for minute 25"
_FOR_ITEMS = re.compile(r"(?i)\s+[-–]\s+(?:for|during|until|from)\s+(?:agenda\s+)?(?:minutes?|items?)\s+"
                        r"[\w/.&]*\d[\w/.&]*(?:\s*(?:,|and|&|to|-)\s*[\w/.&]*\d[\w/.&]*)*")


_GROUP_LEAD = re.compile(r"^(?:and\s+)?(?:[a-z][\w-]*\s+){0,3}(?:members?|representatives?)\s+(?=\S)")


def _listed(text: str) -> bool:
    """A paragraph listing people at length, each with their seat: "Councillors Philip Garside (Chair, Orlesdon City
    Council), Wendy Ambler (Vice-Chair, Callowmoor County Council), ...; and independent co-opted members Mrs
    Valerie Oyelaran and Mr Kenneth Bright." (joint panels' minutes, under a "Present" heading of their own): too
    long for a row of names, but each clause between its commas and semicolons, brackets aside, is names, and it is
    one sentence."""
    flat = re.sub(r"\([^()]*\)", "", text).strip().rstrip(".")
    clauses = [c.strip() for c in re.split(r"[;,]", flat) if c.strip()]
    return len(clauses) >= 2 and len(sentences(text)) == 1 and all(_name_row(_GROUP_LEAD.sub("", c)) for c in clauses)


def _name_row(text: str) -> bool:
    """A row that continues an attendance list: names, not a sentence."""
    bracketed = "(" in text
    # "Director of Finance (Section 151 Officer) (Neil Castellan)", "Dr A (Ecology Officer) - for minute 8"
    text = _FOR_ITEMS.sub("", re.sub(r"\([^()]*\)", "", text)).strip(" ,")
    if len(text) > 160 or re.search(r"\d", text) or any(
            len(m.group(1)) > 1 and not HONORIFIC.match(m.group(1)) for m in _STOP_THEN_CAPITAL.finditer(text)):
        return False  # a sentence ends before a capital; an initial or a title does not ("Mrs J. Cooper")
    cells = [c for c in text.split("\t") if c.strip()]
    if len(cells) >= 2 and all(len(c.split()) == 1 for c in cells):
        return False  # a table's heading row: "Item | Minute | Action", "Name | Role"
    words = text.split()
    small = {"and", "&", "of", "for", "the"} if bracketed else {"and", "&"}  # roles with names in brackets
    lower = [w for w in words if w[:1].islower() and not PARTICLE.match(w) and w not in small]
    return bool(words) and len(lower) <= 2 and words[0][:1].isupper()


_TITLED_NAME = re.compile(rf"(?:{v.HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{0,3}}(?-i:[A-Z])[\w'’-]+", re.I)


def _chair_in(text: str) -> str | None:
    """ "Mr B Lobban in the Chair" -> "Mr B Lobban"; the titled name nearest before the words."""
    m = _IN_THE_CHAIR.search(text)
    if not m:
        return None
    before = text[max(0, m.start() - 90) : m.start()]
    names = list(_TITLED_NAME.finditer(before))
    for found in reversed(names):
        name = clean_name(LEADING_LABEL.sub("", found.group(0)).split())
        if name:
            return name
    return None


_LIST_ROW_MOST = 200  # characters: a row of an attendance list that wraps inside a bracket is no longer
_WRAPPED = re.compile(r"(?i)(?:,|\band|&|\bfrom|\bof|\bwith)\s*$")  # a row that stops mid-list: "... (work) and"


def _unwrap(rows: list[Row]) -> list[Row]:
    """Rows with a list or sentence that wraps joined to its next row: "Apologies were received from Cllr Helen
    Mabey (work commitments) and" / "Cllr Graham Sutch (illness)." is one sentence naming both."""
    out: list[Row] = []
    for row in rows:
        # "(Head of Schools" / "Finance)": a bracket a list's row wraps inside (a row of a list, never a long run)
        open_bracket = out and len(out[-1].text) <= _LIST_ROW_MOST and out[-1].text.count("(") > out[-1].text.count(")")
        # (a bracket wraps in a table's last cell too: "Also attending<tab>Cllr X (Portfolio Holder for" / "Waste)")
        if out and _label(row.text) is None and "\t" not in row.text and (
                open_bracket or (_WRAPPED.search(out[-1].text) and "\t" not in out[-1].text)):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {row.text.strip()}")
        elif out and (joined := _label_wrapped(out[-1].text, row.text)):
            out[-1] = replace(out[-1], text=joined)
        else:
            out.append(row)
    return out


_LABEL_HEAD = re.compile(rf"^(?P<head>[A-Z][\w-]*(?:\s+[a-z]+)?)\s+(?P<rest>(?:{v.HONORIFICS.form})\.?\s+\S.*)$", re.I)


def _label_wrapped(text: str, below: str) -> str | None:
    """A label of a two-column block wrapped under its first word: "Non-Committee   Councillor B Magill" over
    "Members Present:" is "Non-Committee Members Present: Councillor B Magill"."""
    bare = re.fullmatch(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s*:-?", below.strip())  # "Members Present:", "Attendance:"
    head = _LABEL_HEAD.match(text.strip())
    if not bare or not head or HONORIFIC.match(head.group("head")):
        return None
    joined = f"{head.group('head')} {below.strip().rstrip(':-').strip()}: {head.group('rest')}"
    return joined if _label(joined) else None


def read_attendance(rows: list[Row], record: Attendance | None = None) -> Attendance:
    """Attendance from the rows of a minutes' opening block (or an attendance item)."""
    record = record or Attendance()
    kind: str | None = None
    rows = _unwrap(rows)
    starred = _starred_legend(rows)
    marks = marks_key(rows)  # a grid's ticks and letters ("✓ present · A apologies")
    printed: dict[str, str] = {}  # a row read without its bullet or leader dots -> the row as printed, for quoting
    substitutes: int | None = None  # the substitute column of the table being read, where its heading names one
    columns: list[str] = []  # the kind of each column, where a table's heading row is of labels only
    apologies_apart = any(_APOLOGY_LABEL.match(r.text) for r in rows)  # then "Absent:" names those who sent none
    names_only = False  # under a label of members alone, a row of two names is two members, not a name and its seat
    for at, row in enumerate(rows):
        # the block under a label standing alone ("<h2>Present</h2>" over its paragraph): the label's list
        under_label = at > 0 and (above := _label(rows[at - 1].text)) is not None and not above[1].strip()
        text = row.text if starred else _BULLET.sub("", row.text)  # "- County Councillor X (Chairman)" in a list
        text = _INITIALS_FIRST.sub("", text)  # "AK<tab>Adaeze Kalu, Mayor of ... (Chair)": the initials notes use
        if "\t" in text:  # "Gwenllian Prys | Cadeirydd / Chair": a bilingual table's cell read in its last language
            text = "\t".join(_BILINGUAL_CELL.sub(r"\1", c) for c in text.split("\t"))
        text = _BILINGUAL_ROLE.sub("", text)  # "Dafydd Noakes – Swyddog Craffu / Scrutiny Officer": the same
        if key_row(text):
            record.texts.append(text)
            continue  # "✓ present · A apologies": the grid's key, no one's name
        text = marks_read(text, marks)
        # "(V) denotes attendance by video link", "Members shown with an asterisk took part remotely": the key to the
        # marks beside the names is part of the record
        record.texts.extend(s for s in sentences(text) if _MARK_KEY.search(s) and _KEY_OF_PEOPLE.search(s))
        if _LEADER.search(text) and not text.rstrip().endswith((".", "_")):
            text = _LEADER.sub("\t", text).strip()  # a leader joins a name to its role or status column
        if text != row.text:
            printed[text] = row.text
        if kind is not None and (group := _GROUP_LABEL.match(text.strip())):
            kind = "attendance" if group.group("who").lower().startswith("officer") else "present"
            record.texts.append(text)
            continue  # "Schools members", "Non-schools members" over their names: a group of the list, no one's name
        if _ATTENDANCE_HEADING.match(text.strip()) or _PRESENT_LEAD_IN.search(text):
            kind = "present"  # "Attendance", "WHO ATTENDED", "... all of whom were present except where stated:"
            record.texts.append(text)
            continue
        if starred and kind == "present" and _label(text) is None and _name_row(text.lstrip("-* ")):
            if text.startswith(("- ", "* ")):  # "* Cllr R Baskerville (Chair)" under "* Present": starred attended
                _take(record, "present", text[2:])
            record.texts.append(text)
            continue
        if "\t" in text and (kinds := _column_kinds(text)):
            columns = kinds  # "Present | Apologies | In attendance": a column of names under each label
            record.texts.append(text)
            continue
        if columns and _label(text) is None and ("\t" in text or _name_row(text)):
            for k, cell in enumerate(text.split("\t")[: len(columns)]):
                relabelled = _label(f"{cell.strip().rstrip(':')}:") if cell.strip() else None
                if relabelled is not None and not relabelled[1].strip():
                    columns[k] = relabelled[0]  # "OFFICERS PRESENT" halfway down a column: those under it are officers
                elif cell.strip():
                    _take(record, columns[k], cell)
            record.texts.append(text)
            continue
        columns = []
        in_table = "\t" in text and _label(text) is None and kind != "chair"
        if in_table and heading_cells(text) and (column := substitute_column(text)) is not None:
            substitutes, kind = column, kind or "present"  # "Councillor | Attendance | Substituted by"
            record.texts.append(text)
            continue
        if in_table and kind is None and not record.present and heading_cells(text) and _PEOPLE_COLUMN.match(text):
            kind = "present"  # "Name | Role | Initials" opening the record under no label: a table of those present
            continue  # (the heading row names no one: not part of the record's text)
        if in_table and kind is None and STATUS_CELL.search(text) and table_row(record, "present", text,
                                                                                   substitutes):
            kind = "present"  # a members table with an attendance column, under no label: "Cllr X | Council | Present"
            continue
        grid = 2 if names_only else 3
        if in_table and kind is not None and table_row(record, kind, text, substitutes, grid_least=grid):
            continue
        if in_table and kind is not None and heading_cells(text):
            continue  # "Name | Representing" over the rows of a members table: the list goes on below it
        if not in_table and not _name_row(text):
            substitutes = None  # a table's columns end with it (a row of a name alone is its row, the rest empty)
        if _PART_ONE.match(text.strip()) or _PAPERS_HEADING.fullmatch(text.strip().rstrip(":")):
            kind = None  # "PART A - ITEMS CONSIDERED IN PUBLIC", "Available papers": the business begins, no one's name
            continue
        if _CHAIR_LINE.match(text.strip()):
            # "Councillor Lennox in the Chair." after the apologies: who chaired, not one more apology
            record.chair = record.chair or _chair_in(text)
            record.texts.append(text)
            continue
        found = _label(text)
        if found is None and kind is not None and (sub := _SUB_LIST_LABEL.match(text.strip())):
            # "Together with:", "Other members:", "Local authority members (voting):": a group of the list, no one's
            # name; officers "together with" the members attended, they are not members
            kind = "attendance" if _NOT_MEMBERS.search(sub.group("label")) else "present"
            record.texts.append(text)
            continue
        if (
            found is None
            and kind is None
            and not record.present
            and _name_row(text)
            and re.match(r"(?i)^(?:councillors?|cllrs?\.?)\s+[A-Z]", text)
        ):
            found = ("present", text)  # an unlabelled list of members before "In attendance"
        if found is None and (inline := _INLINE_PRESENT.search(text)) and not record.present:
            found = ("present", inline.group("rest") or inline.group("after"))
        if found is None and _PUBLIC_PRESENT.match(text):
            record.texts.append(text)  # "3 members of the public.": part of the record, no names in it
            continue
        if found is None:
            if kind is not None and (_name_row(_SUBSTITUTE.sub("", text)) or (under_label and _listed(text))):
                found = (kind, text)
            else:
                kind = "apologies" if _sentences(record, text) else None
                continue
        kind, rest = found
        # "County Councillors" over "Amy Fairhurst | Jonah Pilling": a label of members alone, the grid below all names
        names_only = kind == "present" and not rest.strip() and bool(re.search(r"(?i)councillors|members", text))
        if kind == "apologies" and apologies_apart and _ABSENT_LABEL.match(text):
            kind = "absent"  # "Absent:" beside "Apologies:": absent with no apology
        if kind in ("present", "attendance") and len(said_in := sentences(rest)) > 1:
            # "... and Cllr Mandy Evercreech. The Town Mayor, Cllr Alan Gorringe, attended ex officio."
            rest = said_in[0]
            _sentences(record, " ".join(said_in[1:]))
        said = _APOLOGY_SENTENCE.search(rest) or _SENT_APOLOGIES.search(rest)
        if said and kind != "apologies":  # "... Mr B Lobban in the Chair 175 Apologies for absence were ..."
            rest, after = rest[: said.start()], rest[said.start() :]
            _sentences(record, after)
        record.texts.append(text)
        _take(record, kind, rest)
        if (chair := _chair_in(text)) and not record.chair:
            record.chair = chair
    record.texts = [printed.get(t, t) for t in record.texts]
    return record


def _column_kinds(text: str) -> list[str]:
    """The kind of each column of a table whose heading row is attendance labels side by side ("Present |
    Apologies | In attendance"), or none."""
    cells = [c.strip().rstrip(":") for c in text.split("\t")]
    if len(cells) < 2 or not all(cells):
        return []
    found = [_label(f"{c}:") for c in cells]
    kinds = [f[0] for f in found if f is not None and not f[1].strip()]
    return kinds if len(kinds) == len(cells) and len(set(kinds)) >= 2 else []


def _starred_legend(rows: list[Row]) -> bool:
    """A list whose members who attended are starred, with a legend: "* Present", "* denotes present"."""
    return any(re.match(r"(?i)^[-*]\s*(?:denotes\s+)?(?:present|attended|in\s+attendance)\.?$", r.text) for r in rows)


_SUB_LABEL = re.compile(r"^[A-Z][A-Za-z’' ]{2,40}?:\s+(?=\S)")  # a group within a list: "For the applicant: ..."


def _take(record: Attendance, kind: str, text: str) -> None:
    if kind == "apologies":
        _apologies(record, text)
        return
    if kind == "absent":
        # "Not present: Cllr X (no apology received)": neither there nor apologising, the record's text says it; but
        # "Members not in attendance: Cllr Wendell Forbes (apologies), Cllr Otis Grey": the one marked sent apologies
        for entry in _MARKED_APOLOGY.finditer(text):
            record.apologies.extend(n for n in surname_list(entry.group("who")) if n not in record.apologies)
        return
    if kind == "chair":
        for p in people(text)[:1]:
            record.chair = record.chair or p.name
            record.present.append(p.name)
        return
    if kind == "present" and (run_on := _ALL_RUN_ON.search(text)):
        _take(record, kind, text[: run_on.start()])  # "... W Dyson All members were present apart from Cllr X."
        text = text[run_on.end() :]
    if kind == "present" and (but := _ALL_EXCEPT.match(text.strip())):
        all_except(record, but.group("who"))
        return
    if kind == "present" and (marked := CELL_APOLOGIES.search(text) or CELL_ABSENT.search(text)) \
            and len(found_one := people(text)) == 1:
        if marked.re is CELL_APOLOGIES:  # a member's row of a list or grid: "Cllr Ed Iqbal (apologies)"
            record.apologies.append(found_one[0].name)
        return
    if (sub_label := _SUB_LABEL.match(text.strip())) and not HONORIFIC.match(sub_label.group(0).split()[0]):
        text = text.strip()[sub_label.end() :]  # "For the applicant: Mr X", "Responsible authority: PC Y"
    text = _FOR_ITEMS.sub(",", text)  # "Dr A (Ecology Officer) - for minute 8 Fern B (Clerk)": two names
    line_role = re.search(r"(?i)\b(?<!vice\s)(?<!vice-)(?<!deputy\s)chair(?:man|person)?\s*$", text.strip())
    leading_role = re.match(r"(?i)^(?<!vice\s)chair(?:man|person)?\s+(?=\S)", text.strip())
    found = people(re.sub(r"(?i)^(?:vice\s+)?chair(?:man|person)?\s+(?=\S)", "", text.strip()))
    for p in found:
        if kind == "present" and p.member:
            record.present.append(p.name)
            if (p.chair or ((line_role or leading_role) and len(found) == 1)) and not record.chair:
                record.chair = p.name
        else:
            record.in_attendance.append(p.name)
    if (sub := _SUBSTITUTE.search(text)) and kind == "present":
        record.present.extend(surname_list(sub.group("sub")))


# an entry of a list marked as having sent apologies, or as not having: "Cllr T. Loxley (apologies received)", "Cllr J.
# Prentice (no apologies)"
# (each entry tried from its start only, after a comma or semicolon: a long run of text without one stays linear)
_MARKED_APOLOGY = re.compile(
    r"(?:(?<=^)|(?<=[,;]))(?P<who>[^,;()]+?)\s*\(\s*(?:sent\s+|with\s+)?apolog\w*(?:\s+\w+)?\s*\)", re.I)
_MARKED_NO_APOLOGY = re.compile(r"(?:(?<=^)|(?<=[,;]))[^,;()]*\(\s*(?:no|without)\s+apolog[^)]*\)", re.I)


def _apologies(record: Attendance, text: str) -> None:
    if said := _APOLOGY_SENTENCE.search(text):
        text = text[said.end() :]  # "Apologies for absence:- Apologies were received from Councillors A, B ..."
    text = _MARKED_NO_APOLOGY.sub("", text)  # "Absent: Cllr A (apologies received), Cllr B (no apologies)": not B
    text = re.sub(r"(?:,|\band)\s+from\s+(?=[A-Z])", ", ", text)  # "from Cllr A and from B (CC member)"
    for part in re.split(r";\s*", text):
        sub = _SUBSTITUTE.search(part)
        if sub:
            record.present.extend(n for n in surname_list(sub.group("sub")) if n not in record.present)
            # "from Councillor A, for whom Councillor B attended as substitute, and from Councillor C": A and C
            part = f"{part[: sub.start()]} {part[sub.end() :]}"
        record.apologies.extend(n for n in surname_list(part) if n not in record.apologies)


def _sentences(record: Attendance, text: str) -> bool:
    """Apologies and the chair written as sentences in running text. True when a list of apologies follows."""
    follows = False
    for sentence in sentences(text):
        if m := _APOLOGY_SENTENCE.search(sentence):
            record.texts.append(sentence)
            _apologies(record, sentence[m.end() :])
            follows = not sentence[m.end() :].strip(" :-")
        elif m := _SENT_APOLOGIES.search(sentence):
            record.texts.append(sentence)
            _apologies(record, sentence[: m.start()])
        elif m := _JOINED.search(sentence):
            # "Councillor Z. Jones joined the meeting via Microsoft Teams", "Cllr Bird joined the meeting at 7.20pm":
            # a member present for the meeting, or part of it
            record.texts.append(sentence)
            record.present.extend(n for p in people(m.group("who")) if (n := p.name) not in record.present)
        elif (m := _PRESENT_CLOSING.search(sentence)) and _TITLED_FIRST.match(sentence):
            # "Councillors A (Chair), B and C, and independent members Mrs D and Mr E, were present together with
            # Mr F (Independent Member).": the members, as prose
            record.texts.append(sentence)
            _take(record, "present", holders_first(sentence[: m.start()]))
            if m.group("with"):
                _take(record, "present", holders_first(m.group("with")))
        elif m := _WAS_IN_ATTENDANCE.search(sentence):
            # "Councillor Steele, Chair of ..., was in attendance"; "Cllr Lazenby had not attended since May" is part
            # of the record too, but names no one who attended; "... attended together with his Chief Executive, Ms
            # X" names one more
            record.texts.append(sentence)
            if not _NOT_BEFORE.search(m.group("who")):
                record.in_attendance.extend(p.name for p in people(holders_first(m.group("who"))))
                if with_ := _ATTENDED_WITH.match(sentence, m.end()):
                    record.in_attendance.extend(p.name for p in people(holders_first(sentence[with_.end() :])))
        if (chair := _chair_in(sentence)) and not record.chair:
            record.chair = chair
    return follows


_CLAUSE_END = re.compile(v.APOLOGIES_CLAUSE_END.form, re.I)


def apologies_said(text: str, record: Attendance) -> None:
    """Apologies reported in passing in an item of another title, where the minutes have no record of them: the chair's
    opening remarks ("The Chair welcomed everyone and reported that apologies had been received from Councillor A
    (holiday) and Councillor B (work), and that Councillor C had sent no apologies"). Each sentence saying them is
    part of the record, and those it names (to the end of its clause) sent apologies."""
    for sentence in sentences(text):
        if m := _APOLOGY_SENTENCE.search(sentence):
            record.texts.append(sentence)
            _apologies(record, _CLAUSE_END.split(sentence[m.end():], maxsplit=1)[0])


def apologies_item(rows: list[Row], record: Attendance) -> None:
    """An Apologies item: sentences, or a bare list of names ("Councillors A, B and C.", "Cllr X – ...")."""
    before = len(record.apologies)
    read_attendance(rows, record)
    if len(record.apologies) > before or not rows:
        return
    first = re.split(r"\s+[–-]\s+|\(|:", rows[0].text)[0]
    if _name_row(first) or re.match(r"(?i)^(?:councillors?|cllrs?\.?)\s", first):
        record.apologies.extend(n for n in surname_list(rows[0].text.split(" – ")[0]) if n not in record.apologies)
        record.texts.append(rows[0].text)


_ELECTED = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\b|\bremain\s+as\b", re.I
)
_ELECTED_NAME = rf"(?P<who>(?:{v.HONORIFICS.form})\.?\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){{0,3}})"
_AS_CHAIR = rf"(?:as\s+)?(?:the\s+)?(?:{v.CHAIR_LABELS[1].form})\b"
# "resolved to elect Cllr X as Chair", "RESOLVED: to appoint Councillor X as Chairman for the year", "that Cllr X be
# appointed Chairman": the motion names who is elected, whoever proposed it
_ELECT_AS = re.compile(
    rf"\b(?:re-?)?(?:elect|appoint)(?:s|ed)?\s+{_ELECTED_NAME}\s+as\s+(?:the\s+)?(?:{v.CHAIR_LABELS[1].form})\b"
    rf"|{_ELECTED_NAME.replace('who', 'named')}\s+be\s+(?:re-?)?(?:elected|appointed)\s+{_AS_CHAIR}",
    re.I,
)


_ELECTED_TO_CHAIR = re.compile(
    rf"\b(?:be\s+|was\s+)?(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?(?<!vice-)(?<!vice\s)"
    rf"(?:{v.CHAIR_LABELS[1].form})\b", re.I)


def chair_elected(text: str) -> str | None:
    """Who an "Election of Chairman" item elected: "As there were no other proposals, Cllr M Cain was elected."."""
    for sentence in sentences(text):
        named = _ELECT_AS.search(sentence)
        if named and (name := clean_name((named.group("who") or named.group("named")).split())):
            return name
        if to_chair := _ELECTED_TO_CHAIR.search(sentence):
            # "Resolved: Cllr Pauline Hebden elected Chairman", "that Cllr X, having been proposed, be elected
            # Chairman": the titled name nearest before the words (not who proposed them)
            titled = re.findall(rf"(?:{v.HONORIFICS.form})\.?\s+(?:[A-Z][\w.'’-]*\s*){{1,3}}",
                                sentence[: to_chair.start()], re.I)
            for c in reversed(titled):
                if name := clean_name(LEADING_LABEL.sub("", c.strip().rstrip(",")).split()):
                    return name
        m = _ELECTED.search(sentence)
        if not m:
            continue
        before = sentence[: m.start()]
        titled = re.findall(rf"(?:{v.HONORIFICS.form})\.?\s+(?:[A-Z][\w.'’-]*\s*){{1,3}}", before, re.I)
        candidates = titled or [before.split(",")[-1]]
        for c in candidates:
            name = clean_name(LEADING_LABEL.sub("", c.strip()).split())
            if name:
                return name
    return None


def apply(meeting: Meeting, record: Attendance) -> None:
    """Fill the meeting's attendance fields from the record."""
    meeting.chair = meeting.chair or record.chair
    meeting.present = _unique(record.present)
    # a member read among the members is not also in attendance ("Cllr X attended as her substitute", said below)
    meeting.in_attendance = [n for n in _unique(record.in_attendance) if n not in meeting.present]
    meeting.apologies = _unique(record.apologies)
    if meeting.chair and not any(meeting.chair in p or p in meeting.chair for p in meeting.present):
        meeting.present.insert(0, meeting.chair)
    meeting.attendance_text = "\n".join(dict.fromkeys(record.texts))


def _unique(names: list[str]) -> list[str]:
    """Names in order, each once (two members may share a surname, but not a whole written name); a bare surname
    beside a fuller name ending in it is that person named again ("Councillor Peter Strang" in the table,
    "Councillor Strang" in the sentence), titled or not ("Professor Alan Quayle", then "Professor Quayle")."""
    names = list(dict.fromkeys(names))

    def bare(n: str) -> bool:
        return len([w for w in n.split() if not HONORIFIC.match(w)]) == 1

    return [n for n in names if not bare(n) or not any(
        o != n and not bare(o) and o.split()[-1] == n.split()[-1] for o in names)]
