"""What a figure in a sentence is of: the thing a number counts, and whether a word names the thing asked or only
another thing it qualifies.

Minutes print many figures near the words of a question without giving its figure: "how many visitors" meets
"four seasonal rangers ... for managing visitors" (four counts rangers) and "from seven days to five days a week"
(days, a length of time); "how much are rents going up" meets "tenant rent arrears ... an increase of 6.2%" (rent
names the arrears, which rose, not the rents). A number counts the noun phrase printed after it ("four seasonal
rangers", "23 letters of objection"), or, printed bare ("objections: 23", "41% of EHCPs", "rose to 1,234"), what the
sentence is about; a word followed by another noun ("rent arrears", "visitor centre") names that other thing.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import DURATION, FIGURE_NOUNS
from service.evidence import NUMBER_WORD, quantities, stems
from service.papers import Asked

_DURATION = re.compile(DURATION.form, re.I)
_FIGURE_NOUN = re.compile(rf"^(?:{FIGURE_NOUNS.form})$", re.I)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
# where the noun phrase a number counts ends: a verb, a preposition other than "of", a clause's end
PHRASE_END = re.compile(r"^(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|"
                         r"have|had|and|or|but|nor|to|in|on|at|by|for|from|with|into|onto|than|that|which|who|whom|"
                         r"whose|as|per|each|a|an|the|this|these|those|its|their|his|her|so|since|between|against|"
                         r"during|after|before|over|under|including|within|across|out|up|down|off|about|around|"
                         r"there|it|they|we|he|she|if|when|while|where|not|no|only|also|then|now|a\s+year)$", re.I)
PHRASEWORDS = 4  # "23 new affordable homes", "four seasonal rangers based": a count's noun within a few words
MATCH_PREFIX = 5  # "visitors" and "visited", "objections" and "objectors": one stem's start, another wording


def same_word(asked: Asked, term: str, words: list[str]) -> bool:
    """Is ``term`` (a question's stem) among ``words``, in its stem, another wording of it, or a stem sharing its
    first letters ("visitor" and "visit")?"""
    present = set(stems(" ".join(words)))
    return asked.has(term, present) or any(
        len(p) >= MATCH_PREFIX and len(term) >= MATCH_PREFIX and p[:MATCH_PREFIX] == term[:MATCH_PREFIX]
        for p in present)


def numbers(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a count: a figure in digits that is not a year, a date or a sum of money, or a number
    in words ("four", "twenty")."""
    found = [(a, b) for a, b in quantities(text) if not re.search(r"[£€$]\s?$", text[max(0, a - 2):a])]
    return sorted(found + [m.span() for m in NUMBER_WORD.finditer(text)])


def counted_words(text: str, end: int) -> list[str] | None:
    """The noun phrase the number ending at ``end`` counts ("seasonal rangers", "letters of objection"); [] where
    it is printed bare ("23.", "41% of", "rose to 1,234"); None where it is a length of time ("seven days")."""
    rest = text[end:]
    if _DURATION.match(text[max(0, end - 12):end] + rest[:12]) or re.match(
            r"\s*(?:-\s*)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm|a\.m|p\.m)"
            r"\b", rest, re.I):
        return None
    if re.match(r"\s*(?:%|per\s*cent|percent)", rest, re.I):
        return []
    out: list[str] = []
    at = 0
    for m in WORD.finditer(rest):
        if re.search(r"[.;:,()\n\t]", rest[at:m.start()]) or len(out) >= PHRASEWORDS:
            break
        at = m.end()
        word = m.group(0)
        if word.lower() == "of" and out:
            out.append(word)  # "letters of objection"
            continue
        if PHRASE_END.match(word):
            break
        out.append(word)
    return [w for w in out if w.lower() != "of"]


def counts(asked: Asked, term: str, text: str, about: str = "", before: str = "") -> bool:
    """Does ``text`` give a count of what ``term`` names: a number whose noun phrase names it, or a number printed
    bare in a sentence (read with ``about``, its lead-in and title) that names it? A number counting something
    else ("four seasonal rangers") or a length of time ("five days a week") is not one. ``before``: the sentence
    before it on the same item, which may name the thing in full where ``text`` names it by its head noun."""
    for start, end in numbers(text):
        if counted_by_agent(asked, term, text[:start]):
            return True
        words = counted_words(text, end)
        if words is None:  # a length of time counts hours only where hours are asked ("how many hrs a week")
            words = WORD.findall(text[end:end + 12])[:1]
            if not same_word(asked, term, words):
                continue
        if words and (same_word(asked, term, words) or named_by_head(asked, term, words, before)):
            return True
        if not words and (same_word(asked, term, WORD.findall(f"{about} {text}"))
                          or named_by_head(asked, term, WORD.findall(text), before)):
            return True
    return False


# the verb a count is the agent of, just before it: "a petition signed by 648 residents" (names, signatures)
BY_AGENT = re.compile(r"\b([A-Za-z]+)\s+by\s+(?:(?:over|about|around|some|nearly|almost|more\s+than)\s+)?$", re.I)


def counted_by_agent(asked: Asked, term: str, before: str) -> bool:
    """Does the count after ``before`` give what ``term`` names by the verb it is the agent of ("signed by 648
    residents" counts a petition's names, its signatures, whoever signed)?"""
    found = BY_AGENT.search(before)
    return found is not None and asked.has(term, set(stems(f"{found.group(1)} by")))


def named_by_head(asked: Asked, term: str, words: list[str], before: str) -> bool:
    """Do ``words`` name what ``term`` names by the head noun of the wording of it the sentence ``before`` prints
    whole: "How many Education, Health and Care Plans were issued ...?" then "612 new plans had been issued, of which
    41% ..." (asked of EHCPs), as minutes name a thing in full once and then by its last word."""
    if not before:
        return False
    printed = stems(before)
    said = set(stems(" ".join(words)))
    for wording in asked.alternatives.get(term, ()):
        if len(wording) < 2 or not wording <= set(printed):
            continue
        head = max(wording, key=printed.index)  # the wording's last word as printed: its head noun
        if head in said:
            return True
    return False


def named_as_head(asked: Asked, term: str, text: str) -> bool:
    """Does ``text`` print ``term`` as the thing it names, not only qualifying another noun ("rent arrears",
    "visitor centre")? A word for the figure after it ("rent increase", "repair costs", "parking charges") still
    names it, as does a word of the question ("council house rents")."""
    asked_words = set(asked.terms)
    tokens = list(WORD.finditer(text))
    for n, m in enumerate(tokens):
        if not same_word(asked, term, [m.group(0)]):
            continue
        if n + 1 == len(tokens) or re.search(r"[^\s]", text[m.end():tokens[n + 1].start()]):
            return True  # the phrase ends with it
        after = tokens[n + 1].group(0)
        after_stems = stems(after)
        if PHRASE_END.match(after) or not after_stems or _FIGURE_NOUN.match(after) \
                or after_stems[0] in asked_words or re.search(r"(?:ed|ing)$", after, re.I):
            return True
    return False
