"""What a resolution adopts by pointing above it: "That the charges set out above be approved from 1 June 2026" adopts
the table of charges printed above it in the minute, which the answer quotes with the resolution; the resolution alone
gives none of the charges."""

from __future__ import annotations

import re

from minutebook.model import MinuteItem
from minutebook.vocabulary import SET_OUT_ABOVE
from service.reading import BULLET

ABOVE = re.compile(rf"\b(?:{SET_OUT_ABOVE.form})\b", re.I)
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
