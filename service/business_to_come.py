"""What was said or decided of a matter, asked where the papers name it only as business for a later meeting.

"What did they recommend on the street lighting LED conversion" met by "That the draft work programme for 2026/27 be
agreed, including items on flood risk management (July), street lighting LED conversion (September)"; "what did they
decide on the commissioner's estates strategy" by "That the work programme be agreed, including a report on the
Commissioner's estates strategy in September"; "what did the leisure trust chief exec tell scrutiny" by "to invite the
Chief Executive of the Leisure Trust to the April meeting"; "what are the costed options for the flats" by "to report
back on the outcome of the survey of the flats, with costed options, by December". The sentence is on the matter, and
names it only after the words that put it on a later meeting's business (minutebook.vocabulary.BUSINESS_TO_COME): what
that meeting heard or decided is not in these papers. A sentence, or an item's title, naming the matter otherwise
answers (the later meeting's own minute on it).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import BUSINESS_TO_COME, compiled
from service.asked import Asked
from service.drafting import label
from service.evidence import sentences, stems
from service.pending import NOT_YET_ASKED
from service.schemas import Answer
from service.subject_bodies import KIND_WORDS

TO_COME = compiled(BUSINESS_TO_COME, r"\b{}")
# asked of the business itself, which the words putting it on a later meeting answer: "when is the estates strategy
# coming to the panel", "who did they invite", "what's on the work programme", "what did they ask officers to report
# back on", "what's happening with the LED conversion"
# (a report asked to be made, not a report the matter is: "what did they say about the annual report of the board")
BUSINESS_ASKED = re.compile(r"\b(?:when|(?:to|will|would|going\s+to)\s+report|report(?:ed|ing)?\s+back|reporting|"
                            r"invit\w*|programmes?|agenda|forward\s+plan|come\s+back|bring\w*|"
                            r"brought|schedul\w*|future|later|upcoming|coming|items?|happening|position)\b", re.I)
# the question's own verbs of asking, no word of the matter ("what did the trust's chief executive tell scrutiny")
ASKING = frozenset(stems("tell told say said decide decided recommend recommended agree agreed think thought find "
                         "found conclude concluded"))
ON_IT = 0.5  # share of the matter's words a sentence (or a title) names to be on it
WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
PASSIVE = re.compile(r"(?:be|been|is|are|was|were)\b", re.I)  # "be invited to the November meeting": of what is before
CLAUSE_OPENS = re.compile(r"[,;:]\s*|\bthat\s+", re.I)  # where the clause before a passive cue begins


def matter(asked: Asked) -> list[str]:
    """The words naming what the question asks about: its subject and the names it calls things by (not where); where
    nothing else is left, its own words (a guest named by their post and body: "the blaenhafod leisure trust chief
    exec")."""
    names = [t for t, w in asked.terms.items() if w in asked.plan.names and w not in asked.plan.places]
    # a body the papers hold no meetings of is part of what is asked about ("the safeguarding adults board annual
    # report"), though its words are no terms (a body's name says where, for one that met)
    spoken_of = [t for b in asked.plan.bodies if not b.committees for t in stems(b.text) if t not in KIND_WORDS]
    words = [t for t in dict.fromkeys([*asked.subject, *names, *spoken_of]) if t not in ASKING]
    return words or [t for t in dict.fromkeys(stems(asked.question)) if t not in ASKING]


def held_at(asked: Asked, words: list[str], text: str) -> list[int]:
    """Where in ``text`` the words of the matter are (character offsets), as asked or in another wording."""
    return [m.start() for m in WORD.finditer(text)
            if any(asked.has(t, set(stems(m.group(0)))) for t in words)]


def on_it(asked: Asked, words: list[str], text: str) -> bool:
    """Does ``text`` name the matter: at least :data:`ON_IT` of its words?"""
    present = set(stems(text))
    return sum(1 for t in words if asked.has(t, present)) >= max(1, ON_IT * len(words))


def put_on(sentence: str, held: list[int]) -> int | None:
    """Where the words putting the matter on later business begin in ``sentence``, where every word of the matter
    (at the offsets ``held``) is named by them: after them ("including items on ...", "to invite the Chief Executive
    ..."), or before them in their clause, in the passive ("that the Managing Director be invited to the November
    meeting"); None where a word of the matter is named otherwise."""
    spans = []  # (where the words naming the business begin, where what they name begins, where it ends)
    for cue in TO_COME.finditer(sentence):
        if PASSIVE.match(cue.group(0)):
            opened = max((m.end() for m in CLAUSE_OPENS.finditer(sentence[:cue.start()])), default=0)
            spans.append((opened, opened, len(sentence)))
        else:
            spans.append((cue.start(), cue.end(), len(sentence)))
    if not held or not all(any(a <= p < b for _, a, b in spans) for p in held):
        return None
    return max(s for s, a, b in spans if a <= min(held) < b)  # the words nearest before it


def business_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer does not say what was said or decided of the matter asked about: every sentence naming it names
    it only as business for a later meeting. None where one names it otherwise, or the question asks of that business
    (when it comes, who is invited, what is on the programme) or of what is still to come."""
    question = asked.question
    if route not in ("facts", "resolved", "resolved_on_point") or not answer.citations \
            or NOT_YET_ASKED.search(question) or BUSINESS_ASKED.search(question):
        return None
    words = matter(asked)
    if not words:
        return None
    first: tuple[str, str] | None = None  # where the papers put it on later business, and their words
    for c in answer.citations:
        if on_it(asked, words, c.item_title) and not TO_COME.search(c.item_title):
            return None  # the matter's own item ("Street Lighting LED Conversion"): what it heard or decided
        for s in sentences(c.quote):
            if not on_it(asked, words, s):
                continue
            cue = put_on(s, held_at(asked, words, s))
            if cue is None:
                return None  # named otherwise: what was said of it
            if first is None:
                first = (label(c.minute, c.resolution, c.item_title, c.meeting_date), s[cue:].strip())
    if first is None:
        return None
    return f"The papers name it only as business for a later meeting ({first[0]}: \"{first[1]}\"), not what was " \
           f"said or decided of it."
