"""Words of a question that name the kind of answer it wants, not its subject: "money" in "how much bus
improvement money did they get" is answered by "£38.4m", which never says "money"; "long" in "how long are
ambulances waiting" by "47 minutes". Such a word counts as held by an item (the support test's coverage) where the
item prints a value of that kind; the words themselves are vocabulary (:data:`minutebook.vocabulary.SUM_WORDS`,
:data:`~minutebook.vocabulary.HOW_LONG`). "Name" in "what's the treasurer's name" is answered by "Mr R Noble
(Treasurer)", which never says "name": a name printed with its title holds it; "ref" in "whats the application
ref" is held by "18/00335/FUL", a case reference printed; "number" in "which number annual meeting was it" by "the
One Hundredth & Twenty-fifth Annual Meeting", the meeting's own number (and not by "the number of potholes": its
word alone holds nothing), and in "the band d number they settled on" by "£89.46", any figure printed (a sum or a
count: FIGURE_WORDS); "phone number" by "07791 088761"; "rate" in "what was the
recycling rate" by "66.8% of municipal waste"; "long" and "run" in "how long does his stint as chairman run" by "for
the period expiring on the date of the Annual Meeting in 2023"; "date" in "by what date could decisions be called in" by
"DEADLINE FOR CALL-IN: 25 SEPTEMBER 2017", a day printed."""

from __future__ import annotations

import re
from functools import lru_cache

from minutebook.dates import find_dates
from minutebook.vocabulary import (
    ALIKE_SAID,
    ALIKE_WORDS,
    BAND_D_NAMED,
    BAND_D_SUM_WORDS,
    CASE_REFERENCE,
    DATE_NOT_ASKED,
    DATE_WORDS,
    DURATION,
    FIGURE_WORDS,
    HONORIFICS,
    HOW_LONG,
    ITEM_LOCATOR_ASKED,
    ITEM_LOCATOR_SAID,
    LASTING_VERBS,
    MARK_WORDS,
    MEANING_ASKED,
    MEANING_SAID,
    MEETING_ORDINAL,
    OWN_NUMBER_ASKED,
    PHONE_ASKED,
    PHONE_NUMBER,
    RATE_ASKED,
    RATE_PRINTED,
    RATE_WORDS,
    SUM_WORDS,
    TERM_OF_OFFICE,
)
from service.evidence import has_money, has_quantity, stems

_SUM = re.compile(rf"^(?:{SUM_WORDS.form})$", re.I)
_BAND_D = re.compile(BAND_D_NAMED.form, re.I)  # "band d charge per household": the Band D sum printed
_BAND_D_SUM = re.compile(rf"^(?:{BAND_D_SUM_WORDS.form})$", re.I)
_FIGURE = re.compile(rf"^(?:{FIGURE_WORDS.form})$", re.I)  # "the band d number": a sum or a count printed
_HOW_LONG = re.compile(HOW_LONG.form, re.I)
_DURATION = re.compile(f"{DURATION.form}|{TERM_OF_OFFICE.form}", re.I)  # "six weeks"; "until the Annual Meeting"
_LASTING = re.compile(rf"^(?:{LASTING_VERBS.form})$", re.I)
_RATE_ASKED = re.compile(RATE_ASKED.form, re.I)
_RATE_WORD = re.compile(rf"^(?:{RATE_WORDS.form})$", re.I)
_RATE = re.compile(RATE_PRINTED.form, re.I)
# "what's the clerk's name", "the name of the treasurer", "what is his name": a name is the kind of answer
_NAME_ASKED = re.compile(r"\b(?:names?\s+of|['’]s\s+(?:full\s+)?names?|(?:his|her|their|its)\s+(?:full\s+)?names?)\b",
                         re.I)
# "whats the application ref", "what agenda number was it": a reference or an item's number is the kind of answer,
# printed as "18/00335/FUL" or "item 14 (Marina Park Footpaths)", never as the word "ref" or "number"
_LOCATOR_ASKED = re.compile(ITEM_LOCATOR_ASKED.form, re.I)
_LOCATOR_SAID = re.compile(ITEM_LOCATOR_SAID.form, re.I)
_REFERENCE = re.compile(CASE_REFERENCE.form)
_ORDINAL = re.compile(MEETING_ORDINAL.form, re.I)  # "the One Hundredth & Twenty-fifth Annual Meeting"
_OWN_NUMBER_ASKED = re.compile(OWN_NUMBER_ASKED.form, re.I)
# the kinds whose word alone holds nothing: "the number of potholes" is no number a meeting gave itself
VALUE_ONLY = frozenset({"own number"})
_ALIKE_WORD = re.compile(rf"^(?:{ALIKE_WORDS.form})$", re.I)  # "similar outfits": others of its kind
_ALIKE = re.compile(ALIKE_SAID.form, re.I)  # "one of four of its kind in Wales"
_MARK_WORD = re.compile(rf"^(?:{MARK_WORDS.form})$", re.I)  # "asterisk": held by a "*" printed
_MEANING_ASKED = re.compile(MEANING_ASKED.form, re.I)
_MEANING_SAID = re.compile(MEANING_SAID.form, re.I)
_PHONE_ASKED = re.compile(PHONE_ASKED.form, re.I)
_PHONE = re.compile(PHONE_NUMBER.form)
# "by what date", "the dates he was in the role": a day is the kind of answer (not "spent to date")
_DATE_WORD = re.compile(rf"^(?:{DATE_WORDS.form})$", re.I)
_DATE_NOT_ASKED = re.compile(DATE_NOT_ASKED.form, re.I)
_TITLED_NAME = re.compile(rf"\b(?:{HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])\.?\s*){{0,3}}(?-i:[A-Z][\w'’-]+)", re.I)


def kind_words(question: str, terms: dict[str, str]) -> dict[str, str]:
    """The question's terms that name the kind of answer it wants, each with that kind ("sum", "duration")."""
    return dict(_kind_words(question, tuple(terms.items())))


@lru_cache(maxsize=256)
def _kind_words(question: str, pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """:func:`kind_words`, read once per question: the support test asks it of every sentence it weighs."""
    terms = dict(pairs)
    out = {t: "sum" for t, w in terms.items() if _SUM.match(w)}
    if _BAND_D.search(question):  # "band d charge per household": "the Band D council tax be £133.37" (not a precept's
        # total beside no Band D figure)
        out.update({t: "band d" for t, w in terms.items() if _BAND_D_SUM.match(w)})
    out.update({t: "figure" for t, w in terms.items() if _FIGURE.match(w)})  # (a phone's, an item's read below)
    if _HOW_LONG.search(question):  # "how long does her stint run": "long" and the verb of lasting ask the length
        out.update({t: "duration" for t, w in terms.items() if t in stems("long") or _LASTING.match(w)})
    if _RATE_ASKED.search(question):  # "what was the recycling rate": "66.8% of municipal waste"
        out.update({t: "rate" for t, w in terms.items() if _RATE_WORD.match(w)})
    if _NAME_ASKED.search(question):
        out.update({t: "name" for t in stems("name names") if t in terms})
    if _PHONE_ASKED.search(question):  # "whats the phone number for the parish council": "07791 088761"
        out.update({t: "phone" for t in stems("phone telephone tel mobile number numbers no") if t in terms})
    if _LOCATOR_ASKED.search(question):
        out.update({t: "locator" for t in stems("ref refs reference references number no") if t in terms})
    if not _DATE_NOT_ASKED.search(question):  # "the date of death", "deadline for call-in": "8 December 2019"
        out.update({t: "date" for t, w in terms.items() if _DATE_WORD.match(w)})
    out.update({t: "alike" for t, w in terms.items() if _ALIKE_WORD.match(w)})  # "one of four of its kind"
    marks = {t: "mark" for t, w in terms.items() if _MARK_WORD.match(w)}  # "what does an asterisk mean": "*"
    out.update(marks)
    if marks and _MEANING_ASKED.search(question):  # ... and "mean": a legend's "DENOTES" (of a mark, not "what
        # does the plan mean for tenants")
        out.update({t: "meaning" for t in stems("mean means signify indicate stand") if t in terms})
    if _OWN_NUMBER_ASKED.search(question):  # "which number annual meeting was it": its ordinal, not "number"
        out.update({t: "own number" for t in stems("number numbered no") if t in terms})
    return tuple(out.items())


def alike_counted(question: str, terms: dict[str, str], term: str, text: str) -> bool:
    """Is ``term`` a word asking for others of a thing's kind ("how many similar outfits") that ``text`` counts ("TraCC
    is one of four of its kind in Wales")?"""
    return kind_words(question, terms).get(term) == "alike" and bool(_ALIKE.search(text)) and has_quantity(text)


def kinds_held(question: str, terms: dict[str, str], text: str) -> set[str]:
    """The terms naming a kind of answer that ``text`` prints a value of ("money": "£38.4m")."""
    return printed_kinds(kind_words(question, terms), text)


def kinds_unheld(question: str, terms: dict[str, str], text: str) -> set[str]:
    """The terms naming a kind of answer that only a value holds (VALUE_ONLY), where ``text`` prints none: its own
    word there ("the number of potholes") does not hold it."""
    return unprinted_kinds(kind_words(question, terms), text)


def printed_kinds(kinds: dict[str, str], text: str) -> set[str]:
    """:func:`kinds_held` with the question's :func:`kind_words` read already."""
    return {t for t, kind in kinds.items() if _printed(kind, text)}


def unprinted_kinds(kinds: dict[str, str], text: str) -> set[str]:
    """:func:`kinds_unheld` with the question's :func:`kind_words` read already."""
    return {t for t, kind in kinds.items() if kind in VALUE_ONLY and not _printed(kind, text)}


@lru_cache(maxsize=32_768)  # every sentence of the items a question reaches, read again for each term asked
def _printed(kind: str, text: str) -> bool:
    """Does ``text`` print a value of ``kind``?"""
    if kind == "sum":
        return has_money(text)
    if kind == "band d":
        return has_money(text) and bool(_BAND_D.search(text))
    if kind == "figure":
        return has_money(text) or has_quantity(text)
    if kind == "duration":
        return bool(_DURATION.search(text))
    if kind == "name":
        return bool(_TITLED_NAME.search(text))
    if kind == "locator":
        return bool(_REFERENCE.search(text) or _LOCATOR_SAID.search(text))
    if kind == "alike":
        return bool(_ALIKE.search(text))
    if kind == "mark":
        return "*" in text
    if kind == "meaning":
        return bool(_MEANING_SAID.search(text))
    if kind == "own number":  # "Minutes A41", "the One Hundredth & Twenty-fifth Annual Meeting"
        return bool(_LOCATOR_SAID.search(text) or _ORDINAL.search(text))
    if kind == "rate":
        return bool(_RATE.search(text))
    if kind == "date":
        return bool(find_dates(text))
    return bool(_PHONE.search(text))
