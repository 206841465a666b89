"""Each part of a question asking several things of one matter, quoted.

"The petition - number of names and cost of the repairs", "how available are the on-call engines, and which
station's worst", "any questions from the public or board members?": one question asks two things the clerk
wrote in two sentences of one item ("a petition signed by 1,046 residents", "the centre needed about £240,000 of
work"). The sentences that restate the whole matter score best and take the places an item gives; a part whose
words no sentence kept holds is answered by its own sentence in the items already quoted, where one scores near
enough the best.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from service.evidence import stems
from service.reading import Candidate

# where a question's parts meet: a comma, a semicolon, "and", "or", "&", "+", a dash between words
PART_BREAK = re.compile(r",|;|\?|\s[-–—+&/]\s|\b(?:and|or|plus|as\s+well\s+as)\b", re.I)
PART_KEEP = 0.6  # a part's own sentence is quoted where it scores this share of the best sentence


def question_parts(question: str, terms: Sequence[str]) -> list[list[str]]:
    """The question's terms by the part of it they are asked in, each part with one term or more; fewer than two
    parts where the question asks one thing."""
    asked = set(terms)
    parts: list[list[str]] = []
    for piece in PART_BREAK.split(question):
        own = [t for t in dict.fromkeys(stems(piece)) if t in asked and not any(t in p for p in parts)]
        if own:
            parts.append(own)
    return parts


def parts_unquoted(question: str, terms: Sequence[str], candidates: Sequence[Candidate], kept: list[int],
                   scored: Sequence[tuple[float, int]], holds: Callable[[Candidate, list[str]], bool]) -> list[int]:
    """The candidates (by index) to quote besides ``kept`` for the parts of the question no kept sentence speaks to:
    for each, the best scoring sentence of an item already quoted that holds a word of the part, scoring at least
    :data:`PART_KEEP` of the best. ``holds``: does a candidate's sentence hold any of the given terms?"""
    parts = question_parts(question, terms)
    if len(parts) < 2 or not kept or not scored:
        return []
    top = scored[0][0]
    items = {candidates[n].rank for n in kept}
    added: list[int] = []
    for part in parts:
        if any(holds(candidates[n], part) for n in [*kept, *added]):
            continue
        own = next((n for score, n in scored if score >= PART_KEEP * top and candidates[n].rank in items
                    and n not in kept and n not in added and holds(candidates[n], part)), None)
        if own is not None:
            added.append(own)
    return added
