"""Word documents: the body in order, with headings, Word's automatic list numbering restored, and table rows."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from ingest.readers.common import collapse, letters, roman, to_int
from minutebook.errors import IngestError, IngestReason
from minutebook.model import Line, SourceFormat, SourceText

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_EXPANDED = 500 << 20  # the whole package unpacked, pictures included
MAX_XML = 100 << 20  # its XML parts, which are parsed whole into memory (several times their size)
_DEFAULT_MARKER = {"lowerLetter": "(%1)", "upperLetter": "(%1)", "lowerRoman": "(%1)", "upperRoman": "(%1)"}


def _wval(element: Any, path: str, default: str | None = None) -> str | None:
    """The ``w:val`` of the first ``path`` below ``element``."""
    found = element.find(path) if element is not None else None
    return found.get(f"{_W}val", default) if found is not None else default


class _Numbering:
    """Word's automatic list numbering, reconstructed from the numbering part as Word counts it."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) -> (numFmt, lvlText, start)
        self.keys: dict[str, str] = {}
        self.counters: dict[str, list[int | None]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.findall(f"{_W}abstractNum")}
        for num in root.findall(f"{_W}num"):
            num_id, abstract_id = num.get(f"{_W}numId"), _wval(num, f"{_W}abstractNumId")
            overrides = {o.get(f"{_W}ilvl"): o for o in num.findall(f"{_W}lvlOverride")}
            self.keys[num_id] = num_id if overrides else f"abstract-{abstract_id}"
            for lvl in abstract.get(abstract_id, root).findall(f"{_W}lvl"):
                ilvl = lvl.get(f"{_W}ilvl", "0")
                start = _wval(overrides.get(ilvl), f"{_W}startOverride") or _wval(lvl, f"{_W}start", "1")
                fmt = _wval(lvl, f"{_W}numFmt", "decimal") or "decimal"
                text = _wval(lvl, f"{_W}lvlText") or _DEFAULT_MARKER.get(fmt, "%1.")
                self.levels[(num_id, to_int(ilvl, 0))] = (fmt, text, to_int(start, 1))

    def prefix(self, paragraph: Any) -> str:
        """The number or bullet Word shows before ``paragraph`` ("3. ", "(b) ", "- "), or ""."""
        num_id, ilvl = _num_pr(paragraph)
        level = self.levels.get((num_id or "", ilvl))
        if level is None or num_id == "0":
            return ""
        fmt, text, _ = level
        if fmt == "bullet":
            return "- " if text.strip() else ""
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(self.keys.get(num_id or "", num_id or ""), [None] * 9)
        current = counters[ilvl]
        counters[ilvl] = level[2] if current is None else current + 1
        counters[ilvl + 1 :] = [None] * (8 - ilvl)
        marker = re.sub(r"%([1-9])", lambda m: self._format(num_id or "", int(m.group(1)) - 1, counters), text)
        return f"{marker.strip()} "

    def _format(self, num_id: str, ilvl: int, counters: list[int | None]) -> str:
        """One level's counter in that level's format: "3", "c", "iii", "03"."""
        fmt, _, start = self.levels.get((num_id, ilvl), ("decimal", "", 1))
        value = counters[ilvl] if counters[ilvl] is not None else start
        assert value is not None
        if fmt in ("lowerLetter", "upperLetter"):
            return letters(value, fmt == "upperLetter")
        if fmt in ("lowerRoman", "upperRoman"):
            return roman(value, fmt == "upperRoman")
        return f"{value:02d}" if fmt == "decimalZero" else str(value)


def _num_pr(paragraph: Any) -> tuple[str | None, int]:
    """(numId, ilvl) from the paragraph's own properties or, failing that, its style chain."""
    candidates = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        candidates.append(style.element.pPr)
        style = style.base_style
    for ppr in candidates:
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if num_pr is not None:
            return _wval(num_pr, f"{_W}numId"), min(max(to_int(_wval(num_pr, f"{_W}ilvl"), 0), 0), 8)
    return None, 0


def _heading_level(paragraph: Any) -> int:
    """Heading N / Title styles, or an explicit outline level, as a level 1-6."""
    style = paragraph.style
    while style is not None:
        name = (style.name or "").lower()
        if match := re.fullmatch(r"heading\s*([1-9])", name):
            return min(int(match.group(1)), 6)
        if name == "title":
            return 1
        style = style.base_style
    outline = to_int(_wval(paragraph._p.pPr, f"{_W}outlineLvl"), 9)
    return outline + 1 if outline < 6 else 0


def _docx_blocks(parent: Any, element: Any) -> Iterator[Any]:
    """Paragraphs and tables under a body or cell element, in order (looking inside content controls)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield Table(child, parent)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _docx_blocks(parent, content)


def _docx_lines(parent: Any, element: Any, numbering: _Numbering) -> Iterator[Line]:
    """One line per paragraph (with its list number) and per table row (cells tab-joined, flattened)."""
    from docx.table import Table, _Cell

    for block in _docx_blocks(parent, element):
        if isinstance(block, Table):
            for tr in block._tbl.tr_lst:
                cells = [_Cell(tc, block) for tc in tr.tc_lst]
                texts = [
                    " ".join(line.text for line in _docx_lines(cell, tc, numbering))
                    for cell, tc in zip(cells, tr.tc_lst, strict=True)
                ]
                yield Line(text="\t".join(collapse(t) for t in texts))
        else:
            text = block.text.replace("\t", " ")
            if text.strip():
                yield Line(text=numbering.prefix(block) + text, level=_heading_level(block))


def read_docx(data: bytes) -> SourceText:
    """A Word document's body in order, with headings, list numbers and table rows."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            if sum(info.file_size for info in parts) > MAX_EXPANDED:
                raise IngestError(IngestReason.TOO_LARGE, f"DOCX expands to more than {MAX_EXPANDED >> 20} MB")
            xml = sum(info.file_size for info in parts if info.filename.endswith((".xml", ".rels")))
            if xml > MAX_XML:
                raise IngestError(IngestReason.TOO_LARGE, f"DOCX text expands to {xml >> 20} MB of XML (the limit is "
                                  f"{MAX_XML >> 20} MB; a 500-page paper has about 20)")
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines = list(_docx_lines(document, document.element.body, numbering))
    except IngestError:
        raise
    except Exception as exc:  # zip, XML and package errors from an untrusted file
        raise IngestError(IngestReason.CORRUPT, f"damaged DOCX file ({type(exc).__name__})") from exc
    title = (document.core_properties.title or "").strip() or None
    return SourceText(format=SourceFormat.DOCX, lines=lines, title=title)
