"""Answers to "what was resolved": the resolutions of the matching minutes, newest first, quoted whole."""

from __future__ import annotations

from index.fusion import Hit
from index.nodes import NodeKind
from index.query import in_periods
from minutebook.model import Meeting, MinuteItem, item_key
from service.drafting import label
from service.evidence import stems
from service.facts import best_sentences, say_sentences
from service.papers import ITEM_SUPPORT, Asked, Papers
from service.schemas import Answer


def resolved(papers: Papers, asked: Asked) -> Answer | None:
    plan = asked.plan
    minute_hits = [h for h in asked.hits[:6] if h.node.doc_kind == "minutes"
                   and h.node.kind in (NodeKind.RESOLUTION, NodeKind.PASSAGE)]
    if asked.periods:
        minute_hits = [h for h in minute_hits if in_periods(h.node.meeting_date.isoformat(), asked.periods)]
    chosen: list[tuple[Hit, MinuteItem, Meeting]] = []
    for h in minute_hits:
        if papers.support(asked, h.node.item_key) < ITEM_SUPPORT:
            continue
        if chosen and (h.score < 0.6 * chosen[0][0].score or asked.periods):
            continue
        meeting = papers.catalogue.meeting(h.node.meeting_key, asked.filters.audience)
        item = next((i for i in meeting.items if item_key(meeting.key, i.number, i.title)
                     == h.node.item_key), None)  # fmt: skip
        if item is None or not item.resolutions:
            continue
        if any(m.key == meeting.key for _, _, m in chosen):
            continue
        chosen.append((h, item, meeting))
        if len(chosen) == 3:
            break
    if not chosen:
        return None
    # an item whose own title and resolutions are not on the subject (the previous meeting's minutes,
    # approved "as a correct record") only mentions it in passing: leave it out if any other speaks to it
    on_subject = [c for c in chosen if papers.weights.coverage(
        list(asked.terms), set(stems(" ".join([c[1].title, *(r.text for r in c[1].resolutions)])))) >= 0.5]
    chosen = on_subject or chosen[:1]
    draft = papers.draft()
    for _, item, meeting in sorted(chosen, key=lambda c: c[2].date, reverse=True):
        for r in item.resolutions:
            head = label(item.number, r.number, item.title, meeting.date)
            draft.say(f"{head} ({item.title}): {r.text}", papers.item_citation(meeting, item, r.text, r.number))
    said = set(stems(" ".join(r.text for _, i, _ in chosen for r in i.resolutions)))
    if papers.weights.coverage(list(asked.terms), said) < ITEM_SUPPORT:
        # the resolutions do not speak to what was asked ("what did the workshop recommend about X"):
        # add the item's own words on it
        say_sentences(draft, best_sentences(papers, asked, [chosen[0][0]], most=2))
    return draft.done()
