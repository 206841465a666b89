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
        word = _word_before(text, start, m.start())
        if word:
            w = word.lower().rstrip(".")
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


def _word_before(text: str, start: int, end: int) -> str | None:
    r"""The word ending in . ! ? at the end of ``text[start:end]`` (closing quotes aside), as
    ``re.search(r"([\w.]+)[.!?]$", ...)`` finds it, read back from the end: a search from ``start`` again at
    every boundary skipped ("No. 7") made a run of them quadratic."""
    while end > start and text[end - 1] in '"”’)':
        end -= 1
    if end > start and text[end - 1] == "\n":  # "$" also matches before a final line break
        end -= 1
    if end - start < 2 or text[end - 1] not in ".!?":
        return None
    first = end - 1
    while first > start and (text[first - 1].isalnum() or text[first - 1] in "_."):
        first -= 1
    return text[first : end - 1] if first < end - 1 else None


def sentences(text: str) -> list[str]:
    """The sentences of ``text``, verbatim."""
    return [text[a:b].strip() for a, b in sentence_spans(text)]
