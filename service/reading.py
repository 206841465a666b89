"""Reading an item's text the way the clerk wrote it: passages joined into runs, and each sentence with what
frames it (its lead-in and list, its table and header row, the dated group of a schedule).

The answerer's fact route chooses among :class:`Candidate` sentences; what it quotes is always a verbatim span
of a node's body (:meth:`Segment.pieces`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from index.nodes import IndexNode, NodeKind
from index.query import in_periods
from ingest.titles import DECISION_START
from minutebook.dates import find_dates
from service.evidence import Line, framed_sentences, has_quantity

BULLET = re.compile(r"^(?:[-–•·*▪◦]\s|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s|\d{1,2}\.\d{1,2}\s)")
POINT_CHARS = 320  # a bullet point up to this long is quoted whole


@dataclass(frozen=True)
class Segment:
    """An item's text as one run: its passages joined in order (a list may straddle two), with offsets."""

    nodes: list[tuple[IndexNode, int]]  # each passage node and where its body starts in ``text``
    text: str
    lines: list[Line]

    def pieces(self, start: int, end: int) -> list[tuple[IndexNode, int, int]]:
        """The span [start, end) of ``text`` as (node, start, end) spans of the nodes' own bodies."""
        out = []
        for node, at in self.nodes:
            a, b = max(start, at) - at, min(end, at + len(node.body)) - at
            if a < b:
                piece = node.body[a:b]
                a += len(piece) - len(piece.lstrip())
                b -= len(piece) - len(piece.rstrip())
                if a < b:
                    out.append((node, a, b))
        return out


def segments(nodes: list[IndexNode]) -> list[Segment]:
    """An item's nodes as runs of text: consecutive passages joined, every other node on its own."""
    runs: list[list[IndexNode]] = []
    for node in nodes:
        joins = node.kind in (NodeKind.PASSAGE, NodeKind.SECTION, NodeKind.AGENDA)
        if runs and joins and runs[-1][-1].kind == node.kind:
            runs[-1].append(node)
        else:
            runs.append([node])
    out = []
    for run in runs:
        placed, at = [], 0
        for node in run:
            placed.append((node, at))
            at += len(node.body) + 1
        text = "\n".join(n.body for n in run)
        out.append(Segment(placed, text, framed_sentences(text)))
    return out


def looks_header(row: str) -> bool:
    """Is a table's first row its header ("Meeting Date\tAgenda Item\tPurpose/ Outcomes"): short cells, no
    figures or dates (a table printed without one starts with its first row of data)?"""
    cells = [c for c in row.split("\t") if c.strip()]
    return not re.search(r"\d", row) and all(len(c.split()) <= 5 for c in cells)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may answer the question: its item's rank among the hits, its text run and place. What it is
    read with (its passage, context and point) is worked out once: a question weighs each candidate several ways."""

    rank: int
    segment: Segment
    j: int

    @property
    def lines(self) -> list[Line]:
        return self.segment.lines

    @cached_property
    def node(self) -> IndexNode:
        """The passage the sentence is printed in."""
        at = self.lines[self.j].start
        return next(n for n, a in reversed(self.segment.nodes) if a <= at)

    @property
    def text(self) -> str:
        return self.lines[self.j].text

    @cached_property
    def context(self) -> str:
        """What frames the sentence: its lead-in and table header, else the sentence before it."""
        line = self.lines[self.j]
        if line.lead is not None:  # the whole paragraph the lead-in ends, and the table's header row
            lead = self.lines[line.lead]
            return self._with_header(self.segment.text[self._paragraph_from(lead) : lead.end])
        return self.lines[self.j - 1].text if self.j else ""

    def _paragraph_from(self, lead: Line) -> int:
        """Where the lead-in's paragraph starts in the run of text."""
        return self.segment.text.rfind("\n", 0, lead.start) + 1

    def _with_header(self, lead_in: str) -> str:
        """``lead_in`` with the table's header row, where the line is a row under one (not a first row of data)."""
        at = self.lines[self.j].header
        header = self.lines[at].text if at is not None else None
        return " ".join([lead_in, *([header] if header is not None and looks_header(header) else [])])

    @cached_property
    def opening(self) -> int | None:
        """The opening sentence of a plain sentence's paragraph, where it is further back than the sentence before:
        it says what the paragraph reports on ("The Chief Internal Auditor reported on the National Fraud Initiative
        exercise. The Council had received 4,612 data matches ... To date £71,300 had been identified for
        recovery"), which the later sentences giving its figures do not name again. Not of a decision's sentence
        ("Resolved to spend up to £600 ... on commemorative mugs"): it names what it acts on itself."""
        if self.j < 2 or self.lines[self.j].lead is not None or DECISION_START.match(self.text.lstrip("*_ ")):
            return None
        start = self.segment.text.rfind("\n", 0, self.lines[self.j].start) + 1
        first = next((k for k in range(self.j) if self.lines[k].start >= start), self.j)
        if first >= self.j - 1 or self.lines[first].lead is not None or self.lines[first].row:
            return None
        return first

    @cached_property
    def figure_frame(self) -> str:
        """What frames a sentence whose figure is asked for: its :attr:`context`, but for a list entry or table row
        whose paragraph gives figures of its own before the lead-in ("... had 298 fostering households at 31 December.
        The report recommended:"), the lead-in sentence and table header alone. Those earlier sentences answer for
        their figures themselves; the entries' own ("£50 a week") are of what the lead-in says. A paragraph without
        figures says what the list's figures are of ("... most of their visits to children have been in person. Since
        23 March the visits were:")."""
        line = self.lines[self.j]
        if line.lead is None:
            opening = [] if self.opening is None else [self.lines[self.opening].text]
            return " ".join([*opening, self.context])
        lead = self.lines[line.lead]
        before = self.segment.text[self._paragraph_from(lead) : lead.start]
        return self._with_header(lead.text) if has_quantity(before) else self.context

    @property
    def reading(self) -> str:
        """The sentence as a reader takes it in: a list entry or table row with what introduces it."""
        return f"{self.context} {self.text}" if self.lines[self.j].lead is not None else self.text

    @cached_property
    def point(self) -> str:
        """The sentence with the rest of the short point it opens (see :meth:`point_end`)."""
        last = self.point_end()
        return self.segment.text[self.lines[self.j].start:self.lines[last].end] if last > self.j else self.text

    def point_end(self) -> int:
        """The last sentence of the point the sentence opens: a bullet or numbered paragraph printed as one line
        ("- 7,513 children were identified as having a Special Educational need (16.6%). A rise of 0.6% since
        the census of 2016. Nationally 14.6%") is one point, when it is short; otherwise the sentence itself."""
        lines, text = self.lines, self.segment.text
        line = lines[self.j]
        if line.row or not BULLET.match(line.text):
            return self.j
        eol = text.find("\n", line.end)
        eol = len(text) if eol < 0 else eol
        last = self.j
        while last + 1 < len(lines) and lines[last + 1].start < eol and not lines[last + 1].row:
            last += 1
        return last if eol - line.start <= POINT_CHARS else self.j

    def row_group(self) -> tuple[int, int]:
        """The table row's group: in a schedule keyed by date (a work programme), the rows from the dated row
        above to the next dated row; otherwise the row and those whose first cell is empty after it."""
        lines, lead = self.lines, self.lines[self.j].lead

        def in_table(k: int) -> bool:
            return 0 <= k < len(lines) and lines[k].row and lines[k].lead == lead and k != lines[k].header

        first = self.j
        while not self.dated_group(first) and in_table(first - 1) and lines[first - 1].header is not None:
            first -= 1
        if self.dated_group(first):
            last = self.j
            while in_table(last + 1) and not self.dated_group(last + 1) and last - first < 12:
                last += 1
            return first, last
        first = last = self.j
        while first > 0 and lines[first].continues and in_table(first - 1):
            first -= 1
        while in_table(last + 1) and lines[last + 1].continues:
            last += 1
        return first, last

    def dated_group(self, k: int) -> bool:
        """Does row ``k`` open a group of a schedule keyed by date ("9 July\tHomelessness Strategy\t...")?"""
        ref = self.node.meeting_date
        line = self.lines[k]
        return line.row and any(f.day_given for f in find_dates(line.text.split("\t", 1)[0], ref))

    def framed_until(self, lead: int, most: int = 12) -> int:
        """The last sentence of the list or table that ``lead`` introduces (at most ``most`` of them)."""
        last = lead
        for k in range(lead + 1, min(len(self.lines), lead + 1 + most)):
            if self.lines[k].lead != lead:
                break
            last = k
        return last


def prints_day(c: Candidate, days: list[tuple[dt.date, dt.date]]) -> bool:
    """Does the sentence (or the row group it belongs to) print one of the days asked about?"""
    ref = c.node.meeting_date
    first = c.row_group()[0] if c.lines[c.j].row else dated_heading(c) or c.j
    text = " ".join(line.text for line in c.lines[first:c.j + 1])
    return any(in_periods(f.date.isoformat(), days) for f in find_dates(text, ref) if f.day_given)


BLANK = re.compile(r"\n[ \t]*\n")  # a blank line between two lines: another block
DATE_LINE = 24  # a line this short that is a date ("15 December") heads the lines under it in a schedule


def dated_heading(c: Candidate) -> int | None:
    """The date line a schedule printed without its table's cells puts over this line ("15 December", then the
    items for that meeting, one a line, up to a blank line), if any."""
    lines, text = c.lines, c.segment.text
    for k in range(c.j - 1, max(-1, c.j - 12), -1):
        if BLANK.search(text[lines[k].end:lines[k + 1].start]):
            return None  # a blank line: another block
        head = lines[k].text.strip()
        if len(head) <= DATE_LINE and any(f.day_given and f.start == 0 and f.end >= len(head) - 1
                                          for f in find_dates(head, c.node.meeting_date)):
            return k
    return None


def dated_block_end(c: Candidate, head: int) -> int:
    """The last line of the block a date line heads: up to a blank line, at most a dozen lines on."""
    lines, text = c.lines, c.segment.text
    last = head
    while (last + 1 < len(lines) and last - head < 12 and not BLANK.search(text[lines[last].end:lines[last + 1].start])
           and not opens_with_day(lines[last + 1].text, c.node.meeting_date)):  # the next meeting's rows
        last += 1
    return last


def opens_with_day(text: str, ref: dt.date) -> bool:
    """Does the line open with a day ("26 January\tCYPS workforce strategy")?"""
    return any(f.day_given and f.start == 0 for f in find_dates(text.split("\t", 1)[0].strip(), ref))
