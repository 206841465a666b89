"""Markdown: blocks, with each heading, list item and table row its own line; inline markup removed."""

from __future__ import annotations

import re

from ingest.pdf_worker import MARKER
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
from minutebook.model import Line

# a blockquote's markers ("> **ACTION:** Deputy Clerk to ..." / "> September 2024 and report ...")
_BLOCKQUOTE = re.compile(r"[ ]{0,3}(?:>[ ]?)+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_ITEM = re.compile(r"^\s*(?:([-*+])|(\d{1,3}[.)]))\s+(\S.*)$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_TABLE_RULE = re.compile(r"^[\s|:\-\t]*-[\s|:\-\t]*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# Each pattern with, for emphasis, where a closing delimiter may stand (a zero-width pattern) and its length.
# A lazy emphasis match from an opener runs to the first closer after it, so the text after the last closer
# is left out of the search: no match can start there, and one pass over the rest is linear whatever the
# markup. Link text and addresses hold no brackets, and an autolink no "<", for the same reason (each search
# stops where the next one would start).
_MD_INLINE: list[tuple[re.Pattern[str], str, tuple[re.Pattern[str], int] | None]] = [
    (re.compile(r"!\[([^\[\]]*)\]\([^)\[\]]*\)"), r"\1", None),
    (re.compile(r"\[([^\[\]]+)\]\([^)\[\]\s]*(?:\s+\"[^\"]*\")?\)"), r"\1", None),
    (re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]"), r"\1", None),
    (re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>"), r"\1", None),
    (re.compile(r"`([^`]+)`"), r"\1", None),
    (re.compile(r"(?<!\\)\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL), r"\1", (re.compile(r"(?<=\S)(?=\*\*)"), 2)),
    (re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)", re.DOTALL), r"\1",
     (re.compile(r"(?<=\S)(?=__(?!\w))"), 2)),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.DOTALL), r"\1",
     (re.compile(r"(?<=[^\s*])(?=\*(?![\w*]))"), 1)),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", re.DOTALL), r"\1",
     (re.compile(r"(?<=[^\s_])(?=_(?!\w))"), 1)),
    (re.compile(r"~~(.+?)~~", re.DOTALL), r"\1", (re.compile(r"(?=~~)"), 2)),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])"), r"\1", None),
]


def _md_inline(text: str) -> str:
    """Links to their text, autolinks to the address, emphasis markers and escapes removed."""
    for pattern, repl, closer in _MD_INLINE:
        if closer is None:
            text = pattern.sub(repl, text)
            continue
        ends = [m.start() + closer[1] for m in closer[0].finditer(text)]  # zero-width: every closer, overlapping
        end = ends[-1] if ends else 0
        text = pattern.sub(repl, text[:end]) + text[end:]
    return text


def _unquoted(text: str) -> str:
    """``text`` with each blockquote's markers taken off and each of its paragraphs on one line, as Markdown renders
    it ("> **ACTION:** Deputy Clerk to arrange installation ... by the end of" / "> September 2024 and report to the
    October meeting." is one sentence); a quoted line opening a list item, heading or table row keeps its own."""
    out: list[str] = []
    quoted = False
    for line in text.split("\n"):
        mark = _BLOCKQUOTE.match(line)
        if mark is None:
            out.append(line)
            quoted = False
            continue
        rest = line[mark.end():]
        own = _MD_ITEM.match(rest) or _MD_HEADING.match(rest) or _PIPE_ROW.match(rest) or MARKER.match(rest.strip())
        if quoted and rest.strip() and out[-1].strip() and not own:
            out[-1] = f"{out[-1].rstrip()} {rest.strip()}"
        else:
            out.append(rest)
        quoted = True
    return "\n".join(out)


def markdown_lines(text: str) -> list[Line]:
    """Markdown: blocks, with each heading, list item and table row its own line."""
    text = _unquoted(text)
    paras = Paragraphs()
    width = wrap_width(text)
    for block in without_page_furniture(list(blocks(text))):
        joined = join_stacked(block)
        wrapped_prose = wrapped(joined)
        block_width = filled_block(joined, width)
        for n, raw in enumerate(joined):
            heading = _MD_HEADING.match(raw)
            item = _MD_ITEM.match(raw)
            if heading:
                paras.emit(heading.group(2), len(heading.group(1)))
            elif "\t" in raw.rstrip(" ") or _PIPE_ROW.match(raw):
                if not _TABLE_RULE.match(raw):
                    cells = raw.split("\t") if "\t" in raw else raw.strip().strip("|").split("|")
                    paras.emit("\t".join(cells))
            elif _MD_RULE.match(raw):
                paras.flush()
            elif len(paras.parts) == 1 and re.fullmatch(r"\s{0,3}=+\s*", raw):  # setext "Title\n====="
                heading_text = paras.parts[0].strip()
                paras.parts = []
                paras.emit(heading_text, 1)
            elif item or (MARKER.match(raw.strip()) and not (n > 0 and bool(paras.parts)
                                                             and figure_runs_on(joined[n - 1], raw))):
                paras.flush()
                paras.add(f"- {item.group(3)}" if item and item.group(1) else raw)
            else:
                runs_on = wrapped_prose or raw.lstrip()[:1].islower() or (  # or carried over at the paper's width
                    n > 0 and bool(paras.parts) and filled(joined[n - 1], raw, block_width))
                paras.add(raw, hard_break=not runs_on)
        paras.flush()
    return [line.model_copy(update={"text": _md_inline(line.text)}) for line in paras.lines]
