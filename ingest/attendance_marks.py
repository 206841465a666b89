"""Attendance grids that mark each member with a symbol or letter rather than a word.

Boards of NHS bodies, trusts and joint committees print their membership as a table with a column for the meeting
("Name | Role | 6 Jul") and a mark in it: a tick for present, "A" for apologies, a cross or "X" for absent, with a
key under or over the table ("✓ present · A apologies", "Key: P = present, A = apologies, X = absent"). The key says
what each mark means; where there is none, ticks and crosses mean what they mean everywhere.
"""

from __future__ import annotations

import re

from ingest.cleaning import Row
from minutebook import vocabulary as v

_STATUS_WORDS = {"present": "present", "attended": "present", "in attendance": "present", "apologies": "apologies",
                 "apology": "apologies", "absent": "absent", "not present": "absent", "did not attend": "absent"}
_MEANING = r"present|attended|in\s+attendance|apolog(?:ies|y)|absent|not\s+present|did\s+not\s+attend"
# "✓ present", "A = apologies", "P – present", "X: absent", each pair of a key, apart or in one line
_KEY_PAIR = re.compile(rf"(?:^|[\s,;·|(])(?P<mark>[^\w\s]|[A-Za-z]{{1,2}})\s*(?:=|:|[–-])?\s*(?P<meaning>{_MEANING})\b",
                       re.I)
_KEY_ROW = re.compile(rf"^(?:key\s*:?\s*)?(?:(?:[^\w\s]|[A-Za-z]{{1,2}})\s*(?:=|:|[–-])?\s*(?:{_MEANING})"
                      rf"[\s,;·|.]*)+$", re.I)
_SYMBOLS = {**{s: "present" for s in ("✓", "✔", "☑")}, **{s: "absent" for s in ("✗", "✘", "☒")}}
_DATE_CELL = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{2,4})?|[A-Z][a-z]{2,8}\.?\s+\d{2,4}|"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$"
)
_KEY_WORD = re.compile(rf"^(?:{v.TABLE_PRESENT_CELL.form})$", re.I)


def marks_key(rows: list[Row]) -> dict[str, str]:
    """What each mark of an attendance grid means, from its key row ("✓ present · A apologies"), over the ticks and
    crosses every grid shares."""
    marks = dict(_SYMBOLS)
    for row in rows:
        text = row.text.strip()
        if len(text) > 120 or not key_row(text):
            continue
        for m in _KEY_PAIR.finditer(text):
            if _KEY_WORD.match(m.group("mark")) or m.group("mark").lower() == "key":
                continue
            marks[m.group("mark")] = _STATUS_WORDS[re.sub(r"\s+", " ", m.group("meaning").lower())]
    return marks


def key_row(text: str) -> bool:
    """The key row itself, which names no one: two marks and their meanings or more, or one after "Key:" (not a
    heading that happens to read so: "WHO ATTENDED")."""
    text = text.strip()
    pairs = len(_KEY_PAIR.findall(text))
    return bool(_KEY_ROW.match(text)) and (pairs >= 2 or (pairs == 1 and text.lower().startswith("key")))


def marks_read(text: str, marks: dict[str, str]) -> str:
    """A grid's row with its marks in words: "Dr Simon Kaur | Non-Executive Director | A" -> "... | apologies"; "A
    (deputy: Mr Liam Sowerby)" -> "apologies (deputy: Mr Liam Sowerby)". Rows without tabs are not a grid's."""
    if "\t" not in text:
        return text
    cells = text.split("\t")
    out = []
    for k, cell in enumerate(cells):
        stripped = cell.strip()
        mark = re.match(r"^(?P<mark>\S{1,3})(?=\s*(?:\(|$))", stripped)
        if k and mark and mark.group("mark") in marks:
            cell = marks[mark.group("mark")] + stripped[mark.end():]
        out.append(cell)
    return "\t".join(out)


def date_cell(cell: str) -> bool:
    """A grid's column headed by the meeting's date ("6 Jul", "Jul 23", "06/07/23"): a heading, not a name."""
    return bool(_DATE_CELL.match(cell.strip()))
