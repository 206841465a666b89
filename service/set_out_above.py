"""What a resolution adopts by pointing above it: "That the charges set out above be approved from 1 June 2026" adopts
the table of charges printed above it in the minute, which the answer quotes with the resolution; the resolution alone
gives none of the charges. Likewise "With these amendments the minutes were passed" acts on the amendments minuted
in the sentences before it; and "RESOLVED that the minutes be approved with amendments to the following:" adopts the
list printed below it, which it introduces."""

from __future__ import annotations

import re

from minutebook.model import MinuteItem
from minutebook.vocabulary import CHANGES_ABOVE, SET_OUT_ABOVE
from service.evidence import sentences
from service.reading import BULLET

ABOVE = re.compile(rf"\b(?:{SET_OUT_ABOVE.form})\b", re.I)
CHANGES = re.compile(rf"^\W*(?:{CHANGES_ABOVE.form})\b", re.I)  # the resolution's opening words
CHANGES_MOST = 2  # sentences before a resolution that names them as "these amendments"
CHANGES_CHARS = 400  # ... of at most this many characters in all
BETWEEN = 5  # lines (a sentence or two, "RESOLVED:") that may stand between the rows and the resolution


def points_above(resolution: str) -> bool:
    """Does the resolution adopt what the minute sets out above it?"""
    return bool(ABOVE.search(resolution))


def set_out_above(item: MinuteItem, resolution: str) -> str | None:
    """The lines of ``item``'s text a resolution adopting what is "set out above" points at: the last run of table
    rows (cells apart) or list entries above the resolution, with the line that leads into it ("Proposed charges:");
    verbatim, one span of the item's text. None where the minute prints no table or list above it."""
    at = item.text.find(resolution[:60])
    above = item.text[:at] if at > 0 else ""
    lines = above.split("\n")
    end = len(lines)
    while end and not _row(lines[end - 1]) and len(lines) - end < BETWEEN:  # back past the sentences between
        end -= 1
    start = end
    while start and _row(lines[start - 1]):
        start -= 1
    if start == end:
        return None
    if start and lines[start - 1].rstrip().endswith((":", ":-")):
        start -= 1  # its lead-in
    return "\n".join(lines[start:end]).strip() or None


def _row(line: str) -> bool:
    return "\t" in line or bool(BULLET.match(line.strip()))


def changes_above(item: MinuteItem, resolution: str) -> str | None:
    """The sentences just before a resolution that opens by naming them ("Correction to policy allocations. Cllrs
    Fox & Warner will undertake the H&S policy ... With these amendments the minutes were passed"): what it acts on,
    verbatim, one span of the item's text; None where the resolution names nothing above it or nothing is above."""
    if not CHANGES.match(resolution):
        return None
    at = item.text.find(resolution[:60])
    above = item.text[:at].rstrip() if at > 0 else ""
    before = [s.strip() for s in sentences(above) if s.strip()][-CHANGES_MOST:]
    while before and sum(len(s) for s in before) > CHANGES_CHARS:
        before = before[1:]
    if not before:
        return None
    return above[above.rfind(before[0]):].strip() or None


LISTED_MOST = 12  # list entries after a resolution's lead-in quoted with it


def listed_below(item: MinuteItem, resolution: str) -> str | None:
    """The list entries of ``item``'s text right after a resolution that introduces them ("... were approved with
    amendments to the following:" then "- Paragraph 5 - ...", "- Paragraph 26a - ..."): verbatim, one span of the
    item's text; None where the resolution leads into nothing or no list follows it."""
    if not resolution.rstrip().endswith((":", ":-", ":–")):
        return None
    at = item.text.find(resolution[:60])
    if at < 0:
        return None
    end = item.text.find("\n", at + min(len(resolution), len(item.text) - at) - 1)
    if end < 0:
        return None
    lines = item.text[end + 1:].split("\n")
    taken: list[str] = []
    for line in lines:
        if not line.strip():
            if taken:
                break
            continue
        if not _row(line) or len(taken) == LISTED_MOST:
            break
        taken.append(line)
    if not taken:
        return None
    start = item.text.find(taken[0], end)
    return item.text[start:item.text.find(taken[-1], start) + len(taken[-1])].strip() or None
