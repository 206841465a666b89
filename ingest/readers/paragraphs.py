"""Plain and markdown text as paragraphs: blank-line blocks, stacked letters joined, wrapped lines merged."""

from __future__ import annotations

import re
from collections.abc import Iterator

from minutebook.model import Line


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
