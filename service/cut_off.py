"""Quotes from a paper whose text stops mid-sentence.

Papers reach the store cut short: a web page saved to a length, a PDF's text layer that ends early. The last item
then ends in the middle of a word or a sentence: "Arising under item 7 (Street Lighting Innovative Energy Saving
Upda", "Action: Cllr Leone to draft a newsletter to resid", "Cllr Holiday advised tenant with all t". Such a
sentence says that something was said, advised or drafted, and stops before what it was. Where an answer to a
question asking what was said, or what something held, leads with such a sentence, the papers do not give it.
"""

from __future__ import annotations

import re

from minutebook.model import Citation
from service.evidence import records_decision
from service.papers import Asked, Papers
from service.schemas import Answer

# a question asking what: what was said, drafted, commented or held ("what did cllr holiday advise the tenant",
# "whats going in the newsletter", "what comments did the committee make"); not the time, date or number asked
WHAT_ASKED = re.compile(r"^\s*(?:and\s+|so\s+)?what(?!\s+(?:time|date|day|year|month|hour)s?\b)(?:['’]?s)?\b|"
                        r"\bwhat(?:['’]?s|\s+(?:did|was|were|is|are))\b", re.I)
# how a text ends that was not cut: a sentence's stop, a closing bracket or quotation mark, a list's colon
ENDED = re.compile(r"[.!?:;)\]\"'’”|]\s*$")
ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")
DECISION_LEAD = 300  # characters before a quote in which a decision's lead-in ("RESOLVED - That Cabinet:") stands
# a decision's lead-in, its parts to follow: "RESOLVED: That Cabinet:", "It was agreed that:", "Resolved -"
DECISION_LED = re.compile(r"\b(?:resolved|agreed|decided|recommended)\b[^.]*[:–—-]\s*$", re.I)


def cut_off(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """"What did Cllr Holiday advise the allotment tenant": the quote that says most of what is asked is the paper's
    last words, and they stop mid-sentence ("Cllr Holiday advised tenant with all t"): the papers do not say it."""
    if route not in ANSWERING_ROUTES or not answer.citations or not WHAT_ASKED.search(asked.question):
        return None
    covers = [papers.cover(asked, (c.item_title, c.quote)) for c in answer.citations]
    best = [c for c, got in zip(answer.citations, covers, strict=True) if got == max(covers)]
    return "The paper's text stops before it says that." if any(
        stops_short(papers, asked, c) and cut_on_point(papers, asked, c) for c in best) else None


def cut_on_point(papers: Papers, asked: Asked, cite: Citation) -> bool:
    """Is the cut sentence the quote's say on what is asked, and no decision? "It was RESOLVED that a new bank account
    be opened purely for this proj" records its decision before the cut; a briefing note's list cut in its last row
    ("... (item 11 on the agenda) Ora") has said what it was about in its first sentence."""
    if cite.resolution:
        return False
    rest, cut = last_sentence(cite.quote)
    if records_decision(cut):
        return False
    return not rest or papers.cover(asked, (cite.item_title, cut)) >= papers.cover(asked, (cite.item_title, rest))


# where the last sentence starts: after a sentence's stop or a line's end (a list's row), or a paragraph's number run
# in ("11.The Members wished")
SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=\S)|\n\s*(?=\S)|(?<=\b\d\.)(?=[A-Z])|(?<=\b\d\d\.)(?=[A-Z])")
# a heading in capitals run in before it, which says what it is about ("COMMENTING ON APPLICATIONS NOT CALLED-IN BY
# THE COMMITTEE 11.The Members wished to make c")
HEADING_BEFORE = re.compile(r"(?:\b[A-Z][A-Z'’&-]+\b[\s,]*){3,}(?:\d+\.)?\s*$")


def last_sentence(quote: str) -> tuple[str, str]:
    """``quote`` split before its last sentence (with a heading in capitals just before it): what comes before, and
    the sentence."""
    starts = [m.end() for m in SENTENCE_START.finditer(quote)]
    at = starts[-1] if starts else 0
    heading = HEADING_BEFORE.search(quote[:at])
    if heading is not None:
        at = heading.start()
    return quote[:at].strip(), quote[at:].strip()


def stops_short(papers: Papers, asked: Asked, cite: Citation) -> bool:
    """Is ``cite``'s quote the end of its meeting's last item, ended without a sentence's stop, and not the last of
    a decision's parts ("RESOLVED - That Cabinet: ... A: Welcomes the Council's commitment to ... TeleCar", which
    records what was decided before it stops)?"""
    quote = " ".join(cite.quote.split())
    if not quote or ENDED.search(quote):
        return False
    for h in asked.hits:
        if h.node.citation.meeting_date != cite.meeting_date or h.node.citation.item_title != cite.item_title:
            continue
        meeting = papers.meeting_of(h, asked.filters.audience)
        if meeting is None or not meeting.items:
            return False
        last = meeting.items[-1]
        text = " ".join(last.text.split())
        return last.title == cite.item_title and text.endswith(quote) \
            and not DECISION_LED.search(text[:len(text) - len(quote)][-DECISION_LEAD:])
    return False
