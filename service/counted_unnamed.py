"""Which ones of a kind, asked where the papers only count them.

"Which community councils are still to send in their code compliance data? need the list" met by "responses awaited
from the 19 councils identified in the report"; "which schools haven't signed up" met by "eleven schools had yet to
sign up"; "list the parishes that replied" met by "replies from 41 of the 60 parishes". The quotes count the kind and
never name one; the names sit in a report the minutes do not print. Where a quote names some of the kind ("replies
had been received from Llansadwrn, Meidrim and Dyffryn Cennen community councils"), they answer a question asked of
that state (those who replied), not of the other (those still to reply, counted beside "yet to respond").
(service.answer_types.counted_unmet reads the question that gives the count itself: "which 15 councils".)
"""

from __future__ import annotations

import re

from minutebook.vocabulary import NOT_YET_DONE_ASKED, NOT_YET_DONE_SAID
from service.answer_types import LISTED_AFTER, NAME_LIST_AFTER, NOT_NAMED_KINDS
from service.asked import Asked
from service.evidence import sentences
from service.schemas import Answer

RECORD_ROUTES = ("attendance", "declarations")  # each record names whom it counts, or says none
# "which community councils are still to send", "which schools haven't signed up", "which parishes replied": ones of a
# kind (a plural, after up to two words saying which kind) asked to be named by what they did or have not done
WHICH_KIND = re.compile(r"\bwhich\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*[^s\W]s)\s+(?:are|were|have|has|had|did|do|"
                        r"still|yet|never|haven['’]?t|hadn['’]?t|didn['’]?t|weren['’]?t|aren['’]?t|[a-z]+ed)\b"
                        # "list the councils that have not replied", "name the schools which signed up"
                        r"|\b(?:list|name)\s+(?:all\s+)?(?:the|those)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                        r"([a-z][\w'’-]*[^s\W]s)\s+(?:that|which|who|still|yet|not)\b", re.I)
NUMBER = (r"(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+number\s+of|the\s+number\s+of|"
          r"number\s+of|(?:all\s+)?but\s+(?:one|two|three))")
NOT_YET_SAID = re.compile(rf"\b(?:{NOT_YET_DONE_SAID.form})", re.I)
NOT_YET_ASKED = re.compile(rf"\b(?:{NOT_YET_DONE_ASKED.form})|n['’]t\b", re.I)
CLAUSE = re.compile(r",\s+(?:with|while|whilst|but|and|leaving)\b|;|\s+whereas\s+", re.I)
# names set before the kind, a list of capitalised words: "from Llansadwrn, Llanwrda, Meidrim and Dyffryn Cennen
# community councils"
NAMES_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)*(?:\s*,\s*(?-i:[A-Z])[\w'’-]+"
                          r"(?:\s+(?-i:[A-Z])[\w'’-]+)*)*\s*,?\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+"
                          r"(?:\s+(?-i:[A-Z])[\w'’-]+)*\s+$")


# the kind spoken of as a whole or by which they are, not named: "the councils that had not replied", "those schools"
GENERIC_BEFORE = re.compile(r"\b(?:the|those|these|all|other|some|any|remaining|such|outstanding|their)\s+"
                            r"(?:(?-i:[a-z])[\w'’-]*\s+){0,2}$", re.I)


# told apart by a date or a number, not named: "which saturdays" ("Saturday 7, Saturday 14 and Saturday 21 December")
TOLD_BY_DATE = frozenset(["records", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                          "sundays", "weekends", "nights", "evenings", "mornings", "sessions", "rounds", "quarters",
                          "dates", "periods", "terms", "versions", "editions", "phases", "stages"])
# people, named by their titles where the kind is not ("Cllr Croft and Cllr Dunn, two members of the group"): which
# of them is read where a member is asked for (service.asks, service.who_where)
PEOPLE = frozenset(["members", "councillors", "cllrs", "officers", "people", "persons", "speakers", "residents",
                    "volunteers", "objectors", "petitioners", "candidates", "nominees", "governors", "trustees",
                    "directors", "staff", "employees", "applicants", "tenants"])
# a mention told apart by what follows it: "the decision record of the meetings held on the 17th and 27th November",
# "the councils in Tarrant ward", "the schools (Ferngate and Holloway)"
NAMED_AFTER = re.compile(r"^\s*(?:\(|(?:of|for|at|on|in|dated|held|called|named|from)\s+)(?:[\w'’-]+\s+){0,5}?"
                         r"(?:(?-i:[A-Z])|\d)")


def unnamed_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not name the ones of a kind asked for: every quote speaking of them in the state asked
    counts them ("the 19 councils identified in the report", "53 of the 72 councils") and none names one. None where
    one is named, the kind is not spoken of, or no ones of a kind are asked for."""
    found = WHICH_KIND.search(asked.plan.corrected)
    if found is None or route in RECORD_ROUTES or not answer.citations:
        return None
    word = (found.group(1) or found.group(2)).lower()
    if word in NOT_NAMED_KINDS or word in TOLD_BY_DATE or word in PEOPLE:
        # "which saturdays", "which decision records": told by their dates, not named; "which members", "which
        # officers": people, named by their titles (service.who_where reads them)
        return None
    head = re.escape(re.sub(r"(?:ies|s)$", "", word)[:max(4, len(word) - 2)])
    kind = re.compile(rf"\b{head}\w*", re.I)
    counted_before = re.compile(rf"\b{NUMBER}\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
    apposed = re.compile(rf"(?-i:[A-Z])[\w'’.-]*\s*,\s*(?:the\s+)?{NUMBER}\s+(?:[\w'’-]+\s+){{0,4}}?$", re.I)
    not_yet = bool(NOT_YET_ASKED.search(asked.plan.corrected[found.start():]))
    counted = unnamed = 0
    for c in answer.citations:
        for s in sentences(c.quote):
            for clause in CLAUSE.split(s):
                if not_yet != bool(NOT_YET_SAID.search(clause)):
                    continue  # ones that did, named or counted, are not those asked for, nor the other way round
                for m in kind.finditer(clause):
                    before, after = clause[:m.start()], clause[m.end():]
                    if NAME_LIST_AFTER.match(after) or LISTED_AFTER.match(after):
                        return None  # named after the count: "three councils: Ashby, Barton and Cole"
                    if apposed.search(before):
                        return None  # "Cllr Croft and Cllr Dunn, two members of the group": named, then counted
                    if counted_before.search(before):
                        counted += 1  # "53 of the 72 Town and Community Councils": a count, whatever its capitals
                    elif not GENERIC_BEFORE.search(before) or NAMES_BEFORE.search(before) \
                            or NAMED_AFTER.match(after):
                        # named ("Llanwrda, Meidrim and Dyffryn Cennen community councils"), or maybe: "Kelso
                        # Community Council" is one of them
                        return None
                    else:
                        unnamed += 1  # "write again to the councils that had not replied"
    if counted or unnamed:
        return "The papers count them but do not name them." if counted else "The papers do not name them."
    return None
