"""An attendance record (:class:`Attendance`, what a meeting's record says of who was there) and the rows of its
tables: a member's row with their role or status ("Cllr A | Chair", "Cllr B | Apologies", "Yes" / "No" in a
"Present" column), a heading row naming the columns ("Name | Role"), a column of substitutes ("Member |
Substitute")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.attendance_marks import date_cell
from ingest.people import HONORIFIC, looks_like_name, people, surname_list
from minutebook import vocabulary as v


@dataclass
class Attendance:
    """What a meeting's attendance record says."""

    chair: str | None = None
    present: list[str] = field(default_factory=list)
    in_attendance: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


STATUS_CELL = re.compile(r"(?i)\t\s*(?:present|attended|apologies|absent)\s*(?:\t|$)")


def table_row(record: Attendance, kind: str, text: str, substitute_column: int | None = None, *,
              grid_least: int = 3) -> bool:
    """A row of an attendance table: the cell naming a person, with its role or status ("Present", "Chair").
    ``substitute_column``: where the table's heading names a column of substitutes ("Member | Substitute"), a name
    in it sat in the place of the row's member, who did not attend. ``grid_least``: the columns of names a row needs
    to be read as a grid of names, not a name and what it represents ("Jane Doe | West Ward")."""
    raw = text.split("\t")
    held = substitute_column is not None and substitute_column < len(raw)
    substitute = raw[substitute_column].strip() if held and substitute_column is not None else ""
    stood_in = [p.name for p in people(substitute)] if substitute else []
    if stood_in:
        text = "\t".join(c for k, c in enumerate(raw) if k != substitute_column)
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) < 2 and not (stood_in and cells):
        return False
    titled = [c for c in cells if HONORIFIC.match(c.split(" ")[0]) and people(c)]
    # a column headed by a member council ("Ormsby Borough Council | Talbury District Council") names no one
    named = titled or [c for c in cells if looks_like_name(c) and people(c) and not _BODY_CELL.search(c)]
    if not named:
        return False
    others = " ".join(c for c in cells if c not in named).lower()
    status = "apologies" if "apolog" in others else "absent" if "absent" in others else kind
    if stood_in and kind == "present":
        record.present.extend(n for n in stood_in if n not in record.present)
        if status == "present":
            status = "apologies"  # the member whose place the substitute took was not there
    said = [c for c in cells if c not in named and (_PRESENT_CELL.match(c) or _ABSENT_CELL.match(c))]
    if status == kind and said and _ABSENT_CELL.match(said[-1]):
        status = "absent"  # "No" in a "Present" column
    for cell in cells:
        if (sub := _TABLE_SUBSTITUTE.search(cell)) and kind == "present":
            record.present.extend(n for n in surname_list(sub.group("who")) if n not in record.present)
    columns = titled if len(titled) >= 2 and len(titled) == len(cells) else named[:1]  # a list in two columns
    if len(named) >= grid_least and len(named) == len(cells):
        columns = named  # "G Whitlock (Town Mayor) | P Ormerod | L Szabo": names without titles in a grid
    for cell, person in ((c, p) for c in columns for p in people(c)):
        chair = person.chair or bool(re.search(r"(?<!vice[-\s])(?<!deputy\s)\bchair", others))
        # a grid of members by council marks each one's own absence: "Cllr Stuart Dewhirst (apologies)"
        own = "apologies" if CELL_APOLOGIES.search(cell) else "absent" if CELL_ABSENT.search(cell) else None
        if own is not None and status == "present":
            if own == "apologies":
                record.apologies.append(person.name)
            continue
        if status == "present":
            record.present.append(person.name)
            if chair and not record.chair:
                record.chair = person.name
        elif status == "apologies":
            record.apologies.append(person.name)
        elif status == "attendance":
            record.in_attendance.append(person.name)
    record.texts.append(text)
    return True


_BODY_CELL = re.compile(r"(?i)\b(?:council|authority|board|trust|partnership|association)\s*$")
CELL_APOLOGIES = re.compile(r"(?i)\(\s*(?:sent\s+)?apolog\w*\s*\)")
CELL_ABSENT = re.compile(r"(?i)\(\s*absent\b[^()]*\)")
_PRESENT_CELL = re.compile(rf"(?i)^(?:{v.TABLE_PRESENT_CELL.form})\b")
_ABSENT_CELL = re.compile(rf"(?i)^(?:{v.TABLE_ABSENT_CELL.form})\b(?!\s+(?:longer|one))")
_TABLE_SUBSTITUTE = re.compile(v.TABLE_SUBSTITUTE.form)


def heading_cells(text: str) -> bool:
    """A table's heading row: short cells naming columns ("Name", "Role", "Representing", "Councillor"), no one's
    name."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and all(
        (len(c.split()) <= 3 and c[:1].isupper() and (len(c.split()) == 1 or not HONORIFIC.match(c.split()[0]))
         and not looks_like_name(c))
        or date_cell(c)  # "Name | Role | 6 Jul": a column for the meeting, headed by its date
        or _BODY_CELL.search(c)  # "Kelland Town Council | Marsh Parish Council": members grouped by council
        for c in cells
    )


_SUBSTITUTE_COLUMN_FORM = re.compile(rf"(?i)^(?:{v.SUBSTITUTE_COLUMN.form})$")


def substitute_column(text: str) -> int | None:
    """Which column of a table's heading row names the substitutes ("Member | Substitute"), if any."""
    return next((k for k, c in enumerate(text.split("\t")) if _SUBSTITUTE_COLUMN_FORM.match(c.strip())), None)


def all_except(record: Attendance, who: str) -> None:
    """ "Present: all except Cllr Quarrie (apologies)": the members listed above were there but those named; a name
    marked as an apology is one."""
    for part in re.split(r"(?:,|;|\band\b)\s*(?![^()]*\))", who):
        for p in people(part):
            surname = p.name.split()[-1]
            record.present = [n for n in record.present if n.split()[-1] != surname]
            if re.search(r"(?i)\bapolog", part):
                record.apologies.append(p.name)
