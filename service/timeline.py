"""Answers across meetings ("each time it came up", "since January 2018", "when did we last discuss X"): a short
timeline, newest first, one cited line per meeting: what the meeting heard on it and what it decided there."""

from __future__ import annotations

import re

from index.fusion import Hit
from index.intents import HELD_OVER_THEN, STAGES_ASKED
from index.nodes import IndexNode, NodeKind
from index.query import Intent, in_periods
from ingest.resolution_asks import is_action_line
from minutebook.dates import find_dates
from minutebook.model import Citation, Meeting, MinuteItem, Resolution
from minutebook.vocabulary import NOTED_THAT, REPORT_RECEIVED, TAKEN_UP_FROM
from service.drafting import label, when
from service.evidence import has_quantity, sentences, stems
from service.facts import DECISION_ASKED, best_sentences
from service.papers import Asked, Papers
from service.schemas import Answer

MOST = 5  # meetings in a timeline
ON_SUBJECT = 0.7  # a meeting's best item must score this share of the best meeting's (the support test's measure)
NAMED_NEAR = 0.95  # a meeting the question names by its date is on the subject at this share of the best's measure
HITS_PER_MEETING = 3  # a meeting's supported hits whose items its line may quote
# sentences with a figure a meeting's line quotes where the question asks how a thing moved: a report gives the
# figures of one thing in more than one sentence ("139 approved households ..." beside "the strategy aimed to recruit
# 25 a year"), and the one nearest the question's words is not always the one that moved
FIGURES_PER_MEETING = 2
ONLY_NOTED = re.compile(r"^\s*(?:\(\d+\)\s*)?that\s+(?:the\s+)?[\w\s'’,()/-]{0,80}?\bbe\s+(?:noted|received)"
                        r"(?:\s+and\s+its\s+contents\s+noted)?\.?\s*$", re.I)
# "what came of the item we looked at in March", "has the waiting list gone down since the january meeting": the date
# is where it starts, then and since
# ("they put it off in jan, what was decided in the end": January is when it was held over, the end came after)
CAME_OF = re.compile(r"\bcame\s+of\b|\bcome\s+of\b|\bsince\b|" + HELD_OVER_THEN, re.I)
# the words of a title that say which report on a subject it is, not the subject (stems)
SERIES_WORDS = frozenset(stems("report reports update updates progress six month monthly annual interim final review "
                               "briefing"))
SERIES_LEAST = 2  # subject words a title needs for another report's title to be its subject again
TITLED_FOR = 0.5  # an item whose title holds this share of the question's words is on its subject
# how a question asks how something moved between meetings ("how has on-call availability changed between the feb
# and june meetings", "has the waiting list gone up or down since march", "how do the figures compare"): each meeting's
# line gives its figure
CHANGE_ASKED = re.compile(r"\b(?:chang\w*|increas\w*|decreas\w*|mov(?:ed|ing)|shift\w*|compar\w*|trend\w*|"
                          r"gone\s+(?:up|down)|go(?:ne)?\s+up\s+or\s+down|went\s+(?:up|down)|r[io]s(?:e|en)|f[ae]ll(?:en)?|"
                          r"improv\w*|worse\w*|better)\b", re.I)

STAGES = re.compile(STAGES_ASKED, re.I)
# what a body did about a matter ("what did the parish council do about the housing allocation over the summer"):
# each meeting's line gives what it decided on the item it is quoted from, in whatever words the decision is put
DONE_ASKED = re.compile(
    r"\bwhat\s+(?:did|has|have|had)\s+(?:[\w'’&-]+\s+){1,5}?(?:do|done|doing)\s+(?:about|on|with|over)\b", re.I)
LONG_DECISION = 400  # a resolution longer than this is quoted by its own words on the subject, not whole


def timeline(papers: Papers, asked: Asked) -> Answer | None:
    if asked.periods and CAME_OF.search(asked.plan.corrected):  # the date is where it starts: then and since
        since = min(a for a, _ in asked.periods)
        hits = [h for h in asked.hits if h.node.meeting_date >= since]
    else:
        hits = [h for h in asked.hits if not asked.periods or in_periods(h.node.meeting_date.isoformat(),
                                                                             asked.periods)]
    by_meeting: dict[str, list[Hit]] = {}
    cover: dict[str, float] = {}  # meeting -> how well its best supported hit speaks to the question
    for h in hits:
        if h.node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION):
            continue
        held = by_meeting.get(h.node.meeting_key)
        if held is not None and len(held) >= HITS_PER_MEETING:
            continue
        if held is None and len(by_meeting) >= MOST:
            continue  # the meetings the best hits are from, not merely the newest
        if not papers.supports(asked, h):
            continue
        by_meeting.setdefault(h.node.meeting_key, []).append(h)
        measures = papers.support_measures(asked, h)
        if measures is None:
            continue
        weight = measures.coverage + papers.line[0] * measures.similarity  # the support test's own measure
        cover[h.node.meeting_key] = max(cover.get(h.node.meeting_key, 0.0), weight)
    named_near(papers, asked, hits, by_meeting, cover)
    # the meetings that took up the subject, not those whose items only share some of its words
    best = max(cover.values(), default=0.0)
    top = max(cover, key=lambda k: cover[k], default=None)
    series = {title_words(h.node.citation.item_title) for h in by_meeting.get(top, [])} if top else set()
    by_meeting = {k: hs for k, hs in by_meeting.items() if k in cover and (
        cover[k] >= ON_SUBJECT * best or any(same_series(title_words(h.node.citation.item_title), s)
                                             for h in hs for s in series))}
    taken_up_later(papers, asked, hits, by_meeting)
    if len(by_meeting) < 2:
        return None  # one meeting: the other routes say it better
    for key, meeting_hits in by_meeting.items():
        # a meeting's item titled for the subject ("Skate park, Riverside Green - resurfacing") is where it took it
        # up; another that speaks of it in passing (a resident's question in public participation, a row of the
        # clerk's action list) is not its line. The meeting took the subject up (a hit of it passed the support
        # test), so its titled item is its line even where that item's words alone sit under the support line
        titled = [h for h in [*meeting_hits, *(h for h in hits if h.node.meeting_key == key and h not in meeting_hits
                                               and h.node.kind not in (NodeKind.ATTENDANCE, NodeKind.DECLARATION))]
                  if papers.cover(asked, h.node.citation.item_title) >= TITLED_FOR]
        by_meeting[key] = titled[:HITS_PER_MEETING] or meeting_hits
    draft = papers.draft()
    # ("from the proposal to the final decision": what each stage put forward, and what it decided)
    decisions = asked.plan.confidence(Intent.RESOLUTION) >= 0.5 and bool(DECISION_ASKED.search(asked.plan.corrected)) \
        and not STAGES.search(asked.plan.corrected)
    for meeting_hits in sorted(by_meeting.values(), key=lambda hs: hs[0].node.meeting_date, reverse=True):
        meeting = papers.meeting_of(meeting_hits[0], asked.filters.audience)
        if meeting is None:
            continue
        line = meeting_line(papers, asked, meeting, meeting_hits, decisions=decisions)
        if line:
            draft.line(f"{when(meeting.date)} — ", line)
    return draft.done() if len(draft.parts) >= 2 else None


def named_near(papers: Papers, asked: Asked, hits: list[Hit], by_meeting: dict[str, list[Hit]],
               cover: dict[str, float]) -> None:
    """Add to ``by_meeting`` (and ``cover``) the best hits of each meeting the question names by its date ("between
    the jan and march meetings", "the june mtg vs september") that no supported hit came from, where they score
    nearly as well as the best meeting's (:data:`NAMED_NEAR`): the question says the subject came up at each, and
    one meeting's item may word it a little further from the question ("Sickness Absence - Deep Dive" after
    "Sickness absence stood at 10.4 days"). Nothing where the question names fewer than two meetings, or none
    of its meetings passed the support test."""
    periods = list(dict.fromkeys(asked.periods))
    best = max(cover.values(), default=0.0)
    if len(periods) < 2 or not best:
        return
    for period in periods:
        if any(in_periods(hs[0].node.meeting_date.isoformat(), [period]) for hs in by_meeting.values()):
            continue
        for h in hits:
            if h.node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION) \
                    or not in_periods(h.node.meeting_date.isoformat(), [period]):
                continue
            held = by_meeting.get(h.node.meeting_key, [])
            measures = papers.support_measures(asked, h)
            if len(held) >= HITS_PER_MEETING or measures is None or not measures.coverage:
                continue
            weight = measures.coverage + papers.line[0] * measures.similarity
            if weight >= NAMED_NEAR * best:
                by_meeting.setdefault(h.node.meeting_key, []).append(h)
                cover[h.node.meeting_key] = max(cover.get(h.node.meeting_key, 0.0), weight)


TAKEN_UP = re.compile(rf"\b(?:{TAKEN_UP_FROM.form})", re.I)
OPENING = 300  # characters of an item's text after its title where it says which earlier minute it takes up


def taken_up_later(papers: Papers, asked: Asked, hits: list[Hit], by_meeting: dict[str, list[Hit]]) -> None:
    """Add to ``by_meeting`` each later meeting's item among ``hits`` that says it takes up an item of a meeting
    already there ("Skate park CCTV (deferred from 11 February 2030, Minute 122)"): the meeting that settled what the
    other put off, however differently the question words the subject ("the skate park camera" for "CCTV")."""
    kept: list[tuple[Meeting, MinuteItem]] = []
    for meeting_hits in by_meeting.values():
        meeting = papers.meeting_of(meeting_hits[0], asked.filters.audience)
        if meeting is not None:
            kept += [(meeting, i) for i in _items(meeting, [h.node.item_key for h in meeting_hits])]
    for h in hits:
        key = h.node.meeting_key
        if key in by_meeting or h.node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION):
            continue
        meeting = papers.meeting_of(h, asked.filters.audience)
        item = meeting.keyed_items().get(h.node.item_key) if meeting is not None else None
        if meeting is None or item is None:
            continue
        opening = f"{item.title}\n{item.text[:OPENING]}"
        said = TAKEN_UP.search(opening)
        if said is not None and any(
                earlier.date < meeting.date and (earlier.committee, earlier.council) == (meeting.committee,
                                                                                       meeting.council)
                and names_minute(opening[said.end():], earlier, earlier_item) for earlier, earlier_item in kept):
            by_meeting[key] = [h]


def names_minute(words: str, meeting: Meeting, item: MinuteItem) -> bool:
    """Do ``words`` (after "deferred from") name ``item`` of ``meeting``: its minute number, or the meeting's day?"""
    if item.number and re.search(rf"\b(?:minute|min|item)\.?\s+(?:no\.?\s*)?{re.escape(item.number)}(?![\w/])",
                                 words, re.I):
        return True
    return any(d.date == meeting.date for d in find_dates(words[:80], meeting.date, prefer_future=False))


def meeting_line(papers: Papers, asked: Asked, meeting: Meeting, hits: list[Hit], *,
                 decisions: bool) -> list[tuple[str, Citation]]:
    """One meeting's line: the sentence of its items that best answers the question, and what was decided on
    the item (unless only that a report was noted); for "what did we decide each time", the decision alone where
    there is one."""
    items = _items(meeting, [h.node.item_key for h in hits])
    # what the meeting heard, beside what it decided: not a resolution's own words again
    decided = [" ".join(r.text.split()) for i in items for r in i.resolutions if len(r.text) >= 12]

    def said_again(text: str) -> bool:
        return any(d in " ".join(text.split()) for d in decided)

    kept: list[tuple[int, IndexNode, str]] = []
    if CHANGE_ASKED.search(asked.plan.corrected):  # how it moved: each meeting's figure, where its items give one
        kept = best_sentences(papers, asked, hits, most=FIGURES_PER_MEETING, plain=True,
                              leave_out=lambda text: said_again(text) or not has_quantity(text))
    kept = kept or best_sentences(papers, asked, hits, most=1, plain=True, leave_out=said_again)
    # a sentence saying only what the meeting was given ("The panel received an update ... on the condition of
    # Westcroft Pool"): what it was told is the sentence after it
    if kept and RECEIVED.search(kept[0][2]) and not has_quantity(kept[0][2]):
        told = sentence_after(meeting, kept[0][1].item_key, kept[0][2])
        if told is not None and not said_again(told):
            kept.append((kept[0][0], kept[0][1], told))
    if kept:  # the item of the quoted sentence decides; else the best hit's item with a decision on the subject
        items = _items(meeting, [kept[0][1].item_key]) + items
    decision = next(((i, r) for i in items for r in [decision_on(papers, asked, i)] if r is not None), None)
    node: IndexNode | None = kept[0][1] if kept else None
    out: list[tuple[str, Citation]] = []
    if node is not None and not (decisions and decision is not None):
        for n, (_, piece_node, piece) in enumerate(kept):  # a list entry comes after its short lead-in
            cite = piece_node.quoting(piece)
            out.append((f"{cite.item_title}: {piece}" if n == 0 else piece, cite))
    # a decision on the subject, or the decision of an item titled for it ("DEFERRED GRANT APPLICATION - BRACKMOOR
    # YOUTH BRASS": "It was RESOLVED to award £700 towards new music stands")
    own_item = bool(kept) and decision is not None and decision[0] is items[0]  # the quoted sentence's item decides
    if decision is not None and (not out or papers.cover(asked, decision[1].text) > 0
                                 or papers.cover(asked, decision[0].title) >= TITLED_FOR
                                 or (own_item and DONE_ASKED.search(asked.plan.corrected) is not None)):
        item, r = decision
        if out:  # after what the meeting heard, on the same line: the minute without the date again
            where = f"Minute {item.cited}{f'({r.number})' if r.number else ''}" if item.number else ""
            said = f"Resolved ({where}): {r.text}" if where else f"Resolved: {r.text}"
        else:
            said = f"{label(item.cited, r.number, item.title, meeting.date)} ({item.title}): {r.text}"
        if not (out and " ".join(r.text.split()) in " ".join(" ".join(p for _, _, p in kept).split())):
            out.append((said, papers.item_citation(meeting, item, r.text, r.number)))
            # a decision in numbered parts, short enough to read whole ("1. to accept the transfer ... with effect
            # from 1 October 2024; 2. to fund the repairs of £6,200 ...; 3. ..."): the meeting decided all of them
            out += [(f"({p.number}) {p.text}", papers.item_citation(meeting, item, p.text, p.number))
                    for p in other_parts(item, r)]
    return out


def other_parts(item: MinuteItem, r: Resolution) -> list[Resolution]:
    """The other numbered parts of the decision ``r`` is a part of, where all its parts together are short (at most
    :data:`LONG_DECISION` characters); none where ``r`` is not numbered, or is one of many decisions of a long item."""
    parts = [p for p in item.resolutions if p.number and not ONLY_NOTED.match(p.text) and not is_action_line(p.text)]
    if not r.number or r not in parts or len(parts) < 2 or sum(len(p.text) for p in parts) > LONG_DECISION:
        return []
    return [p for p in parts if p is not r]


RECEIVED = re.compile(REPORT_RECEIVED.form, re.I)
REMARKED = re.compile(NOTED_THAT.form, re.I)


def sentence_after(meeting: Meeting, item_key: str, said: str) -> str | None:
    """The sentence of the item that follows ``said`` in its minute, verbatim; None where ``said`` ends it."""
    item = meeting.keyed_items().get(item_key)
    if item is None:
        return None
    flat = " ".join(said.split())
    lines = sentences(item.text)
    at = next((n for n, s in enumerate(lines) if flat in " ".join(s.split()) or " ".join(s.split()) in flat), None)
    return lines[at + 1] if at is not None and at + 1 < len(lines) else None


def title_words(title: str) -> frozenset[str]:
    """An item title's words that name its subject, not which report on it this is ("- Progress Report")."""
    return frozenset(t for t in stems(title) if t not in SERIES_WORDS)


def same_series(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is one title the other's subject again ("Fostering Recruitment and Placement Sufficiency - Progress Report"
    after "Fostering Recruitment and Placement Sufficiency"): a report the committee asked to have back?"""
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= SERIES_LEAST and shorter <= longer


def _items(meeting: Meeting, keys: list[str]) -> list[MinuteItem]:
    by_key = meeting.keyed_items()
    return [by_key[k] for k in dict.fromkeys(keys) if k in by_key]


def decision_on(papers: Papers, asked: Asked, item: MinuteItem) -> Resolution | None:
    """The item's resolution most on the question, leaving out those that only note a report and long ones that
    hold none of the question's words."""
    said = [r for r in item.resolutions if not ONLY_NOTED.match(r.text)]
    # what it decided, not the action line under the decision ("ACTION: Town Clerk - obtain a second quote ...")
    said = [r for r in said if not is_action_line(r.text)] or said
    if not said:
        return None
    # on a par with the question, the one that prints more of its words as asked ("b) ... showing total funds of
    # £58,931.42" before "a) ... payments totalling £3,276.80", asked the total funds), and what was decided before a
    # remark noted in discussion ("Members noted that ...")
    best = max(said, key=lambda r: (papers.cover(asked, r.text), len(set(asked.terms) & set(stems(r.text))),
                                    not REMARKED.search(r.text)))
    if len(best.text) > LONG_DECISION and papers.cover(asked, best.text) == 0:
        return None
    return best
