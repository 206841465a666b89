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
from minutebook.vocabulary import OFFICES, PLACE_NAME_END
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
# "who's supplying the new bench", "who is building the extension", "who'll be fitting the signs": a part asked by
# its verb, as people ask in chat, which minutes answer by naming the doer ("awarded to Acme Ltd", "Cllr Fox will
# undertake the policy", "Action: Clerk to obtain quotes"); not who holds an office or sits in a meeting, which the
# records and the offices read, nor "who's going to ..." (the verb after it is what is asked)
DOER_ASKED = re.compile(r"^\s*(?:and\s+)?who(?:['’]s|\s+is|\s+are|['’]ll\s+be|\s+will\s+be)\s+"
                        # (not a payer asked, "who is paying for the new shelter": a source of money, which the
                        # minutes give unnamed as often as named, "the insurers to meet £5,200", "from the reserve")
                        r"(?!going\b|paying\b|funding\b|footing\b|financing\b|covering\s+the\s+cost)"
                        r"([a-z]+ing)\b", re.I)
# a capitalised run that is a day or a season, not anyone: "Remembrance Sunday", "Boxing Day", "Christmas", "May"
WHEN_NAMED = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|day|eve|christmas|easter|new\s+year|"
                        + "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True)) + r")$", re.I)
# a place ("Mill Road", "Village Hall"), or the meeting's own body ("the Parish Council"), untitled: not the doer
WHERE_NAMED = re.compile(rf"\b(?:{PLACE_NAME_END.form}|councils?|committee|cabinet|panel|board)$", re.I)
# a pronoun after a speaker that makes the speaker the doer: "Cllr Hale said she would fix the seat"
SPEAKER_DOES = re.compile(r"^\W*(?:that\s+)?(?:he|she|they|i|we)\s+(?:would|will|was|were|is|are|had|has|could)\b",
                          re.I)
# a part's name asked by a possessive, as people type it: "the new auditor's name?", "replacement caretaker's name",
# "the translator's name" (the part is the noun of a doer, as :data:`ROLE_ASKED` reads it); ``new``: one coming in
ROLE_NAME_ASKED = re.compile(r"\b(?:(?P<new>new|replacement|next|incoming|successor)\s+)?(?:[a-z]+\s+){0,2}?"
                             r"(?P<role>[a-z]+(?:er|or|ant|ent|ist))['’]s\s+(?:full\s+)?names?\b", re.I)
# how minutes say someone is going from a part: "Bev Hill will not be able to continue as ...", "Mr Dunn would
# retire", "had resigned", "is stepping down" (parish and committee minutes on officers and volunteers)
LEAVING = re.compile(r"\b(?:retir\w*|resign\w*|step(?:s|ped|ping)?\s+down|stand(?:s|ing)?\s+down|stood\s+down|"
                     r"leav(?:e|es|ing)|left|not\s+(?:be\s+able\s+to\s+)?continu\w*|unable\s+to\s+continue)\b", re.I)


def doers(sentence: str, own: set[str]) -> list[re.Match[str]]:
    """The people and bodies ``sentence`` names who may be doing what it speaks of: not those the question names, not
    a day or a place or the meeting's own body, and not one only saying or asking something ("Mrs Cole asked when
    ...", "The Clerk said ...") unless they say they will do it ("Cllr Hale said he would repaint it")."""
    out: list[re.Match[str]] = []
    for m in [*SOMEONE.finditer(sentence), *OFFICE_SAID.finditer(sentence)]:
        words = [w for w in WORD.findall(m.group(0)) if w.lower() not in LEADING]
        caps = [w for w in words if w[0].isupper()]
        titled = bool(TITLED.match(m.group(0)))
        if not words or {w.lower() for w in words} <= own or (len(caps) < 2 and not titled
                                                               and not OFFICE_SAID.fullmatch(m.group(0))):
            continue  # the question's own, or a capital opening a sentence ("The Panel")
        if WHEN_NAMED.search(m.group(0)) or (not titled and WHERE_NAMED.search(m.group(0))):
            continue
        spoke = SPOKE_AFTER.match(sentence[m.end():])
        if spoke is None or SPEAKER_DOES.match(sentence[m.end() + spoke.end():]):
            out.append(m)
    return out


def doer_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A part asked by its verb ("who's supplying the bench"), and no quote names anyone (not named in the question)
    but as the one who spoke or asked of it: "Mr Davies asked when the bench would be replaced. The Clerk said a new
    oak bench had been ordered" says it was ordered, not from whom."""
    proper = question_proper(asked.question)
    if DOER_ASKED.search(proper) is None or route in ("attendance", "declarations", "venue") or not answer.citations:
        return None
    own = {w.lower() for w in WORD.findall(asked.question)}
    if any(doers(s, own) for c in answer.citations for s in sentences(c.quote)):
        return None
    return "The papers do not say who."


def role_name_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A part's name asked ("the replacement auditor's name?"), and no quote names anyone beside the part's word, or,
    where one coming in is asked, anyone but the one going: "the Clerk suggested a couple of names" names none; "the
    litter picker, Mr Joe Dunn, would retire" names the one going, not the new one."""
    found = ROLE_NAME_ASKED.search(asked.question)
    if found is None or route in ("attendance", "declarations", "venue") or not answer.citations:
        return None
    role = found.group("role").lower()
    stem = stems(role)
    if OFFICE.match(role) or not stem:
        return None  # an office, read by service.answer_types.holder_unmet
    own = {w.lower() for w in WORD.findall(asked.question)}
    mention = re.compile(rf"\b{re.escape(stem[0][:max(4, len(stem[0]) - 1)])}\w*", re.I)
    said = [(c, s) for c in answer.citations for s in sentences(c.quote)]
    # the one going, where one coming in is asked: named where the part is said to be left, and wherever named again
    going = {w for _, s in said if found.group("new") and LEAVING.search(s) for m in doers(s, own)
             for w in WORD.findall(m.group(0)) if w[0].isupper() and not TITLED.fullmatch(w)}
    for c, s in said:
        named = [m for m in doers(s, own) if not going & set(WORD.findall(m.group(0)))]
        at = [m.start() for m in mention.finditer(s)]
        # an item titled for the part speaks of its holder in any sentence
        if named and ((not at and mention.search(c.item_title)) or any(
                abs(m.start() - a) <= BESIDE or abs(m.end() - a) <= BESIDE for m in named for a in at)):
            return None
    return f"The papers do not name the {role}."
