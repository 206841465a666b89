"""Tables a person can read in a terminal of any width: words wrap whole, nothing is cut with "…".

A table is printed only when every column fits at its minimum: the longest word in it (or its heading), and at
least the column's readable width for running text. When the terminal is narrower than that, each row is
printed as a block instead: its heading columns on one line, then one labelled, wrapped line per other column.
Rows say what tells them apart: papers by the shortest distinct part of their path, actions by meeting, minute
and resolution (and committee when there are several).

The CLI calls :func:`ingest_summary`, :func:`follow_ups` and :func:`citations`; this module reads only the
domain model, paper names (:mod:`ingest.naming`) and ``rich``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rich import box
from rich.console import Console, Group
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ingest.naming import short_names
from minutebook.model import Action, ActionStatus, Citation

Cell = str | Text


@dataclass(frozen=True)
class Column:
    """A column: its heading; ``width``, the narrowest it may be made for running text (0: its longest word);
    ``head``, whether it goes on a block's first line; ``right``, numbers aligned right."""

    name: str
    width: int = 0
    head: bool = False
    right: bool = False
    tagged: bool = False  # on a block's first line, say what it is: "due 2020-09-30"


def _text(cell: Cell) -> Text:
    return cell if isinstance(cell, Text) else Text(cell)  # plain text: a file name is never read as markup


def table(title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> Table:
    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, show_lines=False, title_justify="left")
    for c in columns:
        t.add_column(c.name, min_width=c.width or None, overflow="fold", justify="right" if c.right else "left")
    for row in rows:
        t.add_row(*(_text(x) for x in row))
    return t


def fits(console: Console, t: Table) -> bool:
    """Does the table fit at the console's width without breaking a word?"""
    unbounded = console.options.update_width(1 << 20)  # the table's own minimum, not clamped to the console
    return Measurement.get(console, unbounded, t).minimum <= console.width


def blocks(title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> Group:
    """One block per row: the heading columns on a line, then each other column labelled and wrapped."""
    parts: list[Table | Text | Padding] = [Text(title, style="italic"), Text("")] if title else []
    label_width = max((len(c.name) for c in columns if not c.head), default=0)
    for row in rows:
        head = Text(" · ").join(Text(f"{c.name} ") + _text(x) if c.tagged else _text(x)
                                for c, x in zip(columns, row, strict=True) if c.head and _text(x).plain)
        head.stylize("bold")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, min_width=label_width, style="dim")
        grid.add_column(overflow="fold")
        for c, x in zip(columns, row, strict=True):
            if not c.head and _text(x).plain:
                grid.add_row(c.name, _text(x))
        parts += [head, Padding(grid, (0, 0, 1, 2))]
    return Group(*parts)


def show(console: Console, title: str | None, columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> None:
    """Print ``rows`` as a table when it fits the console's width, else as one block per row."""
    t = table(title, columns, rows)
    console.print(t if fits(console, t) else blocks(title, columns, rows))


# --- what the commands print -------------------------------------------------------------------------------------


class FileOutcome(Protocol):
    """What ingest reports of one file (``ingest.pipeline.FileResult``)."""

    source: str
    status: str
    reason: str | None
    message: str | None
    kind: str | None
    meetings: int
    items: int
    resolutions: int
    nodes: int
    notes: tuple[str, ...]


_INGEST = [Column("file", head=True), Column("status", head=True), Column("what was read", width=28)]
_FILE_STYLE = {"ingested": "green", "unchanged": "dim", "failed": "red"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _read(r: FileOutcome) -> str:
    if r.status == "failed":
        return f"{r.reason}: {r.message}"
    if r.status == "unchanged":
        return "already in the store"
    nodes = f", {_plural(r.nodes, 'index node')}" if r.nodes else ""  # none with --no-index
    notes = "".join(f"; note: {n}" for n in r.notes)  # the paper was kept, but not all of it was understood
    return f"{r.kind}: {_plural(r.meetings, 'meeting')}, {_plural(r.items, 'item')}, " \
           f"{_plural(r.resolutions, 'resolution')}{nodes}{notes}"


def ingest_summary(console: Console, results: Sequence[FileOutcome]) -> None:
    """One row per file: its distinct name, what happened, and what was read from it (or why it failed)."""
    names = short_names([r.source for r in results])
    rows: list[list[Cell]] = [[name, Text(r.status, style=_FILE_STYLE.get(r.status, "")), _read(r)]
                              for name, r in zip(names, results, strict=True)]
    show(console, "minutebook ingest", _INGEST, rows)


STATUS_STYLE = {"completed": "green", "scheduled": "cyan", "outstanding": "yellow", "overdue": "bold red"}
_ACTIONS = [Column("meeting", head=True), Column("minute", head=True, tagged=True), Column("action", width=28),
            Column("owner", width=12), Column("due", head=True, tagged=True), Column("status", head=True),
            Column("latest evidence", width=28)]


def follow_ups(console: Console, title: str, actions: Sequence[Action]) -> None:
    """The follow-up register: one row per action; its latest evidence with the date of the paper it is from."""
    several = len({a.committee for a in actions}) > 1
    rows: list[list[Cell]] = []
    for a in actions:
        latest = a.evidence[-1] if a.evidence else None  # evidence is oldest first
        said = f"{latest.meeting_date.isoformat()}: {' '.join((latest.quote or latest.item_title).split())}" \
            if latest else ""
        rows.append([a.meeting_date.isoformat() + (f" {a.committee}" if several else ""),
                     (a.minute or a.item_title) + (f"({a.resolution})" if a.resolution else ""),
                     " ".join(a.text.split()), a.owner or "", a.due.isoformat() if a.due else "",
                     Text(a.status.value, style=STATUS_STYLE[a.status.value]), said])
    show(console, title, _ACTIONS, rows)
    counts = {s.value: sum(a.status == s for a in actions) for s in ActionStatus}
    shown = [f"{n} {s}" for s, n in counts.items() if n]
    console.print(f"{_plural(len(actions), 'action')}" + (": " + ", ".join(shown) if shown else ""))


_CITATIONS = [Column("n", head=True, right=True), Column("meeting", head=True), Column("minute", head=True,
              tagged=True), Column("item", width=24), Column("document"), Column("page", right=True)]


def citations(console: Console, cited: Sequence[Citation]) -> None:
    """An answer's citations: the minute and resolution, the meeting, the paper and page."""
    rows = [[str(c.n), c.meeting_date.isoformat(), f"{c.minute or ''}{f'({c.resolution})' if c.resolution else ''}",
             c.item_title, c.document, str(c.page or "")] for c in cited]
    show(console, "citations", _CITATIONS, rows)
