"""The annex a minute points to: "RECOMMENDED: That Cabinet be asked to adopt the strategy subject to the Panel's
recommendations set out in the Annex to these minutes" adopts the recommendations the minutes print after their
items ("Annex - Recommendations of the Economy Scrutiny Panel to Cabinet: Town Centre Car Parking Strategy"), which the
answer quotes with the sentence pointing to them; the sentence alone gives none of them."""

from __future__ import annotations

import re

from minutebook.errors import NotFoundError
from minutebook.model import Citation, Meeting, MinuteItem
from minutebook.vocabulary import ANNEX_POINTED
from service.papers import Asked, Papers

POINTED = re.compile(ANNEX_POINTED.form, re.I)
ANNEX_TITLE = re.compile(r"^\W*(?:annex|appendix|schedule)\b", re.I)
# an annex's heading on a line of its own: "Annex - Recommendations of the Panel to Cabinet: ...", "APPENDIX A"
ANNEX_HEADING = re.compile(r"(?m)^\W*(?:annex|appendix|schedule)\b(?:\s+(?:[a-z]|\d{1,2})\b)?(?:\s*[-–—:].{0,160})?$",
                           re.I)
WORD = re.compile(r"[a-z]{3,}")
# an entry of a list: "1. That ...", "(a) ...", "- ..."
ENTRY = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-•*–])\s+\S", re.I)
ANNEX_CHARS = 1500  # the most of an annex quoted


def points_to_annex(text: str) -> bool:
    """Does ``text`` point to an annex printed with the minutes?"""
    return bool(POINTED.search(text))


def annex_of(meeting: Meeting, item: MinuteItem) -> tuple[MinuteItem, str] | None:
    """The annex of ``meeting``'s minutes that ``item`` points to, as (the item printing it, its text): an item titled
    as one, or an annex heading inside the last item's text (printed unnumbered after numbered minutes, it reads as
    that item's own lines); the one whose title names the item's subject, or the minutes' only annex. None where the
    minutes print none (or several, none naming it)."""
    annexes: list[tuple[MinuteItem, str, str]] = []  # (the item printing it, its title, its text)
    for other in meeting.items:
        if other is item:
            continue
        if ANNEX_TITLE.match(other.title or ""):
            annexes.append((other, other.title, other.text))
            continue
        heading = ANNEX_HEADING.search(other.text)
        if heading is not None:
            annexes.append((other, heading.group(0), other.text[heading.end():]))
    annexes = [a for a in annexes if a[2].strip()]
    own = set(WORD.findall(item.title.lower()))

    def shared(annex: tuple[MinuteItem, str, str]) -> int:
        return len(own & set(WORD.findall(annex[1].lower())))

    naming = [a for a in annexes if shared(a)]
    chosen = max(naming, key=shared) if naming else annexes[0] if len(annexes) == 1 else None
    return None if chosen is None else (chosen[0], chosen[2])


def annex_text(text: str) -> str:
    """What an annex prints, verbatim: the numbered or bulleted entries it opens with (not what the page prints
    after them), else its first paragraph; at most :data:`ANNEX_CHARS`."""
    lines = text.strip().split("\n")
    taken: list[str] = []
    numbered = bool(lines) and bool(ENTRY.match(lines[0])) and lines[0].lstrip()[:1] not in "-•*–"
    for line in lines:
        if not line.strip() or sum(len(t) for t in taken) + len(line) > ANNEX_CHARS:
            break
        if numbered and taken and not ENTRY.match(line):
            break
        if numbered and line.lstrip()[:1] in "-•*–":  # a numbered list, then the page's own bulleted links
            break
        taken.append(line)
        if not numbered:
            break
    if not taken:
        return ""
    start = text.find(taken[0])
    return text[start:text.find(taken[-1], start) + len(taken[-1])].strip()


def annexed(papers: Papers, asked: Asked, meeting_key: str, item_key: str, text: str) -> tuple[str, Citation] | None:
    """Where ``text`` of the item ``item_key`` points to an annex of its minutes: what the annex prints, with its
    citation; else None."""
    if not points_to_annex(text):
        return None
    try:
        meeting = papers.meeting(meeting_key, asked.filters.audience)
    except NotFoundError:
        return None
    item = meeting.keyed_items().get(item_key)
    annex = annex_of(meeting, item) if item is not None else None
    quote = annex_text(annex[1]) if annex is not None else ""
    if annex is None or not quote:
        return None
    return quote, papers.item_citation(meeting, annex[0], quote)
