"""Plain text: blank-line paragraphs, their line breaks kept unless the lines run on; list or number markers and
tab-separated rows start new lines."""

from __future__ import annotations

import re

from ingest.pdf_worker import MARKER
from ingest.readers.common import RULE_LINE
from ingest.readers.page_breaks import without_page_furniture
from ingest.readers.paragraphs import (
    Paragraphs,
    blocks,
    figure_runs_on,
    filled,
    filled_block,
    join_stacked,
    wrap_width,
    wrapped,
)
from ingest.readers.text_columns import read_columns
from ingest.readers.wrapped_cells import join_wrapped_cells
from minutebook.model import Line

# Columns a plain-text table aligns with spaces ("Dr Ann Price      Clinical Chair (Chair)"): three spaces or more
# between words are a column's edge, as a tab is, not a space between words.
_COLUMN_GAP = re.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")


_MARKER_ONLY = re.compile(
    r"^(?:[^\w\s]{1,2}|\(?[0-9A-Za-z]{1,4}(?:\.\d{1,2})*[.):]+|\d{1,3}(?:\.\d{1,2})+|\(?[0-9A-Za-z]{1,4}\))$"
)


def _columns(line: str) -> str:
    """A line's column gaps as tabs, but not the gap after a list marker, a bullet or an initial ("1.      ELECTION
    OF CHAIRMAN", "·   The Chair ...", "A.    Davies", "6.1   The Board ..."), which is the marker's indent, nor
    after a sentence's or a clause's end ("... the tournament.   Councillor X ..."), which is a typist's spacing."""

    def gap(m: re.Match[str]) -> str:
        before = line[: m.start()].strip()
        return " " if _MARKER_ONLY.match(before) or before.endswith((".", "!", "?", ":", ";", ",")) else "\t"

    return _COLUMN_GAP.sub(gap, line)


def text_lines(text: str) -> list[Line]:
    """Plain text: blank-line paragraphs. A line break inside a block is kept (a name a line, a committee over
    its date) unless the block is prose wrapped at a width, or the line was carried over from the one before by
    wrapping the paper at a width; list or number markers and tab rows start new lines."""
    text = read_columns(text)  # a page set in two columns side by side: the left column, then the right
    paras = Paragraphs()
    width = wrap_width(text)
    for block in without_page_furniture(list(blocks(text))):
        joined = join_stacked(join_wrapped_cells(block))  # a table's wrapped cells back in their rows
        wrapped_prose = wrapped(joined)
        block_width = filled_block(joined, width)
        for n, raw in enumerate(joined):
            # a line starting lower-case runs on from the one before ("... a report\nwhich was ...")
            runs_on = wrapped_prose or (bool(paras.parts) and (
                raw.lstrip()[:1].islower() or (n > 0 and filled(joined[n - 1], raw, block_width))))
            if RULE_LINE.match(raw):
                paras.flush()  # "ACTIONS ARISING" over "-----": a rule underlines or edges, and joins nothing
                continue
            if _COLUMN_GAP.search(raw.strip()):
                raw = _columns(raw.strip())  # columns aligned with spaces: a table row
            if "\t" in raw.lstrip():
                paras.emit(raw)
            elif MARKER.match(raw.strip()) and not (n > 0 and bool(paras.parts)
                                                    and figure_runs_on(joined[n - 1], raw)):
                paras.flush()
                paras.add(raw)
            else:
                paras.add(raw, hard_break=not runs_on)  # one paragraph a block; its lines kept unless they run on
        paras.flush()
    return paras.lines
