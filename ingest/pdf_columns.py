"""Tables drawn without ruling lines in a PDF: rows rebuilt from the columns their words line up in.

A browser prints an HTML table with no borders, and a word processor hides a table's borders: ``find_tables``
sees neither, and each visual line used to run its cells together ("Councillor Alun Beddoe Member Present"),
a cell that wraps spilling its second line into a row of its own. Here such a table is found by its geometry:

* a *gutter* is an upright strip no word crosses on any line of a run of consecutive lines, with something on
  both sides of it on at least two lines;
* the words right of it start at one x (left-aligned cells) or those left of it end at one x (right-aligned
  figures) on at least two lines, and on at least one line the space across it is wider than a word space
  (some cell is shorter than its column) -- the lines of a paragraph share no such strip;
* a hanging indent (a marker or a number, then text) is no table: the column left of the gutter must hold more
  than markers and numbers.

The words of each line are cut into cells at the gutters; lines whose cells follow closer than the space
between rows are one row (a cell that wraps, or one set in the middle of a taller row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

_WORD_GAP = 0.1  # a gap wider than this share of the type size separates two words
_WIDE_GAP = 0.9  # a gap this wide (in type sizes) is more than a word space
_ALIGN = 1.2  # points within which cells line up
_ROW_GAP = 0.15  # rows lie further apart than a cell's lines by more than this share of the type size
_NOTE_GAP = 0.6  # a line this far (in type sizes) below a table is a paragraph after it
# what a hanging indent puts left of its text: a bullet, "(a)", "83.", "2.1", "23/166", "PH61", "Min. 64"
_NOT_A_CELL = re.compile(
    r"^(?:[•●▪◦‣·*–-]|\(?(?:\d{1,3}|[A-Za-z]|[ivxlc]{2,5})[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[A-Z]{1,4}[./]?\d{1,4}(?:[./]\d{1,4})*\.?"
    r"|\d{1,4}(?:/\d{1,4})+\.?|(?:min(?:ute)?|item)\.?\s*\d{1,4}\.?)$",
    re.IGNORECASE,
)  # a bare number ("3") is a cell: the item a declaration concerns, a vote


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass
class Row:
    """A table row: its cells' text, left to right, and its vertical extent."""

    cells: list[str]
    top: float
    bottom: float
    # the last cell's lines that start an entry of their own (the line above ended short of the column's edge,
    # though this line's first word would have fitted): in a two-column table of labels and entries
    # ("Officers Present: | Director ... - Mr N Beattie / Head of Waste - Mrs G Trimble"), each a line of its own
    more: list[str] = field(default_factory=list)


@dataclass
class Table:
    """A borderless table: its rows and the indices of the visual lines it took."""

    rows: list[Row]
    lines: set[int] = field(default_factory=set)


def _words(raw: dict[str, Any]) -> list[_Word]:
    """A visual line's words, split where the gap between characters is wider than a kerning gap."""
    words: list[_Word] = []
    # left to right: a line may hold a cell set a little higher or lower than the rest, read after it
    chars = sorted((c for c in raw["chars"] if c["text"].strip()), key=lambda c: c["x0"])
    for c in chars:
        size = float(c.get("size") or 10.0)
        if words and c["x0"] - words[-1].x1 <= _WORD_GAP * size:
            w = words[-1]
            w.text += c["text"]
            w.x1 = max(w.x1, c["x1"])
            w.top, w.bottom = min(w.top, c["top"]), max(w.bottom, c["bottom"])
        else:
            words.append(_Word(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], size))
    return words


def _gaps(lines: list[list[_Word]]) -> list[tuple[float, float]]:
    """Upright strips that no word of these lines crosses, between their leftmost and rightmost words."""
    spans = sorted((w.x0, w.x1) for line in lines for w in line)
    gaps: list[tuple[float, float]] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    return gaps


def _gutter(lines: list[list[_Word]], gap: tuple[float, float], *, numbers_may_be_cells: bool = False) -> bool:
    """Whether a strip no word crosses is a column boundary (see the module's account). A column of numbers
    only is a hanging indent's, unless ``numbers_may_be_cells``: the lines have other columns to its right (an
    action log's "Ref | Action | Owner | Update")."""
    left_x, right_x = gap
    both = starts = 0
    wide = False
    left_cells: list[str] = []
    for line in lines:
        left = [w for w in line if w.x1 <= left_x]
        right = [w for w in line if w.x0 >= right_x]
        starts_here = bool(right) and right[0].x0 - right_x < _ALIGN  # a cell of the column right of the gutter
        starts += starts_here
        if not left or not right:
            continue
        both += 1
        # a cell shorter than its column, beside one that starts at the gutter
        wide = wide or (starts_here and _wide(line, line.index(right[0])))
        left_cells.append(" ".join(w.text for w in left))
    if not both or not wide or starts < 2:
        return False
    # a hanging indent: markers or numbers left of the text, more often than not
    markers = sum(1 for cell in left_cells if _NOT_A_CELL.match(cell.split()[-1]) and len(cell.split()) <= 2)
    return numbers_may_be_cells or 2 * markers < len(left_cells)


def _cuts(lines: list[list[_Word]]) -> list[float]:
    """The x of each column boundary of a run of lines (the middle of its gutter). A hanging indent's strip counts
    where two other gutters to its right make the lines a table of three columns or more."""
    if len(lines) < 2:
        return []
    gaps = _gaps(lines)
    found = [g for g in gaps if _gutter(lines, g)]
    if len(found) >= 2:
        first = [g for g in gaps if g[1] <= found[0][0] and _gutter(lines, g, numbers_may_be_cells=True)]
        found = first[-1:] + found
    return [(a + b) / 2 for a, b in found]


def _rows(lines: list[list[_Word]], cuts: list[float]) -> list[Row]:
    """Cut each line into cells and put lines that belong to one row together.

    A line overlapping the row above is set in the middle of it. Otherwise the space down to the last line in
    each column the line fills tells: where those spaces vary, the narrowest is within a cell (its wrapped lines)
    and a clearly wider one between rows (cell padding); where all are alike, a line with nothing in the first
    column goes on the row above."""
    size = max(w.size for line in lines for w in line)
    split: list[list[list[_Word]]] = []
    for line in lines:
        cells: list[list[_Word]] = [[] for _ in range(len(cuts) + 1)]
        for w in line:
            cells[sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c)].append(w)
        split.append(cells)
    gaps: list[float] = []
    lowest: dict[int, float] = {}
    for cells in split:
        for k, cell in enumerate(cells):
            if cell:
                if k in lowest and min(w.top for w in cell) >= lowest[k] - 1:
                    gaps.append(min(w.top for w in cell) - lowest[k])
                lowest[k] = max(w.bottom for w in cell)
    even = not gaps or max(gaps) - min(gaps) <= _ROW_GAP * size
    rows: list[Row] = []
    last: dict[int, float] = {}  # the bottom of each column's last line in the open row
    ends: dict[int, float] = {}  # where each column's last line stops
    edge = max(w.x1 for line in lines for w in line)  # the right edge of the last column
    for line, cells in zip(lines, split, strict=True):
        top, bottom = min(w.top for w in line), max(w.bottom for w in line)
        below = [min(w.top for w in cell) - last[k] for k, cell in enumerate(cells) if cell and k in last]
        if rows and (
            top < rows[-1].bottom - 1
            or (not cells[0] if even else bool(below) and max(below) < min(gaps) + _ROW_GAP * size)
        ):
            row = rows[-1]
        else:
            row = Row(cells=[""] * len(cells), top=top, bottom=bottom)
            rows.append(row)
            last = {}
        for k, cell in enumerate(cells):
            if cell:
                text = " ".join(w.text for w in cell)
                if k == len(cuts) == 1 and row.cells[k] and ends[k] + 0.5 * size + cell[0].x1 - cell[0].x0 < edge:
                    row.more.append(text)  # the line above stopped short: an entry of its own
                elif row.more and k == len(cuts):
                    row.more[-1] = _join(row.more[-1], text)
                else:
                    row.cells[k] = _join(row.cells[k], text) if row.cells[k] else text
                last[k], ends[k] = max(w.bottom for w in cell), cell[-1].x1
        row.top, row.bottom = min(row.top, top), max(row.bottom, bottom)
    return rows


def _join(text: str, more: str) -> str:
    """A cell's wrapped line joined to its first; no space after a line-end hyphen."""
    if text.endswith(("-", "/")) and len(text) > 1 and text[-2].isalnum():
        return text + more
    return f"{text} {more}"


def _crosses(line: list[_Word], cuts: list[float]) -> bool:
    """Whether a word of the line spans a column boundary."""
    return any(w.x0 < c < w.x1 for w in line for c in cuts)


def _filled(line: list[_Word], cuts: list[float]) -> int:
    """How many columns a line has words in."""
    return len({sum(1 for c in cuts if (w.x0 + w.x1) / 2 > c) for w in line})


def _wide(line: list[_Word], k: int) -> bool:
    """Whether the gap before the line's ``k``-th word is wider than a word space: wider than an em, and twice
    the line's narrowest gap unless every gap is that wide (a justified line stretches all its spaces alike; a
    header row has only wide gaps)."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(line)]
    gap = gaps[k - 1] if 0 < k <= len(gaps) else 0.0
    least = min(gaps, default=0.0)
    return gap > _WIDE_GAP * line[k].size and (gap > 2 * least or least > _WIDE_GAP * line[k].size)


def _spaced(line: list[_Word]) -> bool:
    """Whether a line has a gap wider than a word space between two of its words: a row of a table, maybe."""
    return any(_wide(line, k) for k in range(1, len(line)))


def _close(upper: list[_Word], lower: list[_Word]) -> bool:
    """Whether a line follows another as closely as the lines of one table do (no paragraph's space between)."""
    return min(w.top for w in lower) - max(w.bottom for w in upper) <= _NOTE_GAP * max(w.size for w in lower)


def _run(lines: list[list[_Word]], i: int) -> tuple[int, list[float]]:
    """The end (exclusive) and column boundaries of a table that starts at line ``i``; no boundaries if none.

    The run takes the lines with wide gaps (rows) and those close below them (a cell's wrapped lines) while
    they share an upright gap; once it has a column boundary, it ends at the first line that crosses one."""
    cuts: list[float] = []
    end = j = i + 1
    while j < len(lines) and lines[j]:
        if not (_spaced(lines[j]) or _close(lines[j - 1], lines[j])):
            break
        run = lines[i : j + 1]
        if not _gaps(run):
            break
        found = _cuts(run)
        if len(found) < len(cuts):  # the line crosses a column boundary: the table has ended
            break
        if found:
            cuts, end = found, j + 1
        j += 1
    return (end, cuts) if cuts else (i, [])


def _top(lines: list[list[_Word]], i: int, end: int, cuts: list[float], floor: int) -> tuple[int, list[float]]:
    """Where a table found from line ``i`` begins, and its column boundaries: close lines above that keep
    every boundary belong to it."""
    while i > floor and lines[i - 1] and _close(lines[i - 1], lines[i]):
        above = lines[i - 1]
        kept = _cuts(lines[i - 1 : end])
        if len(kept) < len(cuts):
            break
        tight = min(w.top for w in lines[i]) - max(w.bottom for w in above) < _ROW_GAP * above[0].size
        if tight or min(w.x0 for w in above) > kept[0]:
            i, cuts = i - 1, kept  # a cell's first lines, above (or level with) a neighbour set in the middle
        elif _spaced(above) and _filled(above, kept) >= 2:
            return i - 1, kept  # the table's header, its headings set apart (centred) from the columns below
        else:
            break
    return i, cuts


def borderless_tables(raw_lines: list[dict[str, Any]]) -> list[Table]:
    """The tables without ruling lines among a page's visual lines (pdfplumber text lines with their chars)."""
    lines = [_words(r) for r in raw_lines]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        end, cuts = _run(lines, i) if lines[i] and _spaced(lines[i]) else (i, [])
        if not cuts or _filled(lines[i], cuts) < 2:  # a table opens with its header or a full row, not a title
            i += 1
            continue
        # a line in one column below the table, set apart as a paragraph is, is a note after it
        while end - i > 2 and _filled(lines[end - 1], cuts) < 2 and (
            min(w.top for w in lines[end - 1]) - max(w.bottom for w in lines[end - 2])
            > _NOTE_GAP * max(w.size for w in lines[end - 1])
        ):
            end -= 1
        start, cuts = _top(lines, i, end, cuts, max(tables[-1].lines) + 1 if tables else 0)
        rows = _rows(lines[start:end], cuts)
        # "Present:" and its names, one a line, each label on one line: a layout the text reads as well
        labels = [row.cells[0] for row in rows if row.cells[0]]
        in_first = sum(1 for line in lines[start:end] if any((w.x0 + w.x1) / 2 < cuts[0] for w in line))
        if all(label.endswith((":", ":-")) for label in labels) and in_first == len(labels):
            i += 1
            continue
        if len(rows) >= 2:
            tables.append(Table(rows=rows, lines=set(range(start, end))))
            i = end
            continue
        i += 1
    return tables
