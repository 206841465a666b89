"""The clean-up that runs on every reader's lines: HTML left as literal text resolved, each line tidied."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.readers.common import RULE_LINE, normalise
from ingest.readers.html import HtmlFlattener, cell_text, parse_html
from minutebook.model import Line

_KNOWN_TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|b|i|u|em|strong|sup|sub|span|div|h[1-6]|a|font|table|tr|td|th|tbody|thead)\b[^<>]*>",
    re.IGNORECASE,
)
_SUP_ORDINAL = re.compile(r"(\d)\s*<sup>\s*(st|nd|rd|th)\s*</sup>", re.IGNORECASE)


def _fragment_lines(line: Line) -> list[Line]:
    """Resolve HTML that appears as literal text in a line: table rows stay one line, lists split."""
    text = _SUP_ORDINAL.sub(r"\1\2", line.text)
    if not _KNOWN_TAG.search(text):
        return [line.model_copy(update={"text": text})]
    if "\t" in text:
        cells = [cell_text(parse_html(cell)) for cell in text.split("\t")]
        return [line.model_copy(update={"text": "\t".join(cells)})]
    flat = HtmlFlattener()
    flat.walk(parse_html(text))
    flat.flush()
    return [Line(text=t, page=line.page, level=lv or line.level) for t, lv in flat.out]


def finish(lines: Iterable[Line]) -> list[Line]:
    """The clean-up every reader shares; drops lines left empty."""
    out = []
    for line in lines:
        for piece in _fragment_lines(line):
            text = normalise(piece.text)
            if text and not RULE_LINE.match(text):
                out.append(piece.model_copy(update={"text": text}))
    return out
