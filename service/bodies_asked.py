"""Which bodies and councils a question asks of: each body it names, bodies compared, a body named loosely ("the
cabinet", "hillingdon's panel") that held the meetings asked about, and a question about another body's minutes."""

from __future__ import annotations

import dataclasses
import re

from index.query import QueryPlan, in_periods
from minutebook.dates import MONTHS
from minutebook.vocabulary import (
    BODY_KINDS_LOOSELY,
    SEAT_ON_BODY_AFTER,
)
from service.papers import Asked, Papers


def own_places(papers: Papers, plan: QueryPlan, council: set[str]) -> QueryPlan:
    """``plan`` with only the places its council's meetings print (of several councils a question names)."""
    places = {p for p in plan.places if any(p in papers.meeting_words.get(k, set()) for k in council)}
    return plan if places == plan.places else dataclasses.replace(plan, places=places)


def bodies_each(papers: Papers, plan: QueryPlan) -> list[set[str]]:
    """The meetings of each body the question names by a distinctive word or its initials, one set a body, where it
    names two or more of different committees ("the glos hwb (jan 20) or the ddccg governing body (jan 22)"): each is
    asked of as a council named is. Empty where it names fewer."""
    named = list(dict.fromkeys(b.committees[0] for b in plan.bodies if b.strong and b.committees))
    sets = [{s.key for s in papers.meetings(c)} for c in named]
    return sets if len(sets) > 1 and all(sets) else []


def unnamed(plan: QueryPlan) -> QueryPlan:
    """``plan`` without the committee it names: a committee of another council than the one the question names."""
    return dataclasses.replace(plan, committee=None) if plan.committee else plan


def minutes_of(body: str, question: str) -> bool:
    """Does the question name the body's minutes ("the community services committee minutes")?"""
    return bool(re.search(rf"\b{re.escape(body)}\s+minutes\b", question, re.I))


# a body the council sends someone to ("our rep on the village hall management committee", "who represents us on the
# joint burial committee"): an outside body, which the council's own minutes appoint to, not a body whose papers
# are asked for
OUTSIDE_BODY = re.compile(r"\b(?:reps?|representatives?|represents?|representing|delegates?|nominees?|liaison|"
                          r"trustees?)\s+(?:\w+\s+){0,2}?(?:on|to|at|for)", re.I)
SEAT_AFTER = re.compile(SEAT_ON_BODY_AFTER.form, re.I)  # "her argyll college board seat", "- who represents us there"


def sent_to(question: str, body: str) -> bool:
    """Does the question name ``body`` as an outside body the council sends a member to, not a body whose meetings
    it asks of: "our rep on the village hall management committee", "the hall management cttee - which cllr
    represents us there", "her old argyll college board seat"?"""
    for m in re.finditer(rf"\b{re.escape(body)}\b", question, re.I):
        if re.search(rf"{OUTSIDE_BODY.pattern}\s+(?:the\s+)?$", question[:m.start()], re.I) \
                or SEAT_AFTER.search(question[m.end():]):
            return True
    return False


# a question asked of each of the councils it names ("did either parish ...", "both councils")
EACH = re.compile(r"\b(?:either|both|each|neither|compar\w*|vs\.?|versus)\b", re.I)


def compared(papers: Papers, asked: Asked, councils: list[set[str]]) -> bool:
    """Does the question ask the same thing of each of the councils it names (their meetings, one set a council)?
    Where it gives each a time of its own ("dyfed powys (nov 2017) and surrey (sept 2020)") or asks of both ("did
    either parish ..."); not where one council is named as the other's subject ("the CCTV towns in the Dyfed Powys
    area, and when does Aberystwyth get it")."""
    if EACH.search(asked.question):
        return True
    dates = {s.key: s.date.isoformat() for s in papers.meetings()}
    return bool(asked.periods) and all(any(k in dates and in_periods(dates[k], asked.periods) for k in c)
                                       for c in councils)


# kinds of body a council's papers name their body by ("Cabinet", "Police and Crime Panel"); a committee's papers
# often leave "committee" out of its name ("Fire and Rescue Authority - Policy and Strategy")
NAMED_KINDS = ("cabinet", "panel", "board", "commission")


# a council's body ("Surrey County Council's cabinet"); not "Lea's notice board", nor "Leics' pensions board minutes"
BODY_OF_KIND = re.compile(r"['’]s\s+(?:(?!notice\b)[\w&'’-]+\s+){0,3}?(" + "|".join(NAMED_KINDS)
                          + r")\b(?!\s+minutes)", re.I)


# the same without the possessive, of the one kind people do not use loosely: "holmbridge cabinet", "woking borough
# cabinet" (the first word the place's name); "the brackendale panel that heard the application" may be its licensing
# sub-committee
PLACE_THEN_KIND = re.compile(r"\b([a-z]+)\s+(?:(?:borough|county|city|district|council|mbc|bc|cc|dc)\s+)?(cabinet)\b"
                             r"(?!\s+minutes)", re.I)


# the cabinet as the one that decided, whatever names the place: "Cwmgarnedd: what did Cabinet decide on the savings
# programme", "mardenfield - did the cabinet agree the parking charges" (not "recommended to Cabinet": a body the
# minutes speak of)
CABINET_ACTED = re.compile(r"\b(?:what|how|when|why)\s+did\s+(?:the\s+)?(cabinet)\s+(?:decide|agree|resolve|approve|"
                           r"say|do|make|choose|go\s+for)\b|\bdid\s+(?:the\s+)?(cabinet)\s+(?:decide|agree|approve|"
                           r"resolve|back|reject|sign|vote)\b|\b(?:the\s+)?(cabinet)['’]s\s+decision\b", re.I)


def kinds_owned(question: str) -> list[str]:
    """The kinds of body the question names as a council's (:data:`BODY_OF_KIND`: "Surrey County Council's cabinet");
    not a meeting named by its month ("july's panel": the panel's July meeting), nor a body a member sits on for the
    council ("morton's old argyll college board seat")."""
    return [m.group(1) for m in BODY_OF_KIND.finditer(question)
            if not MONTH_OWNING.search(question[:m.start()]) and not SEAT_AFTER.search(question[m.end():])]


MONTH_OWNING = re.compile(rf"\b(?:{'|'.join(MONTHS)})$", re.I)  # "july's panel", "sept's cabinet"


def held_loosely(papers: Papers, body: str, keys: set[str]) -> bool:
    """Is ``body`` ("hafren valley's commissioning board") one of the meetings ``keys`` called by another name of its
    kind (:data:`BODY_KINDS_LOOSELY`: the Clinical Commissioning Group's Governing Body), its other words of that
    meeting's naming?"""
    words = re.findall(r"[a-z]+", body.lower())
    if not words or words[-1] not in BODY_KINDS_LOOSELY:
        return False
    rest = set(words[:-1])
    return any(kind_named(words[-1], s.committee.lower()) and rest <= papers.named_words({s.key})
               for s in papers.meetings() if s.key in keys)


def kind_named(kind: str, committee: str) -> bool:
    """Is ``committee`` (lower case) a body of the ``kind`` a question names, as people call it (a licensing
    sub-committee is "the licensing panel": :data:`BODY_KINDS_LOOSELY`)?"""
    loosely = BODY_KINDS_LOOSELY.get(kind)
    return bool(re.search(rf"\b(?:{loosely.form if loosely else re.escape(kind)})\b", committee))
