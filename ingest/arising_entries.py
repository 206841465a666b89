"""A later meeting's word on an earlier minute, as matters arising give it: an entry per minute, several sentences
long ("Minute 17 (Gallows Lane) - the CCTV camera was put up on 2 September 2024. There had been one further dump
since ... Action completed."), from the minute's mention to the end of its point, with its status said anywhere in it
(most often last). A minute numbered with letters ("PH67", "P45", "LCS 24/116", "M.11/19") is named alone, without
the word "Minute": "- Bus shelter (PH67c): ...", "1. Community Involvement Schemes list (M.11/19) - Mr. Mulvey".

A point of a list (a bullet, a numbered or lettered point, a line opening "Minute 17") runs on over the lines after
it that open no point of their own, until one closes with where it stands ("5. Letter to Minister (M.15/19) -
Cathaoirleach" / "The letter was sent on 13th February 2019. No reply has been received." / "OUTSTANDING."). A mention
in prose is its sentence to the end of its paragraph.

This is the one reader of such entries: the follow-up register (:mod:`ingest.actions`) reads an action's later word
with it, and the answerer (:mod:`service.later_entries`) where a thing decided or asked for stands.
"""

from __future__ import annotations

import datetime as dt
import re

from minutebook import vocabulary as v
from minutebook.dates import MONTHS
from minutebook.model import ArisingEntry, MinuteItem

ENTRY_MOST = 500  # characters: longer, the mention stands in prose, not in an entry of its own
_CLOSES_DONE = v.compiled(v.ENTRY_DONE, r"(?:^|[.;:]\s+|[-–—]\s+)(?:{})\s*[.!]?\s*$")
# a line that closes its point with where it stands ("COMPLETE.", "Carried forward.", "*Still in progress; report to
# April.*"): the point ends there
_CLOSES = v.compiled((*v.ENTRY_DONE, *v.ENTRY_OPEN), r"(?:^|[.;:]\s+|[-–—]\s+|\W)(?:{})\W*(?:[;,]\s+[^.]{0,40})?$")
_SENTENCE_START = re.compile(r"(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bCllr)\.\s+|\n")
# a line that opens a point of its own: a bullet, a numbered or lettered point ("1.", "(b)", "4.1", "iii)"), or the
# next minute's reference ("Minute 19 (...) - ...")
POINT = re.compile(r"\s*(?:[-*•]\s|\(?[a-z]\)\s|\(?[ivx]{1,4}\)\s|\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\D)|minute\b|"
                   r"action\s+[\w/.-]*\d)", re.I)


def entry_at(text: str, at: int, others: list[int]) -> str:
    """The entry that mentions a minute at ``at``: from the start of its sentence to the end of its point (its line,
    with the lines after it where the line opens a point of a list), or to the sentence naming the next minute
    (``others``: where other minutes are named), verbatim; "" where it runs on past ENTRY_MOST (the mention stands
    in prose, not in an entry of its own)."""
    return _entry(text, at, others)[0]


def _entry(text: str, at: int, others: list[int]) -> tuple[str, int]:
    """The entry at ``at`` (:func:`entry_at`) and where it starts."""
    start = max((m.end() for m in _SENTENCE_START.finditer(text, 0, at)), default=0)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    end = len(text) if line_end < 0 else line_end
    if POINT.match(text, line_start) and not _CLOSES.search(text[line_start:end]):
        while end < len(text):  # the point's lines after its first, up to the next point or its status
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt]
            if not line.strip() or POINT.match(line) or nxt - start > ENTRY_MOST \
                    or any(end < o < nxt for o in others):
                break
            end = nxt
            if _CLOSES.search(line):
                break
    end = _runs_on(text, start, end, others)
    later = [o for o in others if at < o < end]
    if later:
        nxt = min(later)
        end = max((m.end() for m in _SENTENCE_START.finditer(text, 0, nxt)), default=nxt)
        end = end if end > at else nxt
    entry = text[start:end].strip()
    return (entry, start) if len(entry) <= ENTRY_MOST else ("", start)


# an entry opening its minute on the earlier one and presenting what it asked for, in its first sentence
_BROUGHT_BACK = re.compile(rf"\W*(?:{v.REFERS_BACK.form})\b(?:[^.;]|\.(?=\d)){{0,160}}?\b(?:{v.BROUGHT_BACK.form})\b",
                           re.I)


def brought_back(entry: str) -> bool:
    """Does the entry open on the earlier minute and bring back what it asked for ("Further to minute 4 of 6
    February 2025, Chief Superintendent Bright presented the 101 improvement plan")?"""
    return bool(_BROUGHT_BACK.match(entry))


def opens_on_reference(text: str) -> bool:
    """Does a minute's text open by taking up an earlier minute ("Further to Minute No. 83 ...")?"""
    return bool(re.match(rf"\s*(?:{v.REFERS_BACK.form})\b", text, re.I))


# the rest of a sentence a hard wrap carried onto the next line: a word in lower case, or a date whose day opens the
# line ("... took place on Wednesday" / "9 October 2024 and was attended by ...": not a numbered point)
_CARRIED = re.compile(rf"[ \t]*(?:[a-z]|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{'|'.join(MONTHS)})\b)")
_SENTENCE_CLOSED = re.compile(r"[.!?:;)\]*_]\W*$|^\s*$")


def _runs_on(text: str, start: int, end: int, others: list[int]) -> int:
    """Where the entry ending at ``end`` ends once a sentence its last line leaves open runs on over the lines a
    hard wrap carried it onto, within ENTRY_MOST and short of another minute's mention."""
    while end < len(text) and not _SENTENCE_CLOSED.search(text[start:end]):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        if not _CARRIED.match(text, end + 1) or nxt - start > ENTRY_MOST or any(end < o < nxt for o in others):
            break
        end = nxt
    return end


# a status said straight after the point's title, the details after it: "PL/24/039 Ward breakdown of open
# enforcement cases - DONE. Circulated by the Development Manager ..." (clerks' reports on last meeting's actions)
_TITLED_DONE = v.compiled(v.ENTRY_DONE, r"^[^.\n]{0,160}?\s[-–—:]\s*(?:{})\s*[.;!]")


def says_done(entry: str) -> bool:
    """Does the entry say its action done where clerks put it: closing it ("... Action completed.", "...
    Complete.") or straight after its title ("Ward breakdown of open enforcement cases - DONE. Circulated ...")?"""
    return bool(_CLOSES_DONE.search(entry) or _TITLED_DONE.search(entry))


_CLOSES_FIXED = v.compiled(v.ENTRY_FIXED, r"(?:^|[.;:]\s+|[-–—]\s+)(?:{})\s*[.!]?\s*$")
_FIXED = v.compiled(v.STATUS_SCHEDULED, r"\b{}")


_TITLED_OPEN = v.compiled(v.ENTRY_OPEN, r"^[^.\n]{0,160}?\s[-–—:]\s*({})\s*[.;!]")


def says_scheduled(entry: str) -> bool:
    """Does the entry say a day or a meeting is fixed for its action: closing on it ("... Report to the May meeting.
    SCHEDULED.") or in its words ("Booked for 3 March", "would now come to the August meeting"), unless the status
    after its title says it still open ("Minute 26/04 (park toilets) - NOT COMPLETE. ... Repair is booked and the
    toilets are now expected to reopen on 13 April")?"""
    if _CLOSES_FIXED.search(entry):
        return True
    titled = _TITLED_OPEN.match(entry)
    if titled is not None:
        return bool(re.fullmatch(v.alternation(v.ENTRY_FIXED), titled.group(1), re.I))
    return bool(_FIXED.search(entry))


def lettered_mentions(text: str, minute: str) -> list[tuple[int, str | None]]:
    """Where ``text`` names a minute numbered with letters ("PH67", "P45", "BoD/24/129"), alone or with a part of it
    ("(PH67c)", "P45(a)"): each position and the part named, if any. A minute numbered in digits alone ("17") is
    named so by too much else (a count, a house number) to be found without the word "Minute"."""
    if not re.search(r"[A-Za-z/]", minute) or not re.search(r"\d", minute):
        return []
    form = re.compile(rf"(?<![\w/]){re.escape(minute)}(?:\s*\(([a-z]{{1,3}}|[ivx]+)\)|([a-z]))?(?![\w/])")
    return [(m.start(), m.group(1) or m.group(2)) for m in form.finditer(text)]


def entries(item: MinuteItem, minute: str | None, held: dt.date | None = None) -> list[ArisingEntry]:
    """The entries of a later meeting's ``item`` on the earlier minute ``minute`` (of the meeting held on ``held``,
    where the reference gives a date): named as the minutes' references read it ("Minute 17 (...)"), or by its
    lettered number alone ("(PH67c)"), each once, in the order printed."""
    if not minute:
        return []
    named: dict[int, str | None] = {max(item.text.find(r.text), 0): r.resolution for r in item.references
                                    if r.minute == minute and (r.meeting_date is None or held is None
                                                               or r.meeting_date == held)}
    for at, part in lettered_mentions(item.text, minute):
        named.setdefault(at, part)
    others = [max(item.text.find(r.text), 0) for r in item.references if r.minute != minute]
    out: list[ArisingEntry] = []
    for at in sorted(named):
        text, start = _entry(item.text, at, [o for o in [*others, *named] if o != at])
        if text and all(e.text != text for e in out):
            out.append(ArisingEntry(minute=minute, part=named[at], text=text, at=start))
    return out
