"""Sentences of minutes text, as spans, without cutting at "Cllr." or "J.W. Thomas"."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9]|[-•]\s)")
_INITIALS_NEXT = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]?\s")  # "T.A.J. Davies. R.E. Evans": a list of names runs on
_ABBREVIATIONS = {
    "cllr", "cllrs", "mr", "mrs", "ms", "dr", "no", "nos", "st", "e.g", "i.e", "etc", "approx", "co", "ltd", "prof",
    "rev", "vs", "v", "para", "paras", "ref", "min", "cf", "incl", "dept", "gov", "govt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; a sentence ends at . ! ? before a capital or a digit."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rstrip('"”’)')
        word = re.search(r"([\w.]+)[.!?]$", before)
        if word:
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", w):
                continue  # "Cllr. Smith", "J.W. Thomas", "M. Dodd"
        if _INITIALS_NEXT.match(text, m.end()):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, verbatim."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]
