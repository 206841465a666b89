"""What a meeting did, asked of the meeting as a whole.

"What was agreed last time at Inverallan", "what did the panel decide in February", "what happened at the last
licensing committee", "what was on the agenda in January": no topic is asked, so no passage speaks to the question
better than another, and the best-scoring sentence (the date of the next meeting, the apologies) is no answer. The
answer is the meeting's business, item by item, each cited: its decisions, the substantive ones first and the
procedural ones (minutes approved, apologies noted) after them; or, where its business or agenda is asked, the items
it took, by number and title.
"""

from __future__ import annotations

import re

from ingest.titles import role_of
from minutebook.model import Meeting, MinuteItem
from service.drafting import Draft, when
from service.evidence import stems
from service.papers import Asked, Papers
from service.records import meetings_asked
from service.schemas import Answer

# the meeting's business asked as a whole: "what was agreed", "what did they decide", "what happened at",
# "what was discussed", "what came up", "what was on the agenda", "what business did they do"
BUSINESS_ASKED = re.compile(
    r"\bwhat\s+(?:was|were|got|did|has|have|had)\b[^?]{0,80}?\b(?:agreed|decided|decide|agree|resolved|resolve|"
    r"happen(?:ed|s)?|discuss(?:ed)?|talk(?:ed)?\s+about|cover(?:ed)?|dealt\s+with|deal\s+with|c[ao]me\s+up|"
    r"go(?:es)?\s+on|went\s+on)\b"
    r"|\bwhat\s+happen(?:ed|s)?\s+(?:at|in)\b|\bwhat\s+(?:went\s+on|c[ao]me\s+up)\s+(?:at|in)\b"
    r"|\bwhat\s+(?:was|were|is|'s|’s)\s+on\s+the\s+agenda\b|\bwhat\s+(?:business|items)\b",
    re.I)
# the words of such a question that name no topic (what it asks of, and which meeting)
_BUSINESS_WORDS = frozenset(stems(
    "agreed agree decided decide decision decisions resolved resolve resolution resolutions happened happen happens "
    "discussed discuss talked talk covered cover dealt deal came come went go goes on up business agenda item items "
    "last latest recent recently time meeting meetings mtg done do did"))
# which items it took, not what it decided: "what was on the agenda", "what business"
_AGENDA_ASKED = re.compile(r"\b(?:agenda|business|items)\b", re.I)
# what it took and did: "what happened", "what was discussed", "what came up": its decisions, and the items it took
# that decided nothing
_TAKEN_ASKED = re.compile(r"\b(?:discuss\w*|talk\w*|cover\w*|c[ao]me\s+up|happen\w*|go(?:es)?\s+on|went\s+on)\b",
                          re.I)
_PROCEDURE = frozenset(["apologies", "declarations", "previous_minutes", "next_meeting", "attendance", "exclusion",
                        "chair_election"])
MOST_ITEMS = 10  # items listed, at most


def asks_business(asked: Asked) -> bool:
    """Does the question ask what a meeting did as a whole, naming no topic of it?"""
    plan = asked.plan
    if plan.minutes or plan.minutes_of or plan.minutes_months or asked.printed:
        return False  # "what did they resolve on the 2 april minutes", "minute 45": one item of the meeting asked
    # which meeting, as the plan reads it ("last time", "in feb", "the licensing cttee") or the place it names: not
    # "what was agreed?" of every paper
    named = plan.names_meeting or bool(asked.periods) or asked.where is not None or bool(asked.filters.committee)
    return named and bool(BUSINESS_ASKED.search(plan.corrected)) and not (set(asked.terms) - _BUSINESS_WORDS)


def business(papers: Papers, asked: Asked) -> Answer | None:
    """The business of the meeting asked about: its decisions, or its items where what it took is asked."""
    meetings = meetings_asked(papers, asked)
    if not meetings:
        return None
    meeting = meetings[0]
    items = [i for i in meeting.items if i.title or i.resolutions]
    if not items:
        return None
    draft = papers.draft()
    draft.say(f"{meeting.committee}, {when(meeting.date)}:")
    question = asked.plan.corrected
    if _AGENDA_ASKED.search(question):
        for item in items[:MOST_ITEMS]:
            _title(papers, draft, meeting, item)
        return draft.done()
    business_items = [i for i in items if role_of(i.title or "") not in _PROCEDURE]
    said = _decisions(papers, draft, meeting, business_items)
    if _TAKEN_ASKED.search(question):
        for item in [i for i in business_items if not i.resolutions][:MOST_ITEMS]:
            said = _title(papers, draft, meeting, item) or said
    if not said and not _decisions(papers, draft, meeting, [i for i in items if i not in business_items]):
        return None
    return draft.done()


def _title(papers: Papers, draft: Draft, meeting: Meeting, item: MinuteItem) -> bool:
    """The item said by its number and title, cited; False for an untitled item (nothing to say)."""
    if not item.title:
        return False
    label = f"Minute {item.cited}: " if item.cited else ""
    draft.say(f"{label}{item.title}", papers.item_citation(meeting, item, item.title))
    return True


def _decisions(papers: Papers, draft: Draft, meeting: Meeting, items: list[MinuteItem]) -> bool:
    """Each item's decisions said with their citations (at most :data:`MOST_ITEMS` items); any said?"""
    said = False
    for item in [i for i in items if i.resolutions][:MOST_ITEMS]:
        where = f"Minute {item.cited} ({item.title})" if item.cited else item.title or "Untitled item"
        for r in item.resolutions:
            draft.say(f"{where}: {r.text}", papers.item_citation(meeting, item, r.text, r.number))
            said = True
    return said
