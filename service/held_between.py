"""A body's meetings that the papers know only from a later meeting's minutes: "after the council met on 9 August,
when was the next one?" where the September minutes approve the minutes of the 9 August meeting and of "a Special
Meeting of the Council held on Tuesday, 16 August 2011". The meeting in between, not September's, met next; the
sentence approving its minutes says so."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from minutebook.dates import find_dates
from minutebook.model import MinuteItem
from minutebook.vocabulary import PREVIOUS_RECORD
from service.evidence import sentences

APPROVED = re.compile(PREVIOUS_RECORD.form, re.I)
# the meeting whose minutes are approved, by the date it was held ("Minutes of the Meeting of the Council held on
# Tuesday, 9 August 2011", "the minutes of the extraordinary meeting held on 2nd March")
HELD_ON = re.compile(r"\b(?:held|meeting)\s+(?:on\s+)?(?:\w+day,?\s+)?(?:the\s+)?\d", re.I)
# another body's minutes received ("the minutes of the Planning Committee held on 20 August be received"): not a
# meeting of the body itself, unless its own name holds the word
OTHER_BODY = re.compile(r"\b(?:committee|sub-committee|panel|board|working\s+group|forum|cabinet|executive)\b", re.I)


def held_between(items: Iterable[MinuteItem], committee: str, held: dt.date, after: dt.date,
                 ) -> tuple[dt.date, MinuteItem, str] | None:
    """The earliest meeting of ``committee`` held after ``after`` and before ``held`` (the meeting whose ``items``
    approving earlier minutes are given) that those items approve the minutes of: its date, the item, and the
    sentence approving them. None where they approve none held in between."""
    own = {w.lower() for w in OTHER_BODY.findall(committee)}
    found: list[tuple[dt.date, MinuteItem, str]] = []
    for item in items:
        for s in sentences(item.text):
            if not (APPROVED.search(s) and HELD_ON.search(s)):
                continue
            if any(w.lower() not in own for w in OTHER_BODY.findall(s)):
                continue
            found += [(d.date, item, s) for d in find_dates(s, held) if after < d.date < held]
    return min(found, key=lambda f: f[0]) if found else None


# whether a meeting set for a date was held then: "did the meeting they set for October actually go ahead", "was the
# december meeting still on", "did it happen"
WENT_AHEAD = re.compile(r"\b(?:go(?:ne)?|went)\s+ahead\b|\b(?:still|actually)\s+(?:on|happen\w*|held)\b|"
                        r"\b(?:did|was|were)\s+(?:it|that|they)\s+(?:happen|held|take\s+place)\b|\btook\s+place\b|"
                        r"\b(?:cancel+ed|postponed|re-?arranged|moved)\b", re.I)
# how a later meeting's minutes say the meeting set for a date was moved: "the meeting which had been arranged for 12th
# October, 2023 had been rearranged to this date", "postponed", "cancelled", "did not take place"
MOVED = re.compile(r"\b(?:re-?arranged|re-?scheduled|postponed|cancel+ed|moved\s+to|brought\s+forward|"
                   r"did\s+not\s+take\s+place|(?:had\s+been|was)\s+arranged\s+for)\b", re.I)


def moved_meeting(items: Iterable[MinuteItem]) -> tuple[MinuteItem, str] | None:
    """The sentence of a meeting's items approving the last minutes that says the meeting set before it was moved
    ("It was noted that the meeting which had been arranged for 12th October, 2023 had been rearranged to this
    date."), with its item; None where they say none was."""
    return next(((i, s) for i in items for s in sentences(i.text) if MOVED.search(s)), None)
