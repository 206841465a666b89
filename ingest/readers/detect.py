"""Which format a paper is, from its bytes (never its file name)."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from ingest.readers.codec import BOMS, utf16_without_bom
from minutebook.errors import IngestError, IngestReason
from minutebook.model import SourceFormat

_MAGIC: dict[bytes, str] = {
    b"\x89PNG\r\n\x1a\n": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF87a": "GIF image", b"GIF89a": "GIF image",
    b"II*\x00": "TIFF image", b"MM\x00*": "TIFF image", b"%!PS": "PostScript file", b"{\\rtf": "RTF document",
    b"\x1f\x8b": "gzip archive", b"7z\xbc\xaf\x27\x1c": "7-Zip archive", b"Rar!\x1a\x07": "RAR archive",
    b"\x7fELF": "executable program",
}  # fmt: skip
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|table|h[1-6]|section|article|main|ul|ol|meta|title)\b"
)
_MD_SIGNS = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\*\*\S[^\n]*?\*\*|(?<!\w)__\S[^\n]*?__|\[[^\]\n]+\]\([^)\s]+\)|<https?://[^>\s]+>|^```",
    re.MULTILINE,
)
_MD_LIST = re.compile(r"^\s{0,3}[-*+]\s+\S", re.MULTILINE)
# A typed paper's columns, aligned with runs of spaces ("Members of the Panel      Cllr A (Chair)"): Markdown gives
# spaces no meaning, so a paper laid out by them is plain text even where its lists are dashed
_SPACED_COLUMNS = re.compile(r"^[ \t]*\S[^\n]*?\S {3,}\S", re.MULTILINE)


def detect_format(data: bytes) -> SourceFormat:
    """Say how a paper is encoded from its content (magic bytes, then sniffing the text).

    Raises :class:`IngestError` ``EMPTY`` for no content, ``UNSUPPORTED`` for images,
    archives and other files that are not papers, ``ENCRYPTED`` for a password-protected
    Office file.
    """
    if not data.strip(b" \t\r\n\f\v\x00") or data in {bom for bom, _ in BOMS}:
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
    if _MD_SIGNS.search(head) or (len(_MD_LIST.findall(head)) >= 2 and len(_SPACED_COLUMNS.findall(head)) < 3):
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
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if (utf16 := utf16_without_bom(head)) is not None:
        return head[: len(head) // 2 * 2].decode(utf16, errors="replace")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="replace")
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return None if controls > 0.02 * max(len(text), 1) else text
