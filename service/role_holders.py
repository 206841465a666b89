"""Who holds a part in a matter ("who's the landowner at Chapel Lane", "who was the contractor picked for the repairs
service", "who was the member complained about"): a quote must name someone beside the part's word ("the landowner,
Mr Pye", "Acme Ltd (contractor)", "a complaint against Cllr Rowe, a member of ..."), not only speak of the matter
("Councillor Helme declared an interest in ... Land at Chapel Lane, Galgate": someone, not the landowner). The offices
a council fills (clerk, chair, treasurer) are read by service.answer_types.holder_unmet; this reads any other part
named by a noun of a doer ("-er", "-or", "-ant", "-ent", "-ist").
"""

from __future__ import annotations

import re

from minutebook.vocabulary import OFFICES
from service.evidence import stems
from service.papers import Asked
from service.schemas import Answer
from service.who_where import LEADING, SOMEONE, WORD

# "who's the landowner", "who was the contractor", "who is the new applicant", "who were the objectors": a part asked
# by its doer's noun, not an office's, nor whose ("the mayor's advisor": the advisor is asked, a noun after it)
ROLE_ASKED = re.compile(r"^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the\s+|their\s+|"
                        r"its\s+)?(?:new\s+|current\s+|main\s+|lead\s+|appointed\s+|chosen\s+)?"
                        r"([a-z]+(?:er|or|ant|ent|ist)|member)s?\b(?!['’])", re.I)
OFFICE = re.compile(rf"^(?:{OFFICES.form})$", re.I)
BESIDE = 60  # characters either side of the part's word in which its holder's name stands


def role_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A part asked for by its doer's noun, and no quote names anyone (not named in the question) near that noun."""
    found = ROLE_ASKED.search(asked.question)
    if found is None or route in ("attendance", "declarations", "venue") or not answer.citations:
        return None
    role = found.group(1).lower()
    if OFFICE.match(role) or role == "officer":
        # an office, read by service.answer_types.holder_unmet; "the officer to contact" is the council's own, named
        # by a header's "Contact: Priya Lomax" without the word
        return None
    stem = stems(role)
    if not stem:
        return None
    own = {w.lower() for w in WORD.findall(asked.question)}
    mention = re.compile(rf"\b{re.escape(stem[0][:max(4, len(stem[0]) - 1)])}\w*", re.I)
    for c in answer.citations:
        # an item titled for the part ("Missed collections - contractor recovery plan") speaks of its holder in any
        # sentence ("Mr Ashby presented Verdance's recovery plan")
        spans = [c.quote] if mention.search(c.item_title) else \
            [c.quote[max(0, m.start() - BESIDE):m.end() + BESIDE] for m in mention.finditer(c.quote)]
        for near in spans:
            for name in SOMEONE.finditer(near):
                words = [w for w in WORD.findall(name.group(0)) if w.lower() not in LEADING]
                if words and not {w.lower() for w in words} <= own and not mention.fullmatch(name.group(0)):
                    return None
    return f"The papers do not name the {role}."
