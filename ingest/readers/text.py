"""Plain text: blank-line paragraphs, their line breaks kept unless the lines run on; list or number markers and
tab-separated rows start new lines."""

from __future__ import annotations

from ingest.pdf_worker import MARKER
from ingest.readers.paragraphs import Paragraphs, blocks, filled, filled_block, join_stacked, wrap_width, wrapped
from minutebook.model import Line


def text_lines(text: str) -> list[Line]:
    """Plain text: blank-line paragraphs. A line break inside a block is kept (a name a line, a committee over
    its date) unless the block is prose wrapped at a width, or the line was carried over from the one before by
    wrapping the paper at a width; list or number markers and tab rows start new lines."""
    paras = Paragraphs()
    width = wrap_width(text)
    for block in blocks(text):
        joined = join_stacked(block)
        wrapped_prose = wrapped(joined)
        block_width = filled_block(joined, width)
        for n, raw in enumerate(joined):
            # a line starting lower-case runs on from the one before ("... a report\nwhich was ...")
            runs_on = wrapped_prose or (bool(paras.parts) and (
                raw.lstrip()[:1].islower() or (n > 0 and filled(joined[n - 1], raw, block_width))))
            if "\t" in raw.lstrip():
                paras.emit(raw)
            elif MARKER.match(raw.strip()):
                paras.flush()
                paras.add(raw)
            else:
                paras.add(raw, hard_break=not runs_on)  # one paragraph a block; its lines kept unless they run on
        paras.flush()
    return paras.lines
