"""A table aligned with spaces whose cells wrap onto the lines below, as plain-text minutes print an action log:

    Action                                                      Lead              Position
    ----------------------------------------------------------  ----------------  ---------------
    Arrange member visit to the new training tower at           Nia Foulkes       Not done -
      Ancaster Bridge                                                             tower handover
                                                                                  delayed; visit
                                                                                  now 19 Nov 2026

A line under a row that has no text at the table's left edge (indented, or starting in a later column) carries on
the cells of the row above: each of its pieces is a part of the cell of the column it stands in. The row is read
whole ("Arrange member visit to the new training tower at Ancaster Bridge | Nia Foulkes | Not done - tower handover
delayed; visit now 19 Nov 2026"), not as a row and a few short lines that end the table.

Only a table is read so: a heading of three columns or more (a rule of dashes under it marks each column's extent),
with rows below it. Any other block is left as it is.
"""

from __future__ import annotations

import itertools
import re

from ingest.readers.common import RULE_LINE

_GAP = re.compile(r"[ \u00a0]{3,}")  # a column's edge, as the text reader reads one
_PIECE = re.compile(r"\S+(?:[ \u00a0]{1,2}\S+)*")  # a cell's text: words a space or two apart
FEWEST_COLUMNS = 3
NAME_WORDS = 3  # the most words of a column's name ("Target date", "Lead officer")
SLACK = 1  # a piece may start a character either side of its column's edge


def _pieces(line: str) -> list[tuple[int, str]]:
    """The cells of a line, each with the character it starts at."""
    return [(m.start(), m.group()) for m in _PIECE.finditer(line)]


def _cut(pieces: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """The pieces, each cut where two spaces part it and the words after them stand at a column's edge: a cell
    filled to a space or two short of the next column ("F Hebblethwaite  Closed - letter sent" under "Owner" and
    "Status") is two cells, not one; so is a narrow cell one space short of the next column, whose words start
    exactly at its edge ("29/18 Review of on-call pay" under "No.   Action": a reference and its action)."""
    out: list[tuple[int, str]] = []
    for at, text in pieces:
        cuts = [0] + [m.end() for m in re.finditer(r"(?<![ \u00a0])[ \u00a0]{1,2}(?![ \u00a0])", text)
                      if any(abs(at + m.end() - edge) <= (SLACK if m.end() - m.start() == 2 else 0)
                             for edge in starts)] + [len(text)]
        out += [(at + a, text[a:b].strip()) for a, b in itertools.pairwise(cuts) if text[a:b].strip()]
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _edges(block: list[str]) -> tuple[int, list[int]] | None:
    """Where the table's heading sits (its line's place in the block) and where its columns start: the dash runs of
    a rule under the heading, else the heading's own cells; None where the block holds no such table."""
    for k, line in enumerate(block):
        if RULE_LINE.match(line) or not _GAP.search(line.strip()):
            continue
        starts = [at for at, _ in _pieces(line)]
        if k + 1 < len(block) and RULE_LINE.match(block[k + 1]):
            ruled = [m.start() for m in re.finditer(r"[-–—_=]+", block[k + 1])]
            starts = ruled if len(ruled) >= len(starts) else starts
        return (k, starts) if len(starts) >= FEWEST_COLUMNS else None
    return None


def _column(at: int, starts: list[int]) -> int | None:
    """The column a piece starting at ``at`` stands in: the last whose edge is at or before it."""
    for c in range(len(starts) - 1, -1, -1):
        if at >= starts[c] - SLACK:
            return c
    return None


def join_wrapped_cells(block: list[str]) -> list[str]:
    """``block`` with each table row's wrapped cells joined back into its line (cells a tab apart, as the text reader
    reads columns; a cell ending in a full stop or a short first cell is no sentence's end or list marker to it); a
    block that is no such table, as it is."""
    found = _edges(block)
    if found is None:
        return block
    head, starts = found
    left = starts[0]
    # a heading of column names by its cells: a short first name is no list marker ("No.   Action   Lead"); a line
    # of longer words is kept as printed (bullet points spaced out: "·   Councillor G. Davies congratulated ..."), as
    # is a label over names set out in columns ("Councillors:   J. Brereton   S. Lightfoot")
    names = [text for _, text in _cut(_pieces(block[head]), starts)]
    named = all(len(n.split()) <= NAME_WORDS and not n.endswith(":") for n in names)
    out = [*block[:head], " " * left + "\t".join(names) if named else block[head]]
    # the cells of the row being read, by column: a column's cells as its first line prints them ("17   Put up CCTV"
    # under "Min  Action" is two), each with the words the lines below carry on
    row: list[list[list[str]]] | None = None
    printed = ""  # the row's line as printed, kept where the cells would lose words of it

    def flush() -> None:
        if row is not None:
            joined = " " * left + "\t".join(" ".join(cell) for column in row for cell in column)
            # (a row no line carries on is read by its columns all the same: "September 2030  Scheduled" is two
            # cells)
            out.append(joined if len(joined.split()) >= len(printed.split()) else printed)

    for line in block[head + 1 :]:
        pieces = _cut(_pieces(line), starts)
        if RULE_LINE.match(line) or not pieces:
            flush()
            row = None
            out.append(line)
            continue
        columns = [_column(at, starts) for at, _ in pieces]
        carries_on = row is not None and _indent(line) > left + SLACK and None not in columns
        if carries_on and row is not None:
            for (_, text), c in zip(pieces, columns, strict=True):
                column = row[c or 0]
                if column:
                    column[-1].append(text)
                else:
                    column.append([text])
            continue
        flush()
        if _indent(line) <= left + SLACK and None not in columns and len(pieces) >= 2:
            row, printed = [[] for _ in starts], line  # a row of the table: its cells by the columns they stand in
            for (_, text), c in zip(pieces, columns, strict=True):
                row[c or 0].append([text])
        else:
            row = None
            out.append(line)  # not a row of the table (a line of text under it): as it is
    flush()
    return out
