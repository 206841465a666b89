"""Commitments the minutes record in their own prose rather than as a decision: "A note will be added to the
website", "The matter would be passed to the District Council", "The Chair undertook to speak to the trustees".

Each is work promised at the meeting, so the follow-up register keeps it (see :mod:`ingest.actions`) beside the
actions asked for by resolutions and action tags. Decisions ("It was agreed that the Clerk would ...", "Clerk to
...", "Cllr X agreed to ...") are read as resolutions by :mod:`ingest.decisions` and are not repeated here; nor is
a conditional ("could be reconsidered"), what someone else will do ("the contractor will start in May") or a
question reported ("Mrs Gosden asked when the crossing would be installed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.sentences import sentences
from minutebook import vocabulary as v
from minutebook.model import Meeting, MinuteItem

_OWNER = v.alternation(v.ACTION_OWNERS)
_PASSIVE = re.compile(rf"^(?!if\b|when\b|should\b|unless\b)[^.;:?]{{2,100}}?\s+{v.COMMITTED_PASSIVE.form}", re.I)
_UNDERTOOK = re.compile(rf"^(?P<owner>{_OWNER})\s+(?:also\s+)?{v.UNDERTOOK.form}\s+[a-z]+", re.I)
# a question reported, not work promised: "Mrs Gosden asked when the crossing would be installed"
_ASKED = re.compile(r"\b(?:asked|enquired|inquired|queried|wondered|questioned)\s+(?:\w+\s+){0,3}?"
                    r"(?:when|whether|if|what|why|how|where)\b", re.I)
_BY = re.compile(rf"\bby\s+(?P<owner>{_OWNER})\b", re.I)


@dataclass(frozen=True)
class Commitment:
    """A sentence of an item's text that promises work after the meeting, and who is to do it (if it says)."""

    item: MinuteItem
    text: str
    owner: str | None


def commitments(meeting: Meeting) -> list[Commitment]:
    """The commitments in the prose of a meeting's minutes, in minute order; none already a resolution."""
    out: list[Commitment] = []
    for item in meeting.items:
        decided = [r.text for r in item.resolutions]
        for sentence in sentences(item.text):
            flat = " ".join(sentence.split())
            if any(flat in " ".join(d.split()) or " ".join(d.split()) in flat for d in decided):
                continue
            if m := _UNDERTOOK.match(flat):
                out.append(Commitment(item, flat, m.group("owner").strip()))
            elif _PASSIVE.match(flat) and not _ASKED.search(flat):
                by = _BY.search(flat)
                out.append(Commitment(item, flat, by.group("owner").strip() if by else None))
    return out
