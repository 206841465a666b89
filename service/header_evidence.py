"""A meeting's header as evidence for what only it says.

The search leaves a meeting's header out of the ranking unless the question asks for the meeting's particulars
(index.query.QueryPlan.asks_particulars): its heading's words (the council, the committee, "decisions") would
otherwise answer what it does not say. But some clerks put more than particulars above the first item: a summary
of the meeting ("A brief summary of key elements of the PC Meeting ... Received updates on ... the Local Council
Gold Award application"), the status of the document ("Draft Minutes of Annual Ordinary Parish Council meeting"),
a publication note. Where no item found holds what the question turns on, and the header of a meeting found holds
a word of the question that none of that meeting's items print, the header is offered to the routes as a hit, to
pass the same support test as any item; only to a question asking what a thing is or what is going on with it (a
summary's line names a thing, it does not say what was decided on it, what it showed, or whether it was done).
"""

from __future__ import annotations

import re

from index.fusion import Hit
from minutebook.vocabulary import MEANING_ASKED, RESULT_ASKED
from service.answer_kinds import kinds_held, kinds_unheld
from service.evidence import asks_decision, records_decision, stems
from service.papers import Asked, Papers
from service.said_status import status_asked

# a summary's line that opens with what the meeting decided ("- Agreed expenditure on ...", "Approved the budget"), not
# a publication note that speaks of decisions ("DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED")
_SUMMARY_DECIDED = re.compile(r"^\W*(?:agreed|approved|resolved|decided|adopted|endorsed|accepted|refused|rejected)\b",
                              re.I)
MEETINGS = 3  # the hits whose meetings' headers are read: the best few, as the routes read the best few
_RESULT = re.compile(RESULT_ASKED.form, re.I)
_MEANING = re.compile(MEANING_ASKED.form, re.I)
# a yes-or-no question, after where it is asked of ("wbpc oct 23 - has the land ... actually been transferred"):
# whether a thing happened or was done
_WHETHER = re.compile(r"^(?:[^?]*?\s[-–—:]\s+)?\W*(?:has|have|had|did|was|were|is|are|will|would|can)\b", re.I)


def asks_what_it_is(asked: Asked) -> bool:
    """Does the question ask what a thing is, or what is going on with it ("which award is the PC going for", "what
    was the NEEB application"), as a summary's line naming it says? Not what was decided on it, what it showed, or
    whether it has been done (a yes-or-no question): a line naming it ("Discussed the Village Bulletin Survey",
    "Received updates on the transfer of land", "* DENOTES KEY DECISION") says none of those."""
    question = asked.question
    if _MEANING.search(question):  # "what does an asterisk next to a decision mean": a legend's line says it
        return True
    return not (_WHETHER.match(question) or asks_decision(question) or asks_decision(asked.plan.corrected)
                or status_asked(question) or _RESULT.search(question))


def header_hits(papers: Papers, asked: Asked) -> list[Hit]:
    """The headers of the best hits' meetings that hold a word of the question none of the meeting's items print, and
    pass the support test; none where a best hit already supports the question."""
    best = asked.hits[:MEETINGS]
    if not best or not asked.terms or asked.plan.asks_particulars:
        return []  # asked for particulars, the search ranks headers itself
    what_it_is = asks_what_it_is(asked)
    if not what_it_is and not asks_decision(asked.question) and not _WHETHER.match(asked.question):
        return []  # what it showed, where it stands: a summary's line does not say
    if any(papers.supports(asked, h) for h in best):
        return []
    found: list[Hit] = []
    for key in dict.fromkeys(h.node.meeting_key for h in best):
        nodes = papers.index.item_nodes(f"{key}/header", asked.filters.audience)
        if not nodes:
            continue
        text = " ".join(n.body for n in nodes)
        held = set(stems(text)) | kinds_held(asked.question, asked.terms, text)  # "phone number": "07791 088761"
        printed = set(stems(" ".join(papers.meeting_words.get(key, ()))))  # its items' words, and where it met
        # (not a kind's word its items print without a value of the kind: "the number of potholes" for "which number
        # annual meeting was it", which the heading's "Ninety-Eighth Annual Meeting" answers)
        meeting = papers.meeting(key, asked.filters.audience)
        printed -= kinds_unheld(asked.question, asked.terms, "\n".join(i.text for i in meeting.items))
        if not any(t in held and t not in printed for t in asked.terms):
            continue
        if not what_it_is and not any(_SUMMARY_DECIDED.match(line) and records_decision(line)
                                      and any(t in stems(line) for t in asked.terms) for line in text.split("\n")):
            # "did wbpc sign off more kit for the playground": a summary's line that records the decision ("Agreed
            # expenditure on additional playground equipment"), not one that names the thing ("Discussed ...")
            continue
        hit = Hit(node=nodes[0], score=best[0].score)
        if papers.supports(asked, hit):
            found.append(hit)
    return found
