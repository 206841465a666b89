"""A council's full meeting asked of where its papers hold only its committees' meetings.

"What did brockwell full council decide on the chapel drove homes", "so did auchenbrae's full council sign off the
rent increase", "did full council go ahead with mothballing the school": the question asks what the whole council
(or authority) did, and the papers of the council it is asked of are a committee's, whose minutes recommend or refer
the matter to the full council ("RECOMMENDED TO COUNCIL", "referred the matter to the meeting of the Council on 11
May for decision"). The committee's word is not the council's: the papers do not hold its decision. Not where the
full council is named as where the matter went ("did it go to full council"), where the council's papers hold a
meeting of the whole body ("Full Council", "Ordinary Meeting of the Parish Council", "Full Authority"), or where the
minutes found report the full council's own decision ("Council had approved the increase on 11 May").
"""

from __future__ import annotations

import re

from index.bodies import COMMITTEE_KINDS
from index.query import in_periods
from ingest.catalogue import MeetingSummary
from minutebook.vocabulary import FULL_BODY_ASKED, FULL_BODY_DECIDED, FULL_BODY_SENT
from service.item_words import item_text
from service.papers import Asked, Papers

ASKED = re.compile(FULL_BODY_ASKED.form, re.I)
SENT = re.compile(FULL_BODY_SENT.form, re.I)
DECIDED = re.compile(FULL_BODY_DECIDED.form, re.I)
# a meeting of a part of the council, by its name's noun ("Planning Committee", "Cabinet", "Scrutiny Panel")
PART_OF_BODY = re.compile(r"\b(?:" + "|".join(map(re.escape, COMMITTEE_KINDS)) + r"|group|partnership)\b", re.I)
FOUND = 5  # the hits read for the item the question is about


def full_meeting_unheld(papers: Papers, asked: Asked) -> str | None:
    """Why the question cannot be answered where it asks of the full council of a council whose papers hold none of
    its full meetings, only its committees'; None otherwise."""
    named = [m for m in ASKED.finditer(asked.question) if not SENT.search(asked.question[:m.start()])]
    if not named:
        return None
    if any(whole_body(s) and in_periods(s.date.isoformat(), asked.periods) for s in papers.meetings()):
        return None  # the full council dated as one the papers hold: "standards (sept 19) vs full council (sept 23)"
    council = meetings_asked(papers, asked)
    if not council or any(whole_body(s) for s in council):
        return None
    keys = {s.key for s in council}
    found = [h for h in asked.hits[:FOUND] if h.node.meeting_key in keys]
    if any(DECIDED.search(item_text(papers.index.item_nodes(h.node.item_key, asked.filters.audience)))
           for h in found):
        return None  # its minutes report the full council's decision
    held = ", ".join(sorted({s.committee for s in council}))
    return f"The papers hold no meetings of the {named[0].group(0).lower()} of the council asked about; they hold " \
           f"meetings of its {held}."


def meetings_asked(papers: Papers, asked: Asked) -> list[MeetingSummary]:
    """The meetings of the council asked about: of the place the question names (each of them, where the question is
    asked in parts), else of the council whose minutes
    hold the first item found on what is asked (none where the paper names no council)."""
    if asked.where is not None:
        # (all the meetings the question names, where it is asked of each of its bodies: "standards 13/9/19 and the
        # full council four years on")
        named = asked.where.union(*asked.among, papers.where(asked.question) or set())
        return [s for s in papers.meetings() if s.key in named]
    top = next((h for h in asked.hits[:FOUND] if papers.supports(asked, h)), None)
    if top is None:
        return []
    summary = next((s for s in papers.meetings() if s.key == top.node.meeting_key), None)
    if summary is None or not summary.council:
        return []
    return [s for s in papers.meetings() if s.council == summary.council]


def whole_body(summary: MeetingSummary) -> bool:
    """Is the meeting one of the whole council or authority ("Full Council", "Ordinary Meeting", "Fire and Rescue
    Authority"), its name naming no part of it?"""
    return not PART_OF_BODY.search(summary.committee)
