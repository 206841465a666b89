"""Plain and markdown text as paragraphs: blank-line blocks, stacked letters joined, wrapped lines merged."""

from __future__ import annotations

import re
from collections.abc import Iterator

from minutebook.model import Line
from minutebook.vocabulary import (
    DECISION_LABELS,
    RUN_ON_ASIDE,
    RUN_ON_DATE,
    RUN_ON_ENDINGS,
    RUN_ON_FIGURE,
    RUN_ON_SUM,
    alternation,
)


def blocks(text: str) -> Iterator[list[str]]:
    """Blank-line separated blocks of raw lines."""
    block: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw.strip():
            block.append(raw.rstrip("\n"))
        elif block:
            yield block
            block = []
    if block:
        yield block


def join_stacked(block: list[str]) -> list[str]:
    """Join runs of one-character lines ("F", "I", "E", "L", "D", "-", ...) back into a word."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            word = "".join(run)
            if out and len(out[-1].split()[-1]) == 1:
                out[-1] = out[-1].rstrip() + word
            else:
                out.append(word)
        else:
            out.extend(run)
        run.clear()

    for raw in block:
        if len(raw.strip()) == 1:
            run.append(raw.strip())
        else:
            flush()
            out.append(raw)
    flush()
    return out


class Paragraphs:
    """Collects wrapped source lines into paragraph Lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.parts: list[str] = []

    def add(self, raw: str, *, hard_break: bool = False) -> None:
        """Add a source line to the open paragraph; a trailing double space or backslash is a hard break."""
        if self.parts:
            hard = hard_break or self.parts[-1].endswith(("  ", "\\"))
            self.parts[-1] = self.parts[-1].rstrip(" \\")
            self.parts.append("\n" if hard else " ")
        self.parts.append(raw.strip() if not raw.endswith("  ") else raw.lstrip())

    def flush(self) -> None:
        """End the open paragraph."""
        if self.parts:
            self.lines.append(Line(text="".join(self.parts).rstrip(" \\")))
        self.parts = []

    def emit(self, text: str, level: int = 0) -> None:
        """Add a line that stands alone (heading, table row)."""
        self.flush()
        self.lines.append(Line(text=text, level=level))


def wrapped(block: list[str]) -> bool:
    """Is this block prose hard-wrapped at a width (its lines run on), rather than a line per entry?"""
    if len(block) < 3:
        return False  # two lines of a width say little: "Present: ... Cllr Q Dempsey" over "In attendance: ..."
    if any(_LABELLED.match(raw.strip()) for raw in block[1:]):
        return False  # "Also attending: ..." / "Apologies: ...": a line per entry
    lengths = [len(raw.rstrip()) for raw in block]
    width = max(lengths)
    running_on = sum(raw.lstrip()[:1].islower() for raw in block[1:])  # prose wraps mid-sentence, into lower case
    return width >= 50 and all(n >= 0.7 * width for n in lengths[:-1]) and running_on * 2 >= len(block) - 1


_LABELLED = re.compile(r"^[A-Z][\w &'’/-]{1,30}:\s")
_BROKEN_OFF = re.compile(rf"(?:^|\s){RUN_ON_ENDINGS.form}$")  # a line stopped mid-sentence
_LABEL_WORDS = re.compile(rf"{alternation(DECISION_LABELS)}\b", re.I)
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z][\w'’-]*,?$")  # a line stopped on a lower-case word: no heading nor name
_SUM_OPENS = re.compile(rf"{RUN_ON_SUM.form}|{RUN_ON_FIGURE.form}|(?i:{RUN_ON_DATE.form})")
_FIGURE_OPENS = re.compile(RUN_ON_FIGURE.form)


def figure_runs_on(before: str, line: str) -> bool:
    """Does ``line`` open with a figure and its unit that carry on the sentence ``before`` stopped mid-way ("... Area
    was" over "38.2 micrograms per cubic metre"), however much its figure looks like a paragraph's number?"""
    return bool(_LOWER_WORD.search(before.rstrip())) and not _ENDS.search(before.rstrip()) \
        and bool(_FIGURE_OPENS.match(line.strip()))
_ASIDE_OPENS = re.compile(RUN_ON_ASIDE.form)


WRAP_WIDTH_MOST = 132  # a paper whose longest line is longer was not wrapped at a width (a paragraph a line)
_ENDS = re.compile(r"[.:;?!]['’\")]?$")  # a line that ends a sentence or a label
_COLUMNS = re.compile(r"\S {2,}\S")  # a gap of two spaces between words: a table's columns


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|\S\t")  # "| C.46 | Condition survey | Done |", a tab-separated row


def wrap_width(text: str) -> int | None:
    """The width a plain-text paper was hard-wrapped at (its longest line of prose), or None when its lines are
    paragraphs (text exported from a web page or a word processor, a paragraph a line). A table's rows are not
    wrapped: a paper wrapped at 100 columns may hold a table whose rows run to 140."""
    width = max((len(raw.rstrip()) for raw in text.splitlines() if not _TABLE_ROW.search(raw)), default=0)
    return width if 40 <= width <= WRAP_WIDTH_MOST else None


def filled_block(block: list[str], width: int | None) -> int | None:
    """``width`` when most of the block's lines (all but its last) reach near it, as wrapped prose does; None for
    a list of a line an entry ("Dr Ann Lee AL Governing Body GP"), whose long entries only happen to be near it."""
    if width is None or len(block) < 2:
        return None
    near = sum(len(raw.rstrip()) >= 0.8 * width for raw in block[:-1])
    return width if near * 2 >= len(block) - 1 else None


def filled(before: str, line: str, width: int | None) -> bool:
    """Was ``line`` carried over from ``before`` by wrapping at ``width`` ("... the Section 106 agreement" over
    "securing an HGV routing scheme ...")? ``before`` does not end a sentence or a label, its next word would not
    have fitted on it (or it stops on a word no sentence ends on, whatever the width: "... a capital cost of" over
    "£27.5 million."), and neither is a table row nor ``line`` a label ("Application No: ..."). ``width`` is the
    block's (:func:`filled_block`)."""
    if not line.strip() or _ENDS.search(before.rstrip()):
        return False
    if _LABELLED.match(line.strip()) or len(_COLUMNS.findall(before.strip())) > 1 or _COLUMNS.search(line.strip()):
        return False
    if _ASIDE_OPENS.match(line.strip()) or (_LOWER_WORD.search(before.rstrip()) and _SUM_OPENS.match(line.strip())):
        # "... to Brightwave Displays Ltd for three years" over "(2024 to 2026) at £8,720 per year.": the sentence
        # goes on, whatever the width (a resolution cut at the wrap lost its sum)
        return True
    if _BROKEN_OFF.search(before.rstrip()):
        # "... at an estimated capital cost of" over "£27.5 million.": stopped on a word no sentence ends on (not over
        # a decision's label in capitals: "Seconded by Councillor Hanna and" over "AGREED - that ...")
        label = _LABEL_WORDS.match(line.strip())
        return label is None or not label.group().isupper()
    if width is None:
        return False
    first = line.split()[0]
    return len(before.rstrip()) + 1 + len(first) > 0.95 * width
