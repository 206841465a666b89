"""PDF text extraction: :func:`extract` a PDF into paragraphs with page numbers and heading levels.

:func:`ingest.readers.pdf.read_pdf` calls it; ingest runs it, like every reader, in a child process with a
time and memory limit (:mod:`ingest.reader_process`), so a PDF that makes the parser hang or balloon is stopped
without taking the caller down. It returns::

    {"ok": true, "page_count": 11, "title": "...", "lines": [{"text": ..., "page": 1, "level": 0}, ...]}

or raises :class:`WorkerError` with an :class:`minutebook.errors.IngestReason` (encrypted, scanned, empty,
corrupt). ``MemoryError`` and ``RecursionError`` (a decompression bomb, objects nested without end) are left
to the caller, which reports them as too-large. The text is raw: the caller applies the same clean-up to every
format.

How the text is rebuilt (pdfplumber, MIT; pypdfium2, Apache/BSD, only to
classify files that will not open):

* bordered tables (``find_tables``) become one line per row, cells joined by tabs; so do tables drawn without
  ruling lines (a web page printed by a browser, a table with hidden borders), found by the columns their words
  line up in (:mod:`ingest.pdf_columns`);
* the other characters are grouped into visual lines, and wrapped lines are
  merged back into paragraphs (vertical gap, bullets and numbered markers,
  font changes, outdents, short last lines);
* page furniture is dropped: "Page N" and any line repeated in the top or
  bottom margin of most pages;
* lines set larger than the body text get a heading level (largest = 1).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ingest.pdf_columns import borderless_tables
from minutebook import vocabulary as v
from minutebook.errors import IngestReason

# A line that starts a new paragraph: bullets, "(a) ", "(iv) ", "2) ", "a) ", "83. ", "2.1 ".
MARKER = re.compile(
    r"^(?:[•●▪◦‣·*–-]\s|\((?:\d{1,3}|[A-Za-z]|[ivxlc]{2,5})\)\s|(?:\d{1,3}|[a-z])\)\s|\d{1,3}\.(?:[1-9]\d{0,2}\.)*(?:[1-9]\d{0,2})?\s)"
)
_TERMINAL = re.compile(r"(?:[.!?:;]|:-)[\"”’')]*$")
_LABEL = re.compile(r"^[A-Z][A-Za-z &/'’()-]{0,40}:-?$")  # a line of its own: "Apologies:", "Also present:"
_PAGE_NO = re.compile(r"^(?:page\s*)?[-–]?\s*\d{1,4}\s*(?:(?:of|/)\s*\d{1,4})?\s*[-–]?$", re.IGNORECASE)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# what opens a numbered heading: "PH61.", "83.", "23/166", "4.2", "Minute 12", "Item 3"
_NUMBERED_HEADING = re.compile(r"^(?:[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4})*\.?|(?:minute|min\.|item)\s*\d{1,4}\.?)\s", re.I)
_MARGIN = 0.1  # top and bottom share of the page where running headers and footers live
# what a browser prints in the margins of a page saved as PDF: "11/29/26, 8:58 PM <title>" at the top, the page's
# address and "2/3" at the foot; furniture on the first page too, where nothing has repeated yet
_BROWSER_TOP = re.compile(rf"^{v.PRINT_STAMP.form}", re.I)
_BREADCRUMB = re.compile(rf"^(?:{v.BREADCRUMB.form})$", re.I)
_BROWSER_FOOT = re.compile(
    rf"^(?:{v.PRINT_ADDRESS.form})(?:\s+{v.PRINT_COUNTER.form})?$|^{v.PRINT_COUNTER.form}$", re.I
)


class WorkerError(Exception):
    """A PDF that cannot be read, with the reason reported to the parent."""

    def __init__(self, reason: IngestReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass
class _Item:
    """A visual line of text, or a table row (``row=True``), on one page."""

    text: str
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    bold: bool = False
    row: bool = False
    head: bool = False  # the first row of a table
    first: float = 0.0  # the width of the line's first word


@dataclass
class _Para:
    """A paragraph being rebuilt from visual lines."""

    text: str
    page: int
    level: int
    last: _Item
    right: float = 0.0  # right edge of the text on the page of ``last``
    nlines: int = 1


def _check_opens(path: str) -> None:
    """Classify a PDF that pdfium cannot open: password, damaged file, or not a PDF."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (pdfium.raw.FPDF_ERR_PASSWORD, pdfium.raw.FPDF_ERR_SECURITY):
            raise WorkerError(IngestReason.ENCRYPTED, "password-protected PDF") from exc
        raise WorkerError(IngestReason.CORRUPT, "damaged or truncated PDF (cannot be opened)") from exc
    try:
        if len(doc) == 0:
            raise WorkerError(IngestReason.EMPTY, "PDF has no pages")
    finally:
        doc.close()


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether a character's centre lies in one of the table boxes."""
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def _visual_line(raw: dict[str, Any]) -> _Item:
    """A pdfplumber text line with the size, boldness and extent of its main font."""
    chars = [c for c in raw["chars"] if c["text"].strip()] or raw["chars"]
    size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
    main = [c for c in chars if round(c["size"], 1) == size]
    bold = sum(1 for c in chars if _BOLD.search(c.get("fontname", ""))) >= 0.8 * len(chars)
    return _Item(
        text=raw["text"].strip(),
        top=min(c["top"] for c in main),
        bottom=max(c["bottom"] for c in main),
        x0=raw["x0"],
        x1=raw["x1"],
        size=size,
        bold=bold,
        first=_first_word_width(chars, size),
    )


def _first_word_width(chars: list[dict[str, Any]], size: float) -> float:
    """How wide a line's first word is: up to its first space or gap wider than a kerning gap."""
    end = chars[0]["x1"] if chars else 0.0
    for prev, c in itertools.pairwise(chars):
        if not c["text"].strip() or c["x0"] - prev["x1"] > 0.1 * size:
            break
        end = c["x1"]
    return end - chars[0]["x0"] if chars else 0.0


def _split_run_in_heading(raw: dict[str, Any]) -> list[_Item]:
    """A visual line, or two: a numbered heading in bold run in with the text it heads ("**PH61. Apologies**
    Apologies were received from ...") is a heading of its own, as a heading on its own line would be."""
    line = _visual_line(raw)
    chars = [c for c in raw["chars"] if c["text"].strip()]
    bold = [bool(_BOLD.search(c.get("fontname", ""))) for c in chars]
    cut = next((k for k, b in enumerate(bold) if not b), 0)
    if line.bold or cut < 4 or sum(bold[cut:]) > 0.2 * (len(chars) - cut):
        return [line]
    taken, head_len = sum(len(c["text"]) for c in chars[:cut]), 0
    while taken and head_len < len(line.text):  # the heading's characters, with the spaces the line put between
        taken -= not line.text[head_len].isspace()
        head_len += 1
    head, rest = line.text[:head_len].strip(), line.text[head_len:].strip()
    # a remark in brackets after the title ("(Part 2 — private)") is the heading's own
    if not rest or rest.startswith(("(", "[")) or not _NUMBERED_HEADING.match(head) or len(head.split()) < 2:
        return [line]
    return [
        _Item(text=head, top=line.top, bottom=line.bottom, x0=line.x0, x1=chars[cut - 1]["x1"], size=line.size,
              bold=True),
        _Item(text=rest, top=line.top, bottom=line.bottom, x0=chars[cut]["x0"], x1=line.x1, size=line.size),
    ]


def _cell_text(cell: str | None) -> str:
    """A table cell's wrapped lines joined back into one line."""
    text = ""
    for line in (cell or "").split("\n"):
        line = " ".join(line.split())
        text = _join(text, line) if text and line else text or line
    return text


def _table_rows(table: Any) -> list[_Item]:
    """One item per table row, cells joined by tabs and in-cell line breaks flattened."""
    rows: list[_Item] = []
    for row, cells in zip(table.rows, table.extract(), strict=False):
        texts = [_cell_text(cell) for cell in cells]
        if any(texts):
            rows.append(_Item(text="\t".join(texts), top=row.bbox[1], bottom=row.bbox[3], row=True, head=not rows))
    return rows


def _read_page(page: Any) -> list[_Item]:
    """Tables and visual lines of one page, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    text_page = page.filter(lambda o: o.get("object_type") != "char" or not _inside(o, boxes)) if boxes else page
    raw = [r for r in text_page.extract_text_lines(return_chars=True) if r["text"].strip()]
    borderless = borderless_tables(raw)
    taken = {i for table in borderless for i in table.lines}
    items = [it for i, r in enumerate(raw) if i not in taken for it in _split_run_in_heading(r)]
    _mark_drawn_bullets(items, [*page.curves, *page.rects])
    for table in tables:
        items.extend(_table_rows(table))
    for found in borderless:
        for k, row in enumerate(found.rows):
            items.append(_Item(text="\t".join(row.cells), top=row.top, bottom=row.bottom, row=True, head=not k))
            items.extend(_Item(text=more, top=row.top, bottom=row.bottom, row=True) for more in row.more)
    return sorted(items, key=lambda it: (it.top, it.x0))


def _mark_drawn_bullets(items: list[_Item], shapes: list[dict[str, Any]]) -> None:
    """Put "• " before each line that opens with a bullet drawn as a shape, not typed as a character, in place.

    A browser draws a list's discs and squares (and a word processor may draw its bullets): the text alone showed
    no list, so its items ran together as one paragraph and lost the marker that makes each its own point."""
    dots = [
        s for s in shapes
        if 0 < s["x1"] - s["x0"] < 8 and 0 < s["bottom"] - s["top"] < 8
        and 0.6 < (s["x1"] - s["x0"]) / (s["bottom"] - s["top"]) < 1.6
    ]
    for it in items:
        if not dots or MARKER.match(it.text):
            continue
        for s in dots:
            width = s["x1"] - s["x0"]
            if (width <= 0.6 * it.size and it.top <= (s["top"] + s["bottom"]) / 2 <= it.bottom
                    and it.x0 - 2.5 * it.size <= s["x0"] and s["x1"] <= it.x0 - 0.2 * it.size):
                it.text = f"• {it.text}"
                break


def _furniture_key(text: str) -> str:
    """Lines that differ only in their numbers ("Page 3", "Page 4") count as the same line."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _drop_furniture(pages: list[list[_Item]], heights: list[float]) -> None:
    """Remove page numbers and lines repeated in the top/bottom margin of most pages, in place."""

    def in_margin(it: _Item, height: float) -> bool:
        return not it.row and (it.bottom < _MARGIN * height or it.top > (1 - _MARGIN) * height)

    seen: Counter[str] = Counter()
    for items, height in zip(pages, heights, strict=True):
        seen.update({_furniture_key(it.text) for it in items if in_margin(it, height)})
    needed = max(3, (len(pages) + 1) // 2)
    for items, height in zip(pages, heights, strict=True):
        items[:] = [
            it
            for it in items
            if not (in_margin(it, height) and (_PAGE_NO.match(it.text) or seen[_furniture_key(it.text)] >= needed
                                               or _printed_by_a_browser(it, height)))
        ]


def _printed_by_a_browser(it: _Item, height: float) -> bool:
    """The browser's print stamp in the top margin, its address and page counter in the bottom margin."""
    if it.bottom < _MARGIN * height:
        return bool(_BROWSER_TOP.match(it.text.strip()) or _BREADCRUMB.match(it.text.strip()))
    return bool(_BROWSER_FOOT.match(it.text.strip()))


def _drop_repeated_headers(pages: list[list[_Item]]) -> None:
    """Remove a table's header row where the table goes on over a page break and repeats it, in place."""
    header: str | None = None
    for items in pages:
        if items and items[0].row and items[0].text == header:
            del items[0]
        for it in items:
            if it.head:
                header = it.text


def _heading_levels(pages: list[list[_Item]]) -> dict[float, int]:
    """Map font sizes larger than the body text to heading levels 1-6 (largest first)."""
    weight: Counter[float] = Counter()
    for items in pages:
        for it in items:
            if not it.row:
                weight[it.size] += len(it.text)
    if not weight:
        return {}
    body = weight.most_common(1)[0][0]
    larger = sorted((s for s in weight if s > body + 0.5), reverse=True)
    return {size: min(i + 1, 6) for i, size in enumerate(larger)}


def _continues(para: _Para, prev: _Item | None, line: _Item, level: int, right: float) -> bool:
    """Whether a visual line continues the open paragraph rather than starting a new one."""
    last = para.last
    if last.row or level != para.level or last.bold != line.bold or abs(last.size - line.size) > 0.5:
        return False
    # a marker or a label opens a paragraph of its own (a wrapped heading may still go on with "- UPDATE")
    if (MARKER.match(line.text) or _LABEL.match(line.text)) and not level:
        return False
    if prev is None:  # first line of a new page: carry on only a sentence cut by the page break
        wrapped = _wrapped(last, line, para.right)
        return not _TERMINAL.search(para.text) and (wrapped or line.text[:1].islower())
    if line.top - prev.bottom > 0.45 * max(prev.size, 1.0):
        return False
    if level:  # a heading in larger type wraps where its next word will not fit, however short the line
        return True
    if para.nlines > 1 and line.x0 < prev.x0 - 4:  # outdent after a hanging indent
        return False
    # a line that stops well short of the margin ends its paragraph, full stop or not: a heading in body type
    # ("23/166 Declarations of Interest"), a header's lines ("Minutes of the Parish Council Meeting" / "Held on ...")
    return _wrapped(prev, line, right)


def _wrapped(prev: _Item, line: _Item, right: float) -> bool:
    """Whether a line ends where the text wrapped: near the margin, or where the next line's first word would not
    have fitted (a narrow column, a long word)."""
    return prev.x1 >= right - 0.12 * max(right - prev.x0, 1.0) or (
        line.first > 0 and prev.x1 + 0.25 * prev.size + line.first > right + 1
    )


def _join(text: str, more: str) -> str:
    """Join a wrapped line to its paragraph; no space after a line-end hyphen or slash."""
    if text.endswith(("-", "/")) and len(text) > 1 and text[-2].isalnum():
        return text + more
    return f"{text} {more}"


def _paragraphs(pages: list[list[_Item]], levels: dict[float, int]) -> list[dict[str, Any]]:
    """Merge visual lines into paragraphs; table rows stay one line each."""
    out: list[dict[str, Any]] = []
    para: _Para | None = None

    def flush() -> None:
        """Close the open paragraph."""
        nonlocal para
        if para is not None:
            out.append({"text": para.text, "page": para.page, "level": para.level})
        para = None

    for number, items in enumerate(pages, start=1):
        right = max((it.x1 for it in items if not it.row), default=0.0)
        prev: _Item | None = None
        for it in items:
            level = 0 if it.row else levels.get(it.size, 0)
            if para is not None and not it.row and _continues(para, prev, it, level, right):
                para.text, para.last, para.right = _join(para.text, it.text), it, right
                para.nlines += 1
            else:
                flush()
                para = _Para(text=it.text, page=number, level=level, last=it, right=right)
            prev = None if it.row else it
    flush()
    return out


def _title(metadata: dict[str, Any]) -> str | None:
    """The document title from the PDF's metadata, if it has one."""
    value = metadata.get("Title")
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return value.strip() or None if isinstance(value, str) else None


def extract(path: str) -> dict[str, Any]:
    """Read a PDF into paragraphs with page numbers; raise :class:`WorkerError` if it cannot be read."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    _check_opens(path)
    try:
        pages: list[list[_Item]] = []
        heights: list[float] = []
        has_images = False
        with pdfplumber.open(path) as pdf:
            title = _title(pdf.metadata)
            for page in pdf.pages:
                pages.append(_read_page(page))
                heights.append(float(page.height))
                has_images = has_images or bool(page.images)
                page.close()  # free the page's parsed objects as we go
    except PDFPasswordIncorrect as exc:
        raise WorkerError(IngestReason.ENCRYPTED, "password-protected PDF") from exc
    except (MemoryError, RecursionError):
        raise  # too large to read, not damaged: the caller says so
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        cause = next((a for a in exc.args if isinstance(a, Exception)), exc)  # pdfplumber wraps pdfminer's error
        if isinstance(cause, PDFPasswordIncorrect):
            raise WorkerError(IngestReason.ENCRYPTED, "password-protected PDF") from exc
        if isinstance(cause, MemoryError | RecursionError):
            raise cause from exc
        raise WorkerError(IngestReason.CORRUPT, f"damaged PDF ({type(cause).__name__})") from exc
    if not any(pages):
        if has_images:
            raise WorkerError(IngestReason.SCANNED, "no text layer (scanned image); OCR is not configured")
        raise WorkerError(IngestReason.EMPTY, "PDF pages contain no text")
    _drop_furniture(pages, heights)
    _drop_repeated_headers(pages)
    lines = _paragraphs(pages, _heading_levels(pages))
    return {"ok": True, "page_count": len(pages), "title": title, "lines": lines}
