"""Marking words in the papers' text: the quoted words a citation points at, the words a search matched.

Spans are found on the text as stored and rendered paragraph by paragraph, escaped, with ``<mark>`` around
the words; the first mark on a page carries ``id="quote"`` so a link can scroll to it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer  # PyStemmer, as bm25s and the answerer use
from markupsafe import Markup

from service.evidence import stems

Span = tuple[int, int]
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_PIECE = re.compile(r"\n+|(?<=[.;:!?])\s+")  # a quote that joins lines (a lead-in and its list) is found line by line


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def _find(text: str, piece: str) -> Span | None:
    """Where ``piece`` stands in ``text``, whatever the spacing and line breaks between its words."""
    tokens = piece.split()
    if not tokens:
        return None
    found = re.search(r"\s+".join(re.escape(t) for t in tokens), text)
    return found.span() if found else None


def quote_spans(text: str, quote: str) -> list[Span]:
    """The quoted words in ``text``: the whole quote, else each of its lines or sentences that is there."""
    whole = _find(text, quote)
    if whole:
        return [whole]
    spans = []
    for piece in _PIECE.split(quote):
        piece = piece.strip(" -•–;,")  # list markers, and the separators a quote may join its lines with
        if len(piece.split()) >= 3 and (span := _find(text, piece)):
            spans.append(span)
    return spans


def term_spans(text: str, question: str) -> list[Span]:
    """The words of ``text`` that share a stem with the content words of ``question`` (search matches)."""
    wanted = set(stems(question)) or set(_stemmer().stemWords([w.lower() for w in _WORD.findall(question)
                                                               if len(w) > 2]))
    if not wanted:
        return []
    found = list(_WORD.finditer(text))
    stemmed = _stemmer().stemWords([m.group().lower().replace("’", "'").removesuffix("'s") for m in found])
    return [m.span() for m, s in zip(found, stemmed, strict=True) if s in wanted]


class Marker:
    """Renders text as escaped paragraphs with marks; the first mark it writes is the page's ``#quote``."""

    def __init__(self) -> None:
        self.marks = 0

    def paragraphs(self, text: str, spans: Iterable[Span] = ()) -> list[Markup]:
        """``text`` split at line breaks into paragraphs of HTML, the ``spans`` marked."""
        spans = sorted(spans)
        out: list[Markup] = []
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if line.strip():
                out.append(self._line(text, start, end, [(max(a, start), min(b, end)) for a, b in spans
                                                         if a < end and b > start]))
            start = end + 1
        return out

    def inline(self, text: str, spans: Iterable[Span] = ()) -> Markup:
        """``text`` as one run of HTML (line breaks kept as spaces), the ``spans`` marked."""
        return Markup(" ").join(self.paragraphs(text, spans))

    def _line(self, text: str, start: int, end: int, spans: list[Span]) -> Markup:
        parts: list[str] = []
        at = start
        for a, b in spans:
            if a < at:  # overlapping spans: mark the rest of the later one
                a = at
            if a >= b:
                continue
            parts.append(html.escape(text[at:a]))
            ident = ' id="quote"' if self.marks == 0 else ""
            self.marks += 1
            parts.append(f"<mark{ident}>{html.escape(text[a:b])}</mark>")
            at = b
        parts.append(html.escape(text[at:end]))
        return Markup("".join(parts).strip())
