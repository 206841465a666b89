"""Text helpers every reader shares: whitespace, one line's tidying, numbers in attributes."""

from __future__ import annotations

import re
from typing import Any

_SPACED_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[A-Za-z-] ){4,}[A-Za-z-](?=[\s:;,.]|$)")
BULLET = re.compile(r"^(?:[•●▪◦‣·∙]\s*|–\s+)")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"))
RULE_LINE = re.compile(r"^[\s|:]*[\-–—_=*](?:[\s|:]*[\-–—_=*])+[\s|:]*$")  # "---", "--\t--", "| --- |"


def collapse(text: str) -> str:
    """All runs of whitespace (tabs, line breaks, non-breaking spaces) to one space."""
    return " ".join(text.split())


def normalise(text: str) -> str:
    """Tidy one line: spaces, tabs (kept between table cells), hard breaks, ordinals, spaced letters."""
    text = text.translate(_INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    for piece in text.split("\n"):
        if "\t" in piece:
            cells = [collapse(cell) for cell in piece.split("\t")]
            piece = "\t".join(cells) if any(cells) else ""
        else:
            piece = collapse(piece)
        piece = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), piece)
        if piece:
            parts.append(_SPACED_ORDINAL.sub(r"\1\2", piece))
    if parts:
        parts[0] = BULLET.sub("- ", parts[0])
    return "\n".join(parts)


def to_int(value: Any, default: int) -> int:
    """An attribute value as an int, or ``default``."""
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def letters(number: int, upper: bool = False) -> str:
    """1 -> a, 26 -> z, 27 -> aa (as Word and browsers count)."""
    n = max(number, 1)
    text = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return text.upper() if upper else text


def roman(number: int, upper: bool = False) -> str:
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
