"""PDFs: text, tables and page numbers rebuilt by :mod:`ingest.pdf_worker` (pdfplumber; pypdfium2 to classify
files that will not open).

Reading runs in the calling process. Ingest reads every paper in a child process with a time and memory limit
(:class:`ingest.paper_reader.PaperReader`), which is where a PDF that makes the parser hang or balloon is
stopped."""

from __future__ import annotations

from pathlib import Path

from ingest.pdf_worker import WorkerError, extract
from minutebook.errors import IngestError
from minutebook.model import Line, SourceFormat, SourceText


def read_pdf(path: Path) -> SourceText:
    """The PDF's paragraphs with their pages; :class:`IngestError` when it cannot be read."""
    try:
        result = extract(str(path.resolve()))
    except WorkerError as err:
        raise IngestError(err.reason, err.message) from None
    lines = [Line(**line) for line in result["lines"]]
    return SourceText(format=SourceFormat.PDF, lines=lines, page_count=result["page_count"], title=result["title"])
