"""Read a committee paper's file into paragraphs: :func:`detect_format` and :func:`read_source`.

The format is found from the bytes, never the file name. Every reader yields
one :class:`~minutebook.model.Line` per paragraph, heading, list item or table
row, in reading order; table rows keep their cells tab-separated and a hard
line break (``<br>``, a Word line break, a markdown trailing double space) is
kept as ``"\\n"`` inside its line. The same clean-up then runs for every
format (:func:`~ingest.readers.cleanup.finish`): whitespace, non-breaking spaces, superscript
ordinals ("20<sup>th</sup>" -> "20th"), HTML fragments left as literal text,
letter-spaced words ("A G E N D A" -> "AGENDA") and bullet glyphs (-> "- ").

One module per format: :mod:`~ingest.readers.pdf` (text rebuilt by
:mod:`ingest.pdf_worker`), :mod:`~ingest.readers.docx`, :mod:`~ingest.readers.html`,
:mod:`~ingest.readers.markdown` and :mod:`~ingest.readers.text`; format
detection in :mod:`~ingest.readers.detect`, decoding in
:mod:`~ingest.readers.codec`, the shared clean-up in :mod:`~ingest.readers.cleanup`.

These functions read in the calling process, with no limit of time or memory: ingest reads every paper in a
child process that has both (:class:`ingest.paper_reader.PaperReader`).
"""

from __future__ import annotations

from pathlib import Path

from ingest.readers.cleanup import finish
from ingest.readers.codec import decode_text
from ingest.readers.detect import detect_format
from ingest.readers.docx import read_docx
from ingest.readers.html import read_html
from ingest.readers.markdown import markdown_lines
from ingest.readers.pdf import read_pdf
from ingest.readers.text import text_lines
from minutebook.errors import IngestError, IngestReason
from minutebook.model import SourceFormat, SourceText

__all__ = ["detect_format", "read_source"]


def read_source(path: Path, *, max_chars: int | None = None) -> SourceText:
    """Read a paper of any supported format into paragraphs.

    Raises :class:`IngestError` (EMPTY, ENCRYPTED, SCANNED, CORRUPT, UNSUPPORTED or TOO_LARGE: more than
    ``max_chars`` of text) with a one-line message when the file cannot be read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(IngestReason.CORRUPT, f"cannot read {path.name}: {exc.strerror or exc}") from None
    fmt = detect_format(data)
    if fmt is SourceFormat.PDF:
        source = read_pdf(path)
    elif fmt is SourceFormat.DOCX:
        source = read_docx(data)
    elif fmt is SourceFormat.HTML:
        source = read_html(data, max_chars=max_chars)
    else:
        text = decode_text(data)
        _check_size(len(text), max_chars)
        lines = markdown_lines(text) if fmt is SourceFormat.MARKDOWN else text_lines(text)
        source = SourceText(format=fmt, lines=lines)
    del data
    _check_size(sum(len(line.text) for line in source.lines), max_chars)
    source.lines = finish(source.lines)
    if not source.lines:
        raise IngestError(IngestReason.EMPTY, f"no text found in this {fmt.value.upper()} file")
    return source


def _check_size(chars: int, max_chars: int | None) -> None:
    if max_chars is not None and chars > max_chars:
        raise IngestError(IngestReason.TOO_LARGE, f"{chars:,} characters of text (the limit is {max_chars:,})")
