"""A page of plain text set in two columns side by side, as a PDF printed to text with its layout keeps it
(``pdftotext -layout``): the left column's lines and the right column's share each line, the gutter between them a
run of spaces at one place. Read as the columns are read: the left column down the page, then the right.

A bilingual paper sets the same minutes in two languages side by side (Welsh councils: Welsh on the left, English on
the right of every line), each side a whole copy of the other: the same figures on the same lines. It is one meeting,
read once, in English (the language the answerer reads); read column by column it would be two meetings.

A table aligned with spaces has its edges at fixed places too, so a page is read as two columns only where most of its
lines have text starting at one edge, many with text on its left too, each side prose (no column gap within it), and
no line's text runs across the edge; a space-aligned table's rows have gaps within their cells' run, and a list of
names side by side is short.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import ENGLISH_FUNCTION_WORDS

_GAP = re.compile(r" {2,}")  # two spaces or more: a gutter, or a gap between a table's cells
_INNER_GAP = re.compile(r"\S {3,}\S")  # a gap inside one side: cells of a table, not a column of prose
FEWEST_RIGHT = 8  # lines whose text starts at the edge, at least
FEWEST_SHARED = 4  # of them, lines with text on both sides of the edge
RIGHT_SHARE = 0.4  # of the lines with text: a page mostly of two columns
NARROWEST = 20  # characters of the left column, at least


def _edge(lines: list[str]) -> int | None:
    """The character where the right column starts on most lines, or None when the lines are not two columns."""
    starts: dict[int, int] = {}
    for line in lines:
        for m in _GAP.finditer(line.rstrip()):
            if m.start() >= NARROWEST or m.start() == 0:  # a gutter, or the left column empty on this line
                starts[m.end()] = starts.get(m.end(), 0) + 1
    starts = {k: n for k, n in starts.items() if k > NARROWEST}
    if not starts:
        return None
    edge = max(starts, key=lambda k: starts[k])
    texted = [line for line in lines if line.strip()]
    right = [line for line in texted if len(line) > edge and line[edge - 1] == " " and line[edge] != " "]
    shared = [line for line in right if line[:edge].strip()]
    crossing = [line for line in texted if len(line) > edge and line[edge - 1] != " " and line[edge] != " "]
    if len(right) < FEWEST_RIGHT or len(shared) < FEWEST_SHARED or len(right) < RIGHT_SHARE * len(texted) \
            or len(crossing) > 1:
        return None
    if any(_INNER_GAP.search(line[:edge].strip()) or _INNER_GAP.search(line[edge:].strip()) for line in shared):
        return None  # a table: its cells' gaps stand inside a side
    return edge


PARALLEL_FEWEST = 3  # lines printing figures on both sides, at least
PARALLEL_SHARE = 0.8  # of them, lines whose two sides print the same figures
_FIGURES = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]+")


def _parallel(left: list[str], right: list[str]) -> bool:
    """Are the two columns one text in two languages: on most lines printing figures, the same figures both sides?"""
    both = [(a, b) for a, b in zip(left, right, strict=True) if _FIGURES.search(a) and _FIGURES.search(b)]
    same = [1 for a, b in both if _FIGURES.findall(a) == _FIGURES.findall(b)]
    return len(both) >= PARALLEL_FEWEST and len(same) >= PARALLEL_SHARE * len(both)


def _english_words(lines: list[str]) -> int:
    return sum(w in ENGLISH_FUNCTION_WORDS for line in lines for w in _WORD.findall(line.lower()))


def read_columns(text: str) -> str:
    """``text`` with a two-column page read column by column (a bilingual page, its English column alone); any other
    text as it is."""
    lines = text.split("\n")
    edge = _edge(lines)
    if edge is None:
        return text
    left = [line[:edge].rstrip() for line in lines]
    right = [line[edge:].strip() if len(line) > edge else "" for line in lines]
    if _parallel(left, right):
        return "\n".join(right if _english_words(right) >= _english_words(left) else left)
    return "\n".join([*left, "", *right])
