"""Bytes to text: byte-order marks, UTF-8, charset-normalizer's guess, Windows-1252; HTML's declared charset."""

from __future__ import annotations

from bs4.dammit import EncodingDetector

BOMS: list[tuple[bytes, str]] = [
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
]  # fmt: skip

_NON_LATIN = ("Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hiragana", "Katakana", "Hangul")


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text written without a byte-order mark, else None.

    Text in a Latin script has a zero byte in every other place (the high byte of each character): at odd
    offsets in little-endian, even in big-endian. Binary files have zeros at both or at neither."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """UTF-8 (or a BOM's encoding, or UTF-16 without one), else charset-normalizer's guess, with Windows-1252 for
    Western single-byte text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if (utf16 := utf16_without_bom(data)) is not None:
        return data[: len(data) // 2 * 2].decode(utf16, errors="replace")
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
