"""What became of a matter a meeting held over, asked as people ask it ("the ropeworks flats got put off in march -
what happened to it", "the enforcement figures that got bumped - did they come to the next one"): the later minute
that says it takes the matter up ("(Deferred from the meeting on 9 March 2032.)"), quoted for what it heard and what
it decided, the matter completed (it came back and was dealt with).

Only the question's best hits are read: the later minute is among them where it is on the subject. A question asking
also how it was decided in the end ("they put it off in jan, what was decided in the end") is the timeline's: both
meetings, one line each (:mod:`service.timeline`).
"""

from __future__ import annotations

import dataclasses
import re

from index.intents import HELD_OVER_THEN
from index.nodes import NodeKind
from minutebook import vocabulary as v
from minutebook.errors import NotFoundError
from minutebook.model import ActionStatus, Citation, Meeting, MinuteItem
from service.drafting import label
from service.evidence import asks_quantity, has_quantity, sentences, stems
from service.facts import best_sentences, say_sentences
from service.papers import Asked, Papers
from service.said_status import SUBJECT_MATCH, subject_terms
from service.schemas import Answer
from service.timeline import decision_on

HELD = re.compile(rf"\b(?:{v.HELD_OVER_WORDS.form})\b", re.I)
ASKED = re.compile(r"\b(?:" + v.HELD_OVER_ASKED.form.replace("{held}", v.HELD_OVER_WORDS.form) + ")", re.I)
THEN = re.compile(HELD_OVER_THEN, re.I)
TAKEN_UP = re.compile(rf"\b(?:{v.TAKEN_UP_FROM.form})", re.I)
PUT_OFF_AGAIN = re.compile(rf"\b(?:{v.DEFERRED_SAID.form})\b", re.I)
OPENING = 300  # characters of an item after its title where it says which earlier meeting's item it takes up
PARENTHESIS = re.compile(r"^\s*\([^()]*\)\.?\s*$")  # a note in brackets alone ("(Taken as urgent.)"): no business
READ = 8  # of the question's best hits, those read for the later minute


def asks_held_over(asked: Asked) -> bool:
    """Does the question say a matter was put off and ask what became of it (not how it was decided in the end,
    which the timeline tells)?"""
    return bool(ASKED.search(asked.question)) and not THEN.search(asked.question)


def held_over(papers: Papers, asked: Asked) -> Answer | None:
    """The later minute taking up the held-over matter asked of, on its subject: its opening and its decision;
    None where no such minute is among the best hits."""
    return _taken_up(papers, asked, put_off=False)


def put_off_taken_up(papers: Papers, asked: Asked) -> Answer | None:
    """As :func:`held_over`, for a question that asks where a matter stands without saying it was put off ("did
    members actually do the site visit"): only a later minute saying the matter was put off ("(Deferred from the
    meeting on 20 January.)"), not one taking up an earlier minute's ask ("Further to minute 45, ..."), whose own
    action the question may ask after."""
    return _taken_up(papers, asked, put_off=True)


def _taken_up(papers: Papers, asked: Asked, *, put_off: bool) -> Answer | None:
    """The later minute taking up the matter asked of (``put_off``: one saying the matter was put off)."""
    # (the words putting it off are the question's frame: "got bumped" is no word of the minute taking it up)
    frame = set(stems(" ".join(m.group(0) for m in HELD.finditer(asked.question))))
    asked = dataclasses.replace(asked, terms={t: w for t, w in asked.terms.items() if t not in frame})
    subject = subject_terms(asked)
    if not subject:
        return None
    since = min((start for start, _ in asked.periods), default=None)  # "put off in march": taken up after it
    found: list[tuple[float, int, Meeting, MinuteItem]] = []
    for rank, h in enumerate(asked.hits[:READ]):
        if h.node.kind in (NodeKind.ATTENDANCE, NodeKind.DECLARATION):
            continue
        meeting = papers.meeting_of(h, asked.filters.audience)
        item = meeting.keyed_items().get(h.node.item_key) if meeting is not None else None
        taken = TAKEN_UP.search(f"{item.title}\n{item.text[:OPENING]}") if meeting is not None and item else None
        if meeting is None or item is None or taken is None or (put_off and not HELD.search(taken.group(0))):
            continue
        if since is not None and meeting.date < since:
            continue
        cover = papers.cover(asked, (item.title, item.text), subject)
        if cover >= SUBJECT_MATCH:
            found.append((cover, -rank, meeting, item))
    if not found:
        return None
    _, _, meeting, item = max(found, key=lambda f: (f[0], f[1]))
    key = meeting.key_of(item)
    decision = decision_on(papers, asked, item)
    decided = " ".join(decision.text.split()) if decision is not None else ""
    # what the later meeting heard: the minute's opening after the words taking it up, and, where figures are asked
    # and the opening gives none, its sentence with a figure best on the subject
    opening = next((s for s in sentences(item.text) if not TAKEN_UP.search(s) and " ".join(s.split()) not in decided
                    and not PARENTHESIS.match(s)), None)
    draft = papers.draft()
    if opening is not None:
        draft.say(f"{label(item.cited, None, item.title, meeting.date)} ({item.title}): {opening}",
                  papers.item_citation(meeting, item, opening))
    if asks_quantity(asked.question) and not (opening and has_quantity(opening)):
        say_sentences(draft, best_sentences(
            papers, asked, [h for h in asked.hits if h.node.item_key == key], most=1, plain=True,
            leave_out=lambda text: not has_quantity(text) or bool(TAKEN_UP.search(text))
            or (bool(decided) and " ".join(text.split()) in decided)))
    if decision is not None:
        lead = label(item.cited, decision.number, item.title, meeting.date)
        draft.say(f"{lead} ({item.title}): {decision.text}",
                  papers.item_citation(meeting, item, decision.text, decision.number))
    # (dealt with when taken up, unless put off again: "Deferred again for a site visit")
    again = any(PUT_OFF_AGAIN.search(s) for s in sentences(item.text) if not TAKEN_UP.search(s))
    return draft.done(status=None if again else ActionStatus.COMPLETED)


def with_taken_up(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` to a question saying a matter was held up and asking what became of it ("the school closure got
    called in - what did cabinet do after", "the extension that got put off - what happened"), completed where it
    cites a later minute that says it takes the matter up ("Call-in - Closure of ... (CAB 34)", "(DEFERRED ITEM)") and
    decides on it, not putting it off again; unchanged otherwise, or where it has a status already."""
    if answer.status is not None or not answer.found or not (ASKED.search(asked.question)
                                                             or THEN.search(asked.question)):
        return answer
    for cite in answer.citations:
        try:
            meeting = papers.meeting(meeting_key_of(papers, asked, cite) or "", asked.filters.audience)
        except NotFoundError:
            continue
        item = papers.item_cited(meeting, cite)
        if item is None or not item.resolutions or not TAKEN_UP.search(f"{item.title}\n{item.text[:OPENING]}"):
            continue
        if any(PUT_OFF_AGAIN.search(s) for s in sentences(item.text) if not TAKEN_UP.search(s)):
            continue
        return answer.model_copy(update={"status": ActionStatus.COMPLETED})
    return answer


def meeting_key_of(papers: Papers, asked: Asked, cite: Citation) -> str | None:
    """The key of the meeting a citation of the answer quotes, from the hits it came from."""
    return next((h.node.meeting_key for h in asked.hits if h.node.meeting_date == cite.meeting_date
                 and h.node.citation.item_title == cite.item_title and h.node.citation.document == cite.document),
                None)
