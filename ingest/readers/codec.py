"""Bytes to text: byte-order marks, UTF-8, charset-normalizer's guess, Windows-1252; HTML's declared charset."""

from __future__ import annotations

from bs4.dammit import EncodingDetector

BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]  # fmt: skip

_NON_LATIN = ("Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hiragana", "Katakana", "Hangul")


def decode_text(data: bytes) -> str:
    """UTF-8 (or a BOM's encoding), else charset-normalizer's guess, with Windows-1252 for Western single-byte text."""
    for bom, encoding in BOMS:
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


def decode_html(data: bytes) -> str:
    """HTML bytes to text: BOM, then the declared (meta) charset, then as for plain text."""
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    if declared and not any(data.startswith(bom) for bom, _ in BOMS):
        if declared.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "ascii", "us-ascii"}:
            declared = "cp1252"  # what browsers do (WHATWG)
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)
