"""Which business the press and public were excluded for, where the question asks it ("did they chuck the press out,
and for which item") and the exclusion names the item by its number only ("excluded from the meeting during
consideration of item 4"): the item's title as the meeting's papers open to the reader print it, from the item itself
or a line naming it with its number ("Agenda Item 4 – Land Management", "item 10 (Lease of the Millbrook Field
allotments)"). The private business itself is never quoted: only what a public line says it is."""

from __future__ import annotations

import re

from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import EXCLUSION, ONE_ITEM_EXCLUDED, compiled
from service.drafting import label
from service.evidence import sentences
from service.papers import Asked, Papers
from service.question_parts import with_part
from service.schemas import Answer

_EXCLUDED = compiled(EXCLUSION[:3])
_NEXT_ITEM = re.compile(ONE_ITEM_EXCLUDED.form, re.I)  # "excluded ... during consideration of the following item"
# "and for which item", "what item was it for", "for what business"
ITEM_ASKED = re.compile(r"\b(?:which|what)\s+(?:agenda\s+)?(?:items?|business|matters?|reports?)\b|\bfor\s+what\b",
                        re.I)
NAMED_ITEM = re.compile(r"\b(?:agenda\s+)?items?\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\b(?!\s*[./]\s*\d)", re.I)


def with_item_excluded_for(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the title of the item the press and public were excluded for, where it quotes the exclusion
    and the question asks which item (see the module's doc)."""
    if not answer.found or not ITEM_ASKED.search(asked.question):
        return answer
    for cite in answer.citations:
        if not _EXCLUDED.search(cite.quote):
            continue
        hit = next((h for h in asked.hits if h.node.citation.meeting_date == cite.meeting_date
                    and h.node.citation.item_title == cite.item_title), None)
        meeting = papers.meeting_of(hit, asked.filters.audience) if hit is not None else None
        if meeting is None:
            continue
        excluding = next((i for i in meeting.items if i.title == cite.item_title), None)
        for number in excluded_numbers(meeting, excluding):
            found = named_item(meeting, number, excluding)
            if found is not None:
                item, line = found
                draft = papers.draft()
                draft.say(f"{label(item.cited, None, item.title, meeting.date)} ({item.title}): {line}",
                          papers.item_citation(meeting, item, line))
                return with_part(answer, draft.done())
    return answer


def excluded_numbers(meeting: Meeting, excluding: MinuteItem | None) -> list[str]:
    """The numbers of the items an exclusion is for: those its minute or its agenda entry name ("during consideration
    of item 4"), or the next item's where it is "for the following item"."""
    if excluding is None:
        return []
    agenda = [a.text for a in meeting.agenda if a.title == excluding.title or (
        excluding.number is not None and a.number == excluding.number)]
    texts = [excluding.text, *agenda]
    numbers = [n for t in texts for n in NAMED_ITEM.findall(t)]
    if any(_NEXT_ITEM.search(t) for t in texts) and excluding.number is not None and excluding.number.isdigit():
        numbers.append(str(int(excluding.number) + 1))
    return list(dict.fromkeys(numbers))


def named_item(meeting: Meeting, number: str, excluding: MinuteItem | None) -> tuple[MinuteItem, str] | None:
    """The item ``number`` of the meeting as its open papers say what it is: a line of another item naming it with its
    number and title ("Agenda Item 4 – Land Management"), else the item itself (its first sentence), where the reader
    may see it."""
    named = re.compile(rf"\b(?:agenda\s+)?item\s+{re.escape(number)}\s*(?:[–—-]\s*|\()(?-i:[A-Z])", re.I)
    for item in meeting.items:
        if item is excluding:
            continue
        line = next((s for s in sentences(item.text) if named.search(s)), None)
        if line is not None:
            return item, line
    own = next((i for i in meeting.items if i.number == number and i is not excluding), None)
    if own is not None and (first := next(iter(sentences(own.text)), None)):
        return own, first
    return None
