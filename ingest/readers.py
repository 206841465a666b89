"""Read a committee paper's file into paragraphs: :func:`detect_format` and :func:`read_source`.

The format is found from the bytes, never the file name. Every reader yields
one :class:`~minutebook.model.Line` per paragraph, heading, list item or table
row, in reading order; table rows keep their cells tab-separated and a hard
line break (``<br>``, a Word line break, a markdown trailing double space) is
kept as ``"\\n"`` inside its line. The same clean-up then runs for every
format (:func:`_finish`): whitespace, non-breaking spaces, superscript
ordinals ("20<sup>th</sup>" -> "20th"), HTML fragments left as literal text,
letter-spaced words ("A G E N D A" -> "AGENDA") and bullet glyphs (-> "- ").

PDFs are read by :mod:`ingest.pdf_worker` in a child process that is killed
at ``pdf_timeout_s``.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector

from ingest.pdf_worker import MARKER
from minutebook.errors import IngestError, IngestReason
from minutebook.model import Line, SourceFormat, SourceText

# --------------------------------------------------------------------------- detection

_MAGIC: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF87a": "GIF image", b"GIF89a": "GIF image",
    b"II*\x00": "TIFF image", b"MM\x00*": "TIFF image", b"%!PS": "PostScript file", b"{\\rtf": "RTF document",
    b"\x1f\x8b": "gzip archive", b"7z\xbc\xaf\x27\x1c": "7-Zip archive", b"Rar!\x1a\x07": "RAR archive",
    b"\x7fELF": "executable program",
}  # fmt: skip
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]  # fmt: skip
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|table|h[1-6]|section|article|main|ul|ol|meta|title)\b"
)
_MD_SIGNS = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\*\*\S[^\n]*?\*\*|(?<!\w)__\S[^\n]*?__|\[[^\]\n]+\]\([^)\s]+\)|<https?://[^>\s]+>|^```",
    re.MULTILINE,
)
_MD_LIST = re.compile(r"^\s{0,3}[-*+]\s+\S", re.MULTILINE)


def detect_format(data: bytes) -> SourceFormat:
    """Say how a paper is encoded from its content (magic bytes, then sniffing the text).

    Raises :class:`IngestError` ``EMPTY`` for no content, ``UNSUPPORTED`` for images,
    archives and other files that are not papers, ``ENCRYPTED`` for a password-protected
    Office file.
    """
    if not data.strip(b" \t\r\n\f\v\x00") or data in {bom for bom, _ in _BOMS}:
        raise IngestError(IngestReason.EMPTY, "empty file")
    if b"%PDF-" in data[:1024]:
        return SourceFormat.PDF
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_format(data)
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise IngestError(IngestReason.ENCRYPTED, "password-protected Office document")
        raise IngestError(IngestReason.UNSUPPORTED, "legacy Office (.doc/OLE) file, not a DOCX, PDF or HTML document")
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise IngestError(IngestReason.UNSUPPORTED, f"{kind}, not a document")
    if data[:12].startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise IngestError(IngestReason.UNSUPPORTED, "WebP image, not a document")
    head = _sniff_text(data[:65536])
    if head is None:
        raise IngestError(IngestReason.UNSUPPORTED, "binary file, not a text document")
    if _HTML_START.match(head.lstrip().lower()):
        return SourceFormat.HTML
    if _MD_SIGNS.search(head) or len(_MD_LIST.findall(head)) >= 2:
        return SourceFormat.MARKDOWN
    return SourceFormat.TEXT


def _zip_format(data: bytes) -> SourceFormat:
    """A ZIP container is a paper only if it is a Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        if b"word/" in data[:4096]:
            return SourceFormat.DOCX  # damaged Word file: its reader reports CORRUPT
        raise IngestError(IngestReason.UNSUPPORTED, "damaged ZIP archive, not a document") from None
    if "word/document.xml" in names or b"wordprocessingml.document.main+xml" in types:
        return SourceFormat.DOCX
    kind = "ZIP archive"
    if any(n.startswith("xl/") for n in names):
        kind = "Excel spreadsheet"
    elif any(n.startswith("ppt/") for n in names):
        kind = "PowerPoint presentation"
    elif "mimetype" in names:
        kind = "OpenDocument file"
    raise IngestError(IngestReason.UNSUPPORTED, f"{kind}, not a DOCX document")


def _sniff_text(head: bytes) -> str | None:
    """The start of a text file decoded well enough to sniff, or None if it looks binary."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="replace")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return None if controls > 0.02 * max(len(text), 1) else text


# --------------------------------------------------------------------------- decoding

_NON_LATIN = ("Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hiragana", "Katakana", "Hangul")


def _decode_text(data: bytes) -> str:
    """UTF-8 (or a BOM's encoding), else charset-normalizer's guess, with Windows-1252 for Western single-byte text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data).best()
    if best is not None and (
        is_multi_byte_encoding(best.encoding) or any(a.startswith(_NON_LATIN) for a in best.alphabets)
    ):
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _decode_html(data: bytes) -> str:
    """HTML bytes to text: BOM, then the declared (meta) charset, then as for plain text."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        if declared.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"}:
            declared = "cp1252"  # what browsers do (WHATWG)
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_text(data)


# --------------------------------------------------------------------------- shared clean-up

_KNOWN_TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|b|i|u|em|strong|sup|sub|span|div|h[1-6]|a|font|table|tr|td|th|tbody|thead)\b[^<>]*>",
    re.IGNORECASE,
)
_SUP_ORDINAL = re.compile(r"(\d)\s*<sup>\s*(st|nd|rd|th)\s*</sup>", re.IGNORECASE)
_SPACED_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-z-] ){4,}[A-Za-z-](?=[\s:;,.]|$)")
_BULLET = re.compile(r"^(?:[•●▪◦‣·∙]\s*|–\s+)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"))
_RULE_LINE = re.compile(r"^[\s|:]*[\-–—_=*](?:[\s|:]*[\-–—_=*])+[\s|:]*$")  # "---", "--\t--", "| --- |"


def _collapse(text: str) -> str:
    """All runs of whitespace (tabs, line breaks, non-breaking spaces) to one space."""
    return " ".join(text.split())


def _normalise(text: str) -> str:
    """Tidy one line: spaces, tabs (kept between table cells), hard breaks, ordinals, spaced letters."""
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    for piece in text.split("\n"):
        if "\t" in piece:
            cells = [_collapse(cell) for cell in piece.split("\t")]
            piece = "\t".join(cells) if any(cells) else ""
        else:
            piece = _collapse(piece)
        piece = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), piece)
        if piece:
            parts.append(_SPACED_ORDINAL.sub(r"\1\2", piece))
    if parts:
        parts[0] = _BULLET.sub("- ", parts[0])
    return "\n".join(parts)


def _fragment_lines(line: Line) -> list[Line]:
    """Resolve HTML that appears as literal text in a line: table rows stay one line, lists split."""
    text = _SUP_ORDINAL.sub(r"\1\2", line.text)
    if not _KNOWN_TAG.search(text):
        return [line.model_copy(update={"text": text})]
    if "\t" in text:
        cells = [_cell_text(BeautifulSoup(cell, "lxml")) for cell in text.split("\t")]
        return [line.model_copy(update={"text": "\t".join(cells)})]
    flat = _HtmlFlattener()
    flat.walk(BeautifulSoup(text, "lxml"))
    flat.flush()
    return [Line(text=t, page=line.page, level=lv or line.level) for t, lv in flat.out]


def _finish(lines: Iterable[Line]) -> list[Line]:
    """The clean-up every reader shares; drops lines left empty."""
    out = []
    for line in lines:
        for piece in _fragment_lines(line):
            text = _normalise(piece.text)
            if text and not _RULE_LINE.match(text):
                out.append(piece.model_copy(update={"text": text}))
    return out


# --------------------------------------------------------------------------- text and markdown

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_MD_ITEM = re.compile(r"^\s*(?:([-*+])|(\d{1,3}[.)]))\s+(\S.*)$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_TABLE_RULE = re.compile(r"^[\s|:\-\t]*-[\s|:\-\t]*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(?<!\\)\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL), r"\1"),
    (re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)", re.DOTALL), r"\1"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])", re.DOTALL), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)", re.DOTALL), r"\1"),
    (re.compile(r"~~(.+?)~~", re.DOTALL), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])"), r"\1"),
]


def _md_inline(text: str) -> str:
    """Links to their text, autolinks to the address, emphasis markers and escapes removed."""
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    return text


def _blocks(text: str) -> Iterator[list[str]]:
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


def _join_stacked(block: list[str]) -> list[str]:
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


class _Paragraphs:
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


def _markdown_lines(text: str) -> list[Line]:
    """Markdown: blocks, with each heading, list item and table row its own line."""
    paras = _Paragraphs()
    for block in _blocks(text):
        joined = _join_stacked(block)
        wrapped = _wrapped(joined)
        for raw in joined:
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
            elif item or MARKER.match(raw.strip()):
                paras.flush()
                paras.add(f"- {item.group(3)}" if item and item.group(1) else raw)
            else:
                paras.add(raw, hard_break=not (wrapped or raw.lstrip()[:1].islower()))
        paras.flush()
    return [line.model_copy(update={"text": _md_inline(line.text)}) for line in paras.lines]


def _wrapped(block: list[str]) -> bool:
    """Is this block prose hard-wrapped at a width (its lines run on), rather than a line per entry?"""
    if len(block) < 2:
        return False
    lengths = [len(raw.rstrip()) for raw in block]
    width = max(lengths)
    return width >= 50 and all(n >= 0.7 * width for n in lengths[:-1])


def _text_lines(text: str) -> list[Line]:
    """Plain text: blank-line paragraphs. A line break inside a block is kept (a name a line, a committee over
    its date) unless the block is prose wrapped at a width; list or number markers and tab rows start new lines."""
    paras = _Paragraphs()
    for block in _blocks(text):
        joined = _join_stacked(block)
        wrapped = _wrapped(joined)
        for raw in joined:
            runs_on = wrapped or (raw.lstrip()[:1].islower() and bool(paras.parts))  # "... a report\nwhich was ..."
            if "\t" in raw.lstrip():
                paras.emit(raw)
            elif MARKER.match(raw.strip()):
                paras.flush()
                paras.add(raw)
            else:
                paras.add(raw, hard_break=not runs_on)  # one paragraph a block; its lines kept unless they run on
        paras.flush()
    return paras.lines


# --------------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "template", "nav", "aside", "svg", "iframe", "button", "head", "title"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figure",
    "figcaption", "address", "center", "form", "fieldset", "header", "footer", "body", "html", "caption", "hr",
}  # fmt: skip
_NOISE = re.compile(r"\s*(?:pdf\s+icon\s*)?\(?\s*PDF\s*,?\s*\d+(?:\.\d+)?\s*[KM]B\s*\)?\s*$", re.IGNORECASE)
_JUNK = re.compile(r"breadcrumb|skip[-_]?(?:link|nav|to)|cookie|visually-hidden|sr-only", re.IGNORECASE)


class _HtmlFlattener:
    """Walks HTML and collects (text, heading level) paragraphs in document order."""

    def __init__(self) -> None:
        self.out: list[tuple[str, int]] = []
        self.buf: list[str] = []
        self.prefix = ""

    def flush(self, level: int = 0) -> None:
        """End the open paragraph, as a heading of ``level`` if non-zero."""
        text = "".join(self.buf)
        self.buf = []
        text = "\n".join(filter(None, (_collapse(part) for part in text.split("\n"))))
        if level:
            text = text.replace("\n", " ")
        text = _NOISE.sub("", text)
        if text:
            if self.prefix:
                text = _BULLET.sub("", text)
            self.out.append((self.prefix + text, level))
            self.prefix = ""

    def walk(self, node: Tag) -> None:
        """Collect the text under ``node``."""
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, doctype or CDATA
                    self.buf.append(re.sub(r"[\r\n]+", " ", child))  # only <br> breaks a line
            elif isinstance(child, Tag):
                self._tag(child)

    def _tag(self, tag: Tag) -> None:
        """Dispatch one element: skipped, line break, heading, table, list or block, else inline."""
        name = tag.name
        if name in _SKIP_TAGS:
            return
        if name == "br":
            self.buf.append("\n")
        elif re.fullmatch(r"h[1-6]", name):
            self.flush()
            self.walk(tag)
            self.flush(level=int(name[1]))
        elif name == "table":
            self.flush()
            self._table(tag)
        elif name in ("ul", "ol"):
            self.flush()
            self._list(tag)
        elif name == "li":
            self._item(tag, "- ")
        elif name in _BLOCK_TAGS:
            self.flush()
            self.walk(tag)
            self.flush()
        else:
            self.walk(tag)

    def _item(self, li: Tag, prefix: str) -> None:
        """A list item: its first paragraph gets the bullet or number."""
        self.flush()
        self.prefix = prefix
        self.walk(li)
        self.flush()
        self.prefix = ""

    def _list(self, tag: Tag) -> None:
        """<ul> items get "- ", <ol> items their number (``start``, ``type``, ``value``, ``reversed``)."""
        ordered = tag.name == "ol"
        kind = str(tag.get("type") or "1")
        step = -1 if tag.has_attr("reversed") else 1
        number = _int(tag.get("start"), 1)
        for child in tag.children:
            if isinstance(child, Tag) and child.name == "li":
                number = _int(child.get("value"), number)
                self._item(child, f"{_ol_marker(number, kind)} " if ordered else "- ")
                number += step
            elif isinstance(child, Tag):
                self._tag(child)
            elif type(child) is NavigableString:  # text loose in the list, as in broken markup
                self.buf.append(re.sub(r"[\r\n]+", " ", child))
        self.flush()

    def _table(self, table: Tag) -> None:
        """One line per row of this table (not of tables nested in its cells), cells tab-joined."""
        for caption in table.find_all("caption", recursive=False):
            self.out.append((_collapse(caption.get_text(" ")), 0))
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is table:
                cells = [_cell_text(td) for td in tr.find_all(["td", "th"], recursive=False)]
                if any(cells):
                    self.out.append(("\t".join(cells), 0))


def _cell_text(cell: Tag) -> str:
    """A table cell's paragraphs and list items on one line ("including: - first - second")."""
    flat = _HtmlFlattener()
    flat.walk(cell)
    flat.flush()
    return _collapse(" ".join(text for text, _ in flat.out))


def _int(value: Any, default: int) -> int:
    """An attribute value as an int, or ``default``."""
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _ol_marker(number: int, kind: str) -> str:
    """An ordered-list number as the browser shows it: "3.", "c.", "C.", "iii.", "III."."""
    if kind in ("a", "A"):
        return f"{_letters(number, kind == 'A')}."
    if kind in ("i", "I"):
        return f"{_roman(number, kind == 'I')}."
    return f"{number}."


def _letters(number: int, upper: bool = False) -> str:
    """1 -> a, 26 -> z, 27 -> aa (as Word and browsers count)."""
    n = max(number, 1)
    text = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return text.upper() if upper else text


def _roman(number: int, upper: bool = False) -> str:
    """1 -> i, 4 -> iv, 1990 -> mcmxc."""
    n, out = max(number, 1), ""
    for value, numeral in zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    ):
        count, n = divmod(n, value)
        out += numeral * count
    return out.upper() if upper else out


def _is_chrome(tag: Tag) -> bool:
    """Site furniture inside the content: page header/footer, breadcrumbs, skip links, hidden parts."""
    if tag.name in ("header", "footer"):
        return tag.find("h1") is None
    if tag.get("role") in ("navigation", "banner", "contentinfo", "search") or tag.get("aria-hidden") == "true":
        return True
    names = " ".join(str(v) for v in [*tag.get_attribute_list("class"), *tag.get_attribute_list("id")] if v)
    if tag.has_attr("hidden") or _JUNK.search(names):
        return True
    return tag.name == "a" and tag.get_text(" ").strip().lower().startswith("skip to")


def _html_root(soup: BeautifulSoup) -> Tag:
    """The page's content: <main>, else <article>, else <body>, without site chrome."""
    root = soup.find("main") or soup.find("article") or soup.find("body") or soup
    assert isinstance(root, Tag)
    for sup in root.find_all("sup"):
        if re.fullmatch(r"\s*(st|nd|rd|th)\s*", sup.get_text()):
            previous = sup.previous_sibling
            if isinstance(previous, NavigableString) and re.search(r"\d\s+$", previous):
                previous.replace_with(previous.rstrip())
    chrome = [tag for tag in root.find_all(True) if _is_chrome(tag)]
    for tag in chrome:
        if not tag.decomposed:
            tag.decompose()
    return root


def _read_html(data: bytes) -> SourceText:
    """A web page's content: title from the <h1>, then headings, paragraphs, list items and table rows."""
    soup = BeautifulSoup(_decode_html(data), "lxml")
    main = soup.find("main")
    h1 = (main.find("h1") if isinstance(main, Tag) else None) or soup.find("h1")
    title = _collapse(h1.get_text(" ")) if isinstance(h1, Tag) else None
    if not title and soup.title:
        title = _collapse(soup.title.get_text(" ")) or None
    flat = _HtmlFlattener()
    flat.walk(_html_root(soup))
    flat.flush()
    lines = [Line(text=text, level=level) for text, level in flat.out]
    return SourceText(format=SourceFormat.HTML, lines=lines, title=title)


# --------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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
                self.levels[(num_id, _int(ilvl, 0))] = (fmt, text, _int(start, 1))

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
            return _letters(value, fmt == "upperLetter")
        if fmt in ("lowerRoman", "upperRoman"):
            return _roman(value, fmt == "upperRoman")
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
            return _wval(num_pr, f"{_W}numId"), min(max(_int(_wval(num_pr, f"{_W}ilvl"), 0), 0), 8)
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
    outline = _int(_wval(paragraph._p.pPr, f"{_W}outlineLvl"), 9)
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
                yield Line(text="\t".join(_collapse(t) for t in texts))
        else:
            text = block.text.replace("\t", " ")
            if text.strip():
                yield Line(text=numbering.prefix(block) + text, level=_heading_level(block))


def _read_docx(data: bytes) -> SourceText:
    """A Word document's body in order, with headings, list numbers and table rows."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > 500_000_000:
                raise IngestError(IngestReason.UNSUPPORTED, "DOCX expands to more than 500 MB")
        document = docx.Document(io.BytesIO(data))
        numbering = _Numbering(document)
        lines = list(_docx_lines(document, document.element.body, numbering))
    except IngestError:
        raise
    except Exception as exc:  # zip, XML and package errors from an untrusted file
        raise IngestError(IngestReason.CORRUPT, f"damaged DOCX file ({type(exc).__name__})") from exc
    title = (document.core_properties.title or "").strip() or None
    return SourceText(format=SourceFormat.DOCX, lines=lines, title=title)


# --------------------------------------------------------------------------- PDF


def _read_pdf(path: Path, timeout_s: float) -> SourceText:
    """Run :mod:`ingest.pdf_worker` in a child process, killed after ``timeout_s`` seconds."""
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "ingest.pdf_worker", str(path.resolve())]
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=timeout_s, env=env, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        raise IngestError(IngestReason.TIMEOUT, f"PDF took longer than {timeout_s:g} s to read") from None
    try:
        result = json.loads(done.stdout)
    except ValueError:
        error = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        detail = error[-1] if error else f"exit code {done.returncode}"
        raise IngestError(IngestReason.CORRUPT, f"PDF reader failed: {detail}") from None
    if not result.get("ok"):
        raise IngestError(IngestReason(result["reason"]), result["message"])
    lines = [Line(**line) for line in result["lines"]]
    return SourceText(format=SourceFormat.PDF, lines=lines, page_count=result["page_count"], title=result["title"])


# --------------------------------------------------------------------------- entry point


def read_source(path: Path, *, pdf_timeout_s: float = 60.0) -> SourceText:
    """Read a paper of any supported format into paragraphs.

    Raises :class:`IngestError` (EMPTY, ENCRYPTED, SCANNED, CORRUPT, UNSUPPORTED or
    TIMEOUT) with a one-line message when the file cannot be read.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(IngestReason.CORRUPT, f"cannot read {path.name}: {exc.strerror or exc}") from None
    fmt = detect_format(data)
    if fmt is SourceFormat.PDF:
        source = _read_pdf(path, pdf_timeout_s)
    elif fmt is SourceFormat.DOCX:
        source = _read_docx(data)
    elif fmt is SourceFormat.HTML:
        source = _read_html(data)
    else:
        text = _decode_text(data)
        lines = _markdown_lines(text) if fmt is SourceFormat.MARKDOWN else _text_lines(text)
        source = SourceText(format=fmt, lines=lines)
    source.lines = _finish(source.lines)
    if not source.lines:
        raise IngestError(IngestReason.EMPTY, f"no text found in this {fmt.value.upper()} file")
    return source
