"""A later meeting's word on an earlier minute, as matters arising give it: an entry per minute, several sentences
long ("Minute 17 (Gallows Lane) - the CCTV camera was put up on 2 September 2024. There had been one further dump
since ... Action completed."), from the minute's mention to the next entry's or the end of its line, with its status
said anywhere in it (most often last). A minute numbered with letters ("PH67", "P45", "LCS 24/116") is named alone,
without the word "Minute": "- Bus shelter (PH67c): ...".
"""

from __future__ import annotations

import re

from minutebook import vocabulary as v

ENTRY_MOST = 500  # characters: longer, the mention stands in prose, not in an entry of its own
_CLOSES_DONE = v.compiled(v.ENTRY_DONE, r"(?:^|[.;:]\s+|[-–—]\s+)(?:{})\s*[.!]?\s*$")
_SENTENCE_START = re.compile(r"(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bCllr)\.\s+|\n")


def entry_at(text: str, at: int, others: list[int]) -> str:
    """The entry that mentions a minute at ``at``: from the start of its sentence to the end of its line, or to the
    sentence naming the next minute (``others``: where other minutes are named), verbatim; "" where it runs on past
    ENTRY_MOST (the mention stands in prose, not in an entry of its own)."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, at)), default=0)
    line_end = text.find("\n", at)
    end = len(text) if line_end < 0 else line_end
    later = [o for o in others if at < o < end]
    if later:
        nxt = min(later)
        end = max((m.end() for m in _SENTENCE_START.finditer(text, 0, nxt)), default=nxt)
        end = end if end > at else nxt
    entry = text[start:end].strip()
    return entry if len(entry) <= ENTRY_MOST else ""


def closes_done(entry: str) -> bool:
    """Does the entry close by saying its action done ("... Action completed.", "... Complete.")?"""
    return bool(_CLOSES_DONE.search(entry))


def lettered_mentions(text: str, minute: str) -> list[tuple[int, str | None]]:
    """Where ``text`` names a minute numbered with letters ("PH67", "P45", "BoD/24/129"), alone or with a part of it
    ("(PH67c)", "P45(a)"): each position and the part named, if any. A minute numbered in digits alone ("17") is
    named so by too much else (a count, a house number) to be found without the word "Minute"."""
    if not re.search(r"[A-Za-z/]", minute) or not re.search(r"\d", minute):
        return []
    form = re.compile(rf"(?<![\w/]){re.escape(minute)}(?:\s*\(([a-z]{{1,3}}|[ivx]+)\)|([a-z]))?(?![\w/])")
    return [(m.start(), m.group(1) or m.group(2)) for m in form.finditer(text)]
