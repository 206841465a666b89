"""Where the meeting before the one asked of was held ("where did the planning committee meet the time before
dalwhinnie"): the earlier meeting's own header where the papers hold it, else the minute approving its minutes, which
often says where it was held ("The minutes of the previous meeting, 22nd August 2008, held at The Community Hall, Boat
of Garten were approved"). Never the venue of the meeting asked of."""

from __future__ import annotations

import re

from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import HELD_AT, ITEM_ROLES, MEETING_BEFORE_ASKED
from service.drafting import held_where, not_found, when
from service.evidence import sentences
from service.papers import Asked, Papers
from service.records import meetings_asked
from service.schemas import Answer

BEFORE_ASKED = re.compile(MEETING_BEFORE_ASKED.form, re.I)
_HELD_AT = re.compile(HELD_AT.form, re.I)
_PREVIOUS_MINUTES = re.compile(ITEM_ROLES["previous_minutes"].form, re.I)


def asks_meeting_before(question: str) -> bool:
    """Does the question ask of the meeting before the one it names ("the time before", "the one before that")?"""
    return bool(BEFORE_ASKED.search(question))


def venue_before(papers: Papers, asked: Asked) -> Answer:
    """Where the meeting before the one the question names was held (see the module's doc)."""
    meetings = meetings_asked(papers, asked)
    if not meetings:
        return not_found("No meeting on that date is in the papers.")
    named = meetings[0]
    audience = asked.filters.audience
    earlier = [s for s in papers.meetings(named.committee) if s.date < named.date and s.council == named.council]
    if earlier:  # the meeting before is in the papers: its own header says where
        before = papers.meeting(max(earlier, key=lambda s: s.date).key, audience)
        if before.venue:
            draft = papers.draft()
            draft.say(f"{before.committee}, {when(before.date)}: {held_where(before.venue)}.",
                      papers.record_citation(before, before.venue))
            return draft.done()
    said = approved_where(named)
    if said is None:
        return not_found("The papers do not say where the meeting before it was held.")
    item, sentence = said
    draft = papers.draft()
    draft.say(f"{named.committee}, {when(named.date)} ({item.title}): {sentence}",
              papers.item_citation(named, item, sentence))
    return draft.done()


def approved_where(meeting: Meeting) -> tuple[MinuteItem, str] | None:
    """The minute approving the last meeting's minutes and its sentence saying where that meeting was held."""
    for item in meeting.items:
        if not _PREVIOUS_MINUTES.search(item.title):
            continue
        for sentence in sentences(item.text):
            if _PREVIOUS_MINUTES.search(sentence) and _HELD_AT.search(sentence):
                return item, sentence
    return None
