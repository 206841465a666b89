"""Answers across meetings ("each time it came up", "since January 2018", "when did we last discuss X"): a short
timeline, newest first, one cited line per meeting: what was resolved there, else its best sentence on it."""

from __future__ import annotations

import re

from index.fusion import Hit
from index.nodes import NodeKind
from index.query import Intent, in_periods
from minutebook.model import item_key
from service.drafting import label, when
from service.facts import DECISION_ASKED, best_sentences
from service.papers import Asked, Papers
from service.schemas import Answer

MOST = 5  # meetings in a timeline
ONLY_NOTED = re.compile(r"^\s*that\s+(?:the\s+)?[\w\s'’,()/-]{0,80}?\bbe\s+(?:noted|received)\.?\s*$", re.I)


CAME_OF = re.compile(r"\bcame\s+of\b|\bcome\s+of\b", re.I)  # "what came of the item we looked at in March"


def timeline(papers: Papers, asked: Asked) -> Answer | None:
    if asked.periods and CAME_OF.search(asked.plan.corrected):  # the date is where it starts: then and since
        since = min(a for a, _ in asked.periods)
        hits = [h for h in asked.hits if h.node.meeting_date >= since]
    else:
        hits = [h for h in asked.hits if not asked.periods or in_periods(h.node.meeting_date.isoformat(),
                                                                             asked.periods)]
    by_meeting: dict[str, Hit] = {}
    for h in hits:
        if h.node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION):
            continue
        if h.node.meeting_key in by_meeting or not papers.supports(asked, h):
            continue
        by_meeting[h.node.meeting_key] = h
    if len(by_meeting) < 2:
        return None  # one meeting: the other routes say it better
    chosen = sorted(by_meeting.values(), key=lambda h: h.node.meeting_date, reverse=True)[:MOST]
    draft = papers.draft()
    decisions = asked.plan.confidence(Intent.RESOLUTION) >= 0.5 and bool(DECISION_ASKED.search(asked.plan.corrected))
    for h in chosen:
        meeting = papers.meeting_of(h, asked.filters.audience)
        if meeting is None:
            continue
        item = next((i for i in meeting.items if item_key(meeting.key, i.number, i.title) == h.node.item_key), None)
        head = f"{when(h.node.meeting_date)} — "
        # what was decided there, unless only that a report was noted (then what the meeting heard says more);
        # for "how has it come along" what the meeting heard first
        said_of = [r for r in item.resolutions if not ONLY_NOTED.match(r.text)] if item is not None else []
        kept = [] if decisions and said_of else best_sentences(papers, asked, [h], most=1)
        if item is not None and said_of and (decisions or not kept):
            r = max(said_of, key=lambda r: papers.cover(asked, r.text))
            said = f"{label(item.number, r.number, item.title, meeting.date)} ({item.title}): {r.text}"
            draft.say(head + said, papers.item_citation(meeting, item, r.text, r.number))
            continue
        if not kept:
            continue
        _, node, sentence = kept[0]
        cite = node.quoting(sentence)
        draft.say(f"{head}{cite.item_title}: {sentence}", cite)
    return draft.done() if len(draft.parts) >= 2 else None
