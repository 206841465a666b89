"""When the bodies asked about met, as people ask it of the papers they have: "when did each of the carmarthenshire
county council meetings we have take place", "when did the licensing committee meet?", "what dates did the panel meet
on". Each meeting of those bodies in the papers, oldest first, with its date, cited to its own record (the header that
prints the date). Not when a body meets next ("when does it meet next", "after the march meeting": the next-meeting
route), nor the meeting that took up a subject ("when did the council meet to discuss the budget")."""

from __future__ import annotations

import re

from index.query import in_periods
from ingest.catalogue import MeetingSummary
from service.drafting import when
from service.evidence import stems
from service.next_meeting import dated_record
from service.papers import Asked, Papers
from service.schemas import Answer

# "when did each of the ... meetings take place", "when were the panel's meetings held", "when did the board meet",
# "what dates did they sit on", "which of the council's meetings do we have": past meetings asked for their dates
HELD_ASKED = re.compile(
    r"\bwhen\s+(?:did|were|was)\b[^?]{0,90}?\b(?:meet|met|take\s+place|took\s+place|held|sit|sat|convene)\b|"
    r"\bwhat\s+(?:dates?|days?)\b[^?]{0,60}?\b(?:meet|met|held|sit|sat|take\s+place)\b|"
    r"\bwhich\s+(?:[\w'’&-]+\s+){0,5}?meetings\s+(?:do|have)\s+we\s+(?:have|got)\b",
    re.I)
# not the next meeting, one before or after another, nor the first or last of them
NOT_HELD = re.compile(r"\b(?:next|after|afterwards|again|following|before|previous|since|first|last|latest|"
                      r"until|till|due|will|going\s+to)\b", re.I)
# the words of such a question that ask nothing of a subject (stems)
HELD_WORDS = frozenset(stems("when did were was meet met meeting meetings take took place held sit sat convene "
                             "each every all of the we have got do our what date dates day days which these those "
                             "body bodies committee committees council councils panel panels board boards"))
MOST = 8  # meetings listed, at most (the latest)


def asks_meetings_held(asked: Asked) -> bool:
    """Is the question worded as asking on what dates bodies met (not when one meets next, or met after another)?"""
    question = asked.plan.corrected
    return bool(HELD_ASKED.search(question)) and not NOT_HELD.search(question)


def meetings_held(papers: Papers, asked: Asked) -> Answer | None:
    """Each meeting in the papers of the bodies (or the council) the question names, in the period it names if any,
    with its date, cited to its record; None where the question names no body, names a subject of their business
    (its words other than those asking the dates name no body of the papers: "- leader decisions, standards, full
    council" do), or the papers hold none of the bodies' meetings."""
    named = {w for s in papers.meetings() for w in stems(s.committee)} | \
        {w for b in asked.plan.bodies for w in stems(b.text)}
    if set(asked.terms) - HELD_WORDS - named:
        return None  # "when did the council meet to discuss the budget": the meeting that took up a subject
    if asked.where is None and not asked.scope and not asked.filters.committee and not asked.plan.bodies:
        return None
    summaries = papers.in_where(asked, papers.meetings(asked.filters.committee))
    scoped = [s for s in summaries if not asked.scope or s.committee in asked.scope]
    if asked.periods:
        scoped = [s for s in scoped if in_periods(s.date.isoformat(), asked.periods)]
    if not scoped:
        return None
    draft = papers.draft()
    for s in sorted(held(scoped), key=lambda s: s.date)[-MOST:]:
        m = papers.meeting(s.key, asked.filters.audience)
        draft.say(f"{m.committee} met on {when(m.date)}.", dated_record(papers, m))
    return draft.done() if draft.parts else None



def held(summaries: list[MeetingSummary]) -> list[MeetingSummary]:
    """The meetings held: those the papers hold minutes of, where any are (an agenda is of a meeting to come)."""
    minuted = [s for s in summaries if s.has_minutes]
    return minuted or summaries
