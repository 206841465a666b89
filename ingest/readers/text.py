"""Plain text: blank-line paragraphs, their line breaks kept unless the lines run on; list or number markers and
tab-separated rows start new lines."""

from __future__ import annotations

from ingest.pdf_worker import MARKER
from ingest.readers.paragraphs import Paragraphs, blocks, join_stacked, wrapped
from minutebook.model import Line


def text_lines(text: str) -> list[Line]:
    """Plain text: blank-line paragraphs. A line break inside a block is kept (a name a line, a committee over
    its date) unless the block is prose wrapped at a width; list or number markers and tab rows start new lines."""
    paras = Paragraphs()
    for block in blocks(text):
        joined = join_stacked(block)
        wrapped_prose = wrapped(joined)
        for raw in joined:
            # a line starting lower-case runs on from the one before ("... a report\nwhich was ...")
            runs_on = wrapped_prose or (raw.lstrip()[:1].islower() and bool(paras.parts))
            if "\t" in raw.lstrip():
                paras.emit(raw)
            elif MARKER.match(raw.strip()):
                paras.flush()
                paras.add(raw)
            else:
                paras.add(raw, hard_break=not runs_on)  # one paragraph a block; its lines kept unless they run on
        paras.flush()
    return paras.lines
