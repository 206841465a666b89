"""Plain text: blank-line paragraphs; list or number markers and tab-separated rows start new lines."""

from __future__ import annotations

from ingest.pdf_worker import MARKER
from ingest.readers.paragraphs import Paragraphs, blocks, join_stacked
from minutebook.model import Line


def text_lines(text: str) -> list[Line]:
    """Plain text: blank-line paragraphs; list or number markers and tab rows start new lines."""
    paras = Paragraphs()
    for block in blocks(text):
        for raw in join_stacked(block):
            if "\t" in raw.lstrip():
                paras.emit(raw)
            elif MARKER.match(raw.strip()):
                paras.flush()
                paras.add(raw)
            else:
                paras.add(raw)
        paras.flush()
    return paras.lines
