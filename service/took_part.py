"""Who took part in something the minutes report apart from the meeting itself: "which councillors attended the
site visit at harker fold", "who went on the workshop". The meeting's attendance record does not say who went; the
item reporting the event does ("The Development Manager reported that members had visited the Harker Fold site ...
Councillors Ellison, Grange ... had attended"): its sentence naming those who took part is the answer, after the one
reporting the event where that comes first."""

from __future__ import annotations

import re

from index.nodes import NodeKind
from minutebook.vocabulary import EVENTS_HELD, HONORIFICS, TOOK_PART_ASKED, TOOK_PART_SAID
from service.drafting import label, when
from service.evidence import sentences, stems
from service.papers import Asked, Papers
from service.schemas import Answer

TOOK_PART = re.compile(TOOK_PART_ASKED.form, re.I)
TAKING_PART = re.compile(TOOK_PART_SAID.form, re.I)
EVENT = re.compile(rf"\b(?:{EVENTS_HELD.form})\b", re.I)
NAMED = re.compile(rf"\b(?i:{HONORIFICS.form})\.?\s+[A-Z][\w'’-]+")
RECORD_LINE = re.compile(r"^\W*(?:present|apolog\w*|absent|in\s+attendance)\b", re.I)
PASSAGES = 3  # the best passages of the business read for the event's report


def took_part_named(sentence: str) -> bool:
    """Does ``sentence`` name people as taking part ("Councillors Ellison, Grange ... had attended")? (Not a record's
    own line, "Present: Councillor ...", which is the meeting's.)"""
    return bool(NAMED.search(sentence) and TAKING_PART.search(sentence)) and not RECORD_LINE.match(sentence)


def event_attendance(papers: Papers, asked: Asked) -> Answer | None:
    """The answer to who took part in an event other than the meeting (a site visit, a workshop; not a hearing,
    whose parties its minute lists as a record), from the first of the best passages of the business that reports
    it naming those who took part; None where the question asks no such thing, or no such passage is found."""
    event = EVENT.search(asked.question)
    if event is None or event.group(0).lower().startswith("hearing") or not TOOK_PART.search(asked.question):
        return None
    # (the passages of the business, not the meetings' records, which a question of attendance brings first)
    passages = [h for h in asked.hits if h.node.kind != NodeKind.ATTENDANCE][:PASSAGES]
    event_words = set(stems(event.group(0)))
    for hit in passages:
        if not any(took_part_named(s) for s in sentences(hit.node.body)) or not papers.supports(asked, hit):
            continue  # (the event asked, "the harker fold site visit", not another's)
        meeting = papers.meeting_of(hit, asked.filters.audience)
        item = meeting.keyed_items().get(hit.node.item_key) if meeting is not None else None
        if meeting is None or item is None:
            continue
        said = sentences(item.text)
        k = next((k for k, s in enumerate(said) if took_part_named(s)), None)
        if k is None:
            continue
        # the sentence reporting the event, where the one naming who took part does not name it itself
        reported = [said[k - 1]] if k > 0 and not set(stems(said[k])) & event_words else []
        draft = papers.draft()
        lead = f"{label(item.cited, None, item.title, meeting.date)} ({item.title}):" if item.cited \
            else f"{meeting.committee}, {when(meeting.date)}:"
        for n, s in enumerate([*reported, said[k]]):
            draft.say(f"{lead} {' '.join(s.split())}" if n == 0 else " ".join(s.split()),
                      papers.item_citation(meeting, item, s))
        return draft.done()
    return None
