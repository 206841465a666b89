"""A count asked of things in one state, where the papers count them in another.

"How many ash trees are going to be felled" met by "around 1,900 council-owned ash trees were being monitored and some
felling would be needed": a count of the trees, but of those monitored; the felling is given no number. "How many
homes were built" met by "480 homes had been granted permission". The question's verb says which of the things it
counts; the clause that gives the figure must say it (the verb or its noun: "felled", "felling of 40 trees"), not
another clause of the sentence.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import DONE_SO_FAR_ASKED, TARGET_SAID, TURNOUT_ASKED, TURNOUT_SAID, compiled
from service.asked import Asked
from service.evidence import counted_head, has_quantity, quantities, sentences, stems
from service.figure_things import numbers
from service.schemas import Answer

# "how many ash trees are going to be felled", "how many homes were built last year", "how many trees will be planted":
# the things, then the verb in its participle that says which of them
HOW_MANY_VERBED = re.compile(
    r"\bhow\s+many\s+(?:[\w'’-]+\s+){1,5}?(?:are|were|is|was|will|would|have|has|had)\s+"
    r"(?:(?:going\s+to|gonna|likely\s+to|expected\s+to|due\s+to|set\s+to|to|being|been|be|get|got|getting)\s+){0,3}"
    r"(?P<verb>[a-z]{3,}(?:ed|en|wn|lt|nt|ht))\b"
    # a phrasal verb ("how many businesses are signed up", "how many were sent out"): the verb with its particle says
    # the state, not the verb alone ("signed up" is not "new bilingual signs")
    r"(?:\s+(?P<particle>up|out|off|down|away|back)\b)?", re.I)
# where one clause of a sentence ends and the next, with a verb of its own, begins
# a span of time, which counts no things: "over the next five years", "within 12 months"
DURATION = re.compile(r"\b[\w,.]+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b", re.I)
CLAUSE_END = re.compile(r"[;:]|,(?!\d)|\s(?:and|but|while|whereas|although|though|which|who)\s", re.I)


def clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence``, split where a comma, a semicolon or a conjunction begins another."""
    return [c for c in CLAUSE_END.split(sentence) if c.strip()]


def verb_count_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer gives no count of the things asked in the state the question's verb says: a clause says the verb
    (or its noun) with no figure, and none that gives a figure says it. None where one does, where the quotes never
    say the verb (a figure may count the things asked in other words: "45 objections had been lodged" for "how many
    were received"), or the question counts by no verb."""
    found = HOW_MANY_VERBED.search(asked.plan.corrected) or HOW_MANY_VERBED.search(asked.question)
    if found is None or route in ("attendance", "declarations") or not answer.citations:
        return None
    verb = set(stems(found.group("verb")))
    if not verb:
        return None
    particle = found.group("particle")
    # the verb with its particle, in any of its forms ("signing up", "signs up")
    phrasal = re.compile(rf"\b{re.escape(next(iter(verb)))}\w*\s+{particle}\b", re.I) \
        if particle and len(verb) == 1 else None
    other = ""  # a clause giving a figure of the things otherwise
    spoken = False  # a clause saying the verb (or its noun) with no figure: the papers speak of it, uncounted
    for c in answer.citations:
        for s in sentences(c.quote):
            for clause in clauses(s):
                held = set(stems(clause))
                said = (bool(phrasal.search(clause)) if phrasal else verb <= held) or any(
                    any(alt <= held for alt in asked.alternatives.get(t, ())) if phrasal else asked.has(t, held)
                    for t in verb)
                if not has_quantity(DURATION.sub(" ", clause)):
                    spoken = spoken or said
                elif said:
                    return None
                else:
                    other = other or clause.strip()
    if not other or not spoken:
        return None  # no figure at all (the checks of figures say so), or no word of the state asked to go by
    return f"The papers give a figure of them otherwise (\"{other}\"), not how many are {found.group('verb')}."


# what something has, counted: "how many parking spaces does the unit have on its own site", "how many beds has the
# home got" (not "how many more", "how many extra": the added ones are asked)
HOW_MANY_HELD = re.compile(r"\bhow\s+many\s+(?P<things>(?:[\w'’-]+\s+){1,4}?)(?:does|do|did|will|would|has|have|had)\s+"
                           r"(?:[\w'’&-]+\s+){1,6}?(?:have|has|got|hold|provide|offer)\b", re.I)
ADDED_ASKED = re.compile(r"\b(?:more|extra|additional|further|new|added|overflow|spare)\b", re.I)
# how minutes count things added to what there is: "35 additional spaces", "a further 12 beds", "20 extra places"
# (not "new": "9,350 new homes" are what a local plan provides for, counted plainly)
ADDED = re.compile(r"\b(?:additional|extra|further|more|overflow|added|spare)\b", re.I)
ADDED_WORDS = 3  # words after a figure, up to the thing counted ("35 additional parking spaces")


def added_count_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer gives no count of what something has: every figure of the things counted is of those added
    ("providing 35 additional spaces"). None where one counts them plainly, none counts them, or what is asked is not
    what something has."""
    question = asked.plan.corrected
    if route in ("attendance", "declarations") or not answer.citations or not HOW_MANY_HELD.search(question) \
            or ADDED_ASKED.search(question):
        return None
    head = counted_head(question)
    found = HOW_MANY_HELD.search(question)
    if head is None or found is None:
        return None
    # what has them, as the question names it (not the things counted: "parking spaces"), said in the sentence or its
    # item's title: another site's count ("The Eastgate car park has 120 spaces") is not of it
    things = set(stems(found.group("things")))
    owner = [t for t, w in asked.terms.items() if t not in things and w not in asked.plan.scope_words]
    added = False
    for c in answer.citations:
        for s in sentences(c.quote):
            held = set(stems(f"{c.item_title} {s}"))
            if owner and not any(asked.has(t, held) for t in owner):
                continue
            for start, end in quantities(s):
                before = s[max(0, start - 12):start]
                after = s[end:].split()[:ADDED_WORDS + 1]
                if not any(asked.has(head, set(stems(w))) for w in after):
                    continue
                if ADDED.search(" ".join(after)) or re.search(r"\bfurther\s+$", before, re.I):
                    added = True
                else:
                    return None  # "the unit has 40 spaces"
    return "The papers count only those to be added, not how many there are." if added else None


_TURNOUT_ASKED = compiled((TURNOUT_ASKED,))
_TURNOUT_SAID = compiled((TURNOUT_SAID,))
_DONE_SO_FAR = compiled((DONE_SO_FAR_ASKED,))
_TARGET = compiled((TARGET_SAID,))
AIMED_BEFORE = 40  # characters before a figure in which a target word makes it the number aimed at ("a target of 24")


def figure_clauses(asked: Asked, answer: Answer, route: str, question: re.Pattern[str]) -> list[str]:
    """The clauses of the answer's quotes that give a figure (spans of time left out), where the question asks as
    ``question`` reads and the route quotes more than a meeting's records; [] otherwise."""
    if route in ("attendance", "declarations") or not answer.citations:
        return []
    if not (question.search(asked.plan.corrected) or question.search(asked.question)):
        return []
    return [DURATION.sub(" ", clause) for c in answer.citations for s in sentences(c.quote) for clause in clauses(s)
            if has_quantity(DURATION.sub(" ", clause))]


def turnout_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer gives no count of those who came to something ("how many people went to the Halloween event"):
    every clause with a figure counts something else ("the involvement of 35 volunteers", "2,870 of the 4,000 tickets
    had been sold"), none those who attended, visited or turned out. None where one does ("the festival had attracted
    an estimated 31,000 visitors"), where no clause gives a figure (the checks of figures say so), or where a turnout
    is not asked."""
    found = figure_clauses(asked, answer, route, _TURNOUT_ASKED)
    if not found or any(_TURNOUT_SAID.search(clause) for clause in found):
        return None
    return f"The papers give a figure of something else (\"{found[0].strip()}\"), not how many came."


def target_only_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer gives no count of what has been done by now ("how many on-call firefighters have they signed
    up so far"): every figure quoted is a number aimed at ("a target of 24 new on-call firefighters by March 2031"),
    none one reached. None where one is given without a target ("of 3,400 homes to be retrofitted, 1,915 had been
    completed"; "14 trainees had joined, against a target of 20"), where no clause gives a figure, or where what is
    done by now is not asked."""
    found = figure_clauses(asked, answer, route, _DONE_SO_FAR)
    if not found or any(not _TARGET.search(clause[max(0, a - AIMED_BEFORE):a])
                        for clause in found for a, _ in numbers(clause)):
        return None
    return f"The papers give only a number aimed at (\"{found[0].strip()}\"), not how many so far."
