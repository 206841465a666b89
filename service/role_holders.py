"""Who holds a part in a matter ("who's the landowner at Chapel Lane", "who was the contractor picked for the repairs
service", "who was the member complained about"): a quote must name someone beside the part's word ("the landowner,
Mr Pye", "Acme Ltd (contractor)", "a complaint against Cllr Rowe, a member of ..."), not only speak of the matter
("Councillor Helme declared an interest in ... Land at Chapel Lane, Galgate": someone, not the landowner). The offices
a council fills (clerk, chair, treasurer) are read by service.answer_types.holder_unmet; this reads any other part
named by a noun of a doer ("-er", "-or", "-ant", "-ent", "-ist").
"""

from __future__ import annotations

import re

from minutebook.dates import MONTHS
from minutebook.vocabulary import OFFICES
from service.evidence import sentences, stems
from service.papers import Asked
from service.schemas import Answer
from service.who_where import LEADING, OFFICE_SAID, SOMEONE, SPOKE_AFTER, TITLED, WORD, question_proper

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


# "who's supplying the new bench", "who is building the extension", "who'll be fitting the signs": a part asked by
# its verb, as people ask in chat, which minutes answer by naming the doer ("awarded to Acme Ltd", "Cllr Fox will
# undertake the policy", "Action: Clerk to obtain quotes"); not who holds an office or sits in a meeting, which the
# records and the offices read, nor "who's going to ..." (the verb after it is what is asked)
DOER_ASKED = re.compile(r"^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?!going\b)"
                        r"([a-z]+ing)\b", re.I)
# a pronoun after a speaker that makes the speaker the doer: "Cllr Hale said she would fix the seat"
# a capitalised run that is a day or a season, not anyone: "Remembrance Sunday", "Boxing Day", "Christmas", "May"
WHEN_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|eve|christmas|easter|new\s+year|"
                        + "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True)) + r")$", re.I)
SPEAKER_DOES = re.compile(r"^\W*(?:that\s+)?(?:he|she|they|i|we)\s+(?:would|will|was|were|is|are|had|has|could)\b",
                          re.I)


def doer_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A part asked by its verb ("who's supplying the bench"), and no quote names anyone (not named in the question)
    but as the one who spoke or asked of it: "Mr Davies asked when the bench would be replaced. The Clerk said a new
    oak bench had been ordered" says it was ordered, not from whom."""
    proper = question_proper(asked.question)
    if DOER_ASKED.search(proper) is None or route in ("attendance", "declarations", "venue") or not answer.citations:
        return None
    own = {w.lower() for w in WORD.findall(asked.question)}
    for c in answer.citations:
        for s in sentences(c.quote):
            for m in [*SOMEONE.finditer(s), *OFFICE_SAID.finditer(s)]:
                words = [w for w in WORD.findall(m.group(0)) if w.lower() not in LEADING]
                caps = [w for w in words if w[0].isupper()]
                if not words or {w.lower() for w in words} <= own or (len(caps) < 2 and not TITLED.match(m.group(0))
                                                                       and not OFFICE_SAID.fullmatch(m.group(0))):
                    continue  # the question's own, or a capital opening a sentence ("The Panel")
                if WHEN_NAMED.search(m.group(0)):
                    continue
                spoke = SPOKE_AFTER.match(s[m.end():])
                if spoke is None or SPEAKER_DOES.match(s[m.end() + spoke.end():]):
                    return None
    return "The papers do not say who."
