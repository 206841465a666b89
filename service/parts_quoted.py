"""Each part of a question asking several things of one matter, quoted.

"The petition - number of names and cost of the repairs", "the brown bin households and the charge", "any questions
from the public or from board members?": one question asks two things, joined by "and" or "or", that the clerk wrote
in two sentences of one item ("a petition signed by 1,046 residents", "the centre needed about £240,000 of work").
The sentences that restate the whole matter score best and take the places an item gives; a later part whose words
no sentence kept holds is answered by its own sentence in the items already quoted, where one scores near enough
the best. (A clause setting the scene, "when the strategy was discussed in January 2018, what was said about ...",
is no part asked.) Two things compared ("saving if shut vs saving on reduced hours") are a figure each: the later
side is spoken to by a sentence giving its figure ("reduced hours would save £71,000 a year"), not by one that only
names it ("moved that the centre remain open on reduced hours of three days a week").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from minutebook.vocabulary import written_out
from service.evidence import has_money, has_quantity, stems
from service.measures import SUM_MEASURE
from service.reading import Candidate

# where a question's later parts begin: "and", "or", "&", "+", "plus", "as well as"; or a side compared with the one
# before: "vs", "versus", "compared with" (general usage: a comparison sets two figures side by side)
COMPARED = r"vs\.?|versus|compared\s+(?:with|to)"
JOINED = re.compile(rf"\s((?:and|or|&|\+|plus|as\s+well\s+as)|{COMPARED})\s", re.I)
# a comma opening a new question ("what does it cover, are there others like it"): a later part, as "and" joins one
NEW_CLAUSE = re.compile(r"(?<=\w),\s+(?=(?:are|is|was|were|did|does|do|has|have|had|how|what|who|whom|which|when|"
                        r"where|why|any)\b)", re.I)
SIDE = re.compile(rf"^(?:{COMPARED})$", re.I)
PART_KEEP = 0.6  # a part's own sentence is quoted where it scores this share of the best sentence


def later_parts(question: str, terms: dict[str, str]) -> list[tuple[list[str], list[str] | None]]:
    """The question's terms by the later part they are asked in (after "and", "or", "vs"), each part with a term or
    more that no part before it holds; and, for a side compared ("... vs saving on reduced hours"), its terms asked
    before too (what both sides measure: "saving"), None for a part of another kind. None where the question joins no
    parts."""
    # the text, then each joining word and the part after it (in the papers' words: "others like it", "similar ones")
    pieces = JOINED.split(NEW_CLAUSE.sub(" and ", written_out(question)))
    seen = {t for t in stems(pieces[0]) if t in terms}
    parts: list[tuple[list[str], list[str] | None]] = []
    for joiner, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        asked = [t for t in dict.fromkeys(stems(piece)) if t in terms]
        own = [t for t in asked if t not in seen]
        seen.update(own)
        if own:
            parts.append((own, [t for t in asked if t not in own] if SIDE.match(joiner) else None))
    return parts


def holds_sum(terms: dict[str, str], part: list[str], sentence: str) -> bool:
    """Does the part ask a sum by its noun ("the cost of the repairs", "the charge") that ``sentence`` prints ("needed
    about £240,000 of work")?"""
    return any(SUM_MEASURE.fullmatch(terms[t]) for t in part) and has_money(sentence)


def parts_unquoted(question: str, terms: dict[str, str], candidates: Sequence[Candidate], kept: list[int],
                   scored: Sequence[tuple[float, int]], holds: Callable[[Candidate, list[str]], bool]) -> list[int]:
    """The candidates (by index) to quote besides ``kept`` for the later parts of the question no kept sentence speaks
    to: for each, the best scoring sentence of an item already quoted that holds a word of the part (or the sum it
    asks by its noun), scoring at least :data:`PART_KEEP` of the best. ``holds``: does a candidate's sentence hold
    any of the given terms?"""
    parts = later_parts(question, terms)
    if not parts or not kept or not scored:
        return []

    def speaks(c: Candidate, part: list[str], measured: list[str] | None) -> bool:
        if measured is not None:  # a side compared: its figure of what both sides measure ("would save £71,000")
            return holds(c, part) and (not measured or holds(c, measured)) and has_quantity(c.point)
        return holds(c, part) or holds_sum(terms, part, c.point)

    top = scored[0][0]
    items = {candidates[n].rank for n in kept}
    added: list[int] = []
    for part, measured in parts:
        if any(speaks(candidates[n], part, measured) for n in [*kept, *added]):
            continue
        own = next((n for score, n in scored if score >= PART_KEEP * top and candidates[n].rank in items
                    and n not in kept and n not in added and speaks(candidates[n], part, measured)), None)
        if own is not None:
            added.append(own)
    return added
