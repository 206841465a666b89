"""A decision asked for, where the papers record the matter never came to one.

"Wrexley cricket club pavilion extension - what did members decide" meets "Application 36/0112/FUL (Wrexley Cricket
Club pavilion extension) was withdrawn from the agenda before the meeting"; "the deputy PCC confirmation hearing - was
the candidate backed" meets "the panel was no longer quorate ... and the confirmation hearing could not proceed";
"Dunlarrig retained station, was closure agreed in June" meets March's "Deferred to June 2036 meeting", the papers
holding no June meeting. The passage is on the subject and says it was taken off the agenda, could not be taken, or
was put off to a meeting the papers do not hold: there is no decision to give. A resolution on the subject among the
quotes answers ("That the decision to close the centre be withdrawn" is a decision), as does a deferral asked of the
meeting that made it ("what did the committee decide on the car park charges": "deferred pending a survey"). The
words are committee usage (minutebook.vocabulary.NOT_TAKEN_SAID, DEFERRED_SAID).
"""

from __future__ import annotations

import re

from index.query import in_periods
from minutebook.dates import find_dates
from minutebook.vocabulary import DEFERRED_SAID, NOT_TAKEN_SAID, WHETHER_DECIDED_ASKED, compiled
from service.answer_types import item_texts
from service.evidence import records_decision, sentences, stems
from service.papers import Asked, Papers
from service.pending import asks_outcome, beside
from service.schemas import Answer

NOT_TAKEN = compiled((NOT_TAKEN_SAID,), r"\b{}")
PUT_OFF = re.compile(rf"\b(?:{DEFERRED_SAID.form})", re.I)
WHETHER_DECIDED = re.compile(WHETHER_DECIDED_ASKED.form, re.I)
ROUTES = ("facts", "resolved", "resolved_on_point")
DECIDING = frozenset(stems("decide decided decision approve approved agree agreed back backed support supported "
                           "endorse endorsed confirm confirmed accept accepted ratify ratified reject rejected "
                           "refuse refused grant granted pass passed choose chosen appoint appointed members "
                           "committee"))


def undecided_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why there is no decision to give: the quotes on the subject say it was withdrawn or could not be taken, or put
    off to a time the question names that no meeting cited is of; None where a quote on the subject decides it."""
    question = asked.question
    if route not in ROUTES or not answer.citations \
            or not (asks_outcome(question) or WHETHER_DECIDED.search(question)):
        return None
    # (the words of deciding are not the subject: "- approved in may?" is not on the next row's "Approved at ...")
    subject = [t for t in asked.subject if t not in DECIDING] or list(asked.subject) or list(asked.terms)
    # each cited item read whole: the quote may be its opening ("The Commissioner introduced the report on her
    # proposed appointment"), the item going on to say the hearing could not proceed
    read = {(c.meeting_date, c.item_title, s): c for c in answer.citations
            for text in (c.quote, *item_texts(papers, asked, c)) for s in sentences(text)}
    near = [(c, s, words) for (_, _, s), c in read.items() for words in [beside(asked, subject, s)[0]] if words]
    if any(records_decision(s) and not NOT_TAKEN.search(s) and not PUT_OFF.search(s) for _, s, _ in near):
        return None  # a decision on it, whatever else was put off
    if any(NOT_TAKEN.search(words) for _, _, words in near):
        return "The papers record no decision on it: it was withdrawn, or could not be taken, at that meeting."
    # (the times the question names, whether or not the papers hold a meeting then)
    months, periods = asked.plan.months, asked.periods or asked.plan.periods
    if not periods and not months:
        return None
    for c, s, words in near:
        if not PUT_OFF.search(words):
            continue
        # put off to a day the question names ("deferred to the June 2036 meeting", asked "was it agreed in june"),
        # and no quote from a meeting of then
        to = [f.date for f in find_dates(s[PUT_OFF.search(s).end():], c.meeting_date)]  # type: ignore[union-attr]
        named = [d for d in to if d > c.meeting_date and (d.month in months or (
            periods and in_periods(d.isoformat(), periods)))]
        if named and not any(o.meeting_date > c.meeting_date for o in answer.citations):
            return "The papers record it only as put off to that meeting, whose minutes they do not hold."
    return None
