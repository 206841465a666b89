"""What a question asks for in particular, and whether an answer's quotes hold it.

A route answers from the right place and still may not answer: the attendance record of a meeting whose minutes
do not say who chaired it; a declarations minute that lists the items members were briefed on but records no
interest declared; a decision asked for where the minutes record none (a hearing's minutes that stop before the
outcome, an item taken in private). Each check reads the question for its particular ask and the answer's
verbatim quotes for the words that would give it; an answer without them is refused, saying what the papers do
not record. Nothing here names a council or a paper: the words are council usage.
"""

from __future__ import annotations

import re

from index.query import Intent, in_periods
from minutebook.dates import find_dates
from minutebook.model import Citation
from minutebook.vocabulary import DECLARED, INTEREST_KINDS, NO_DECLARATIONS
from service.evidence import asks_decision, counted, has_quantity, records_decision, stems
from service.facts import FIGURE_SUPPORT
from service.papers import Asked, Papers, phrased
from service.schemas import Answer

# "who chaired", "who was in the chair", "who presided": the chair alone, no other part of the attendance record
CHAIR_ASKED = re.compile(r"\b(?:chair(?:ed|ing|man|person|woman)?|presid\w*|in\s+the\s+chair)\b", re.I)
OTHER_RECORDS_ASKED = re.compile(r"\b(?:apolog\w*|attend\w*|present|absent|turned\s+up|came|make\s+it|off|late|"
                                 r"substitut\w*|declar\w*|interests?|next|vice)\b", re.I)
# how minutes say who chaired: "(in the Chair)", "Chairman", "Presiding", a mayor or convener presiding
CHAIR_SAID = re.compile(r"\b(?:chair\w*|presid\w*|conven[eo]r|provost|mayor|cadeirydd)\b", re.I)
# "who declared", "which councillors declared", "did anyone declare": a member is asked for
WHO_DECLARED = re.compile(r"\b(?:who|which\s+(?:\w+\s+)?(?:councillors?|members?)|any(?:one|body)|"
                          r"did\s+(?:cllr|councillor|mr|mrs|ms|dr)\b)", re.I)
SUBJECT = FIGURE_SUPPORT  # share of the question's term weight a decision's sentence (with its item's title) must
# hold, as a figure's sentence must
DECLARATION_SAID = re.compile(
    rf"\b(?:declar\w*|interests?|{INTEREST_KINDS.form}|withdr[ae]w\w*|left\s+the\s+(?:room|meeting)|"
    rf"took\s+no\s+part|dispensation)\b|{NO_DECLARATIONS.form}|\b(?:{DECLARED.form})\b[^.]{{0,80}}\binterest",
    re.I | re.M)


def unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why ``answer`` (by the route named ``route``) does not give what the question asks for in particular: a
    reason to refuse; None when it does, or asks for nothing in particular."""
    if not answer.found:
        return None
    quotes = [c.quote for c in answer.citations]
    said = "\n".join(quotes)
    question = asked.plan.corrected
    plan = asked.plan
    if CHAIR_ASKED.search(question) and plan.confidence(Intent.ATTENDANCE) >= 0.5 \
            and not OTHER_RECORDS_ASKED.search(question) and not CHAIR_SAID.search(said):
        return "The minutes do not say who chaired that meeting."
    top = max(plan.intents, key=lambda i: plan.intents[i]) if plan.intents else None
    if route != "declarations" and top == Intent.DECLARATION and WHO_DECLARED.search(question) \
            and not DECLARATION_SAID.search(said):
        # the declarations route quotes the record it found; another route's words on the item must say it
        return "The minutes record no interest declared that answers this."
    kind = asks_decision(question)
    if kind and route == "facts" and top in (Intent.RESOLUTION, None) and not any(
            records_decision(c.quote, kind) and papers.cover(asked, (c.item_title, c.quote), asked.subject)
            >= SUBJECT for c in answer.citations):
        # the routes of resolutions quote what was decided; the facts route's sentences must record it, on the
        # subject: not a table's "Recommendations" column head, nor another row's "Resolved in October 2019 ..."
        return f"The papers record no {kind} on it."
    thing = counted(asked.plan.corrected)
    if thing and route != "attendance" and thing in asked.terms and not any(  # attendance counts its own record
            has_quantity(c.quote) and counts(asked, thing, c.quote) and of_when(asked, c) for c in answer.citations):
        # "how many children in care in September 2018" met by "the big 2 things affecting this", or by a figure
        # of January's: not a figure of what is counted, when it is asked
        return "The papers give no figure of that" + (" for when it is asked." if asked.periods else ".")
    return None


def of_when(asked: Asked, cite: Citation) -> bool:
    """Can the quote give a figure of the periods the question names: from a meeting held in or after the first
    (a figure is reported once it is known: "summer 2023's" in November), or printing a date in one?"""
    if not asked.periods or cite.meeting_date >= min(a for a, _ in asked.periods):
        return True
    return any(in_periods(f.date.isoformat(), asked.periods) for f in find_dates(cite.quote, cite.meeting_date))


def counts(asked: Asked, thing: str, sentence: str) -> bool:
    """Does ``sentence`` name what the question counts, in its words or another wording of them?"""
    present = set(stems(sentence))
    together, apart = phrased(asked, sentence)
    return thing not in apart and (asked.has(thing, present) or thing in together)
