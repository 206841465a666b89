"""A question naming a council searched by what it asks: "whats the band d precept for harbourne town council next
yr?" selects Harbourne's meetings by the council's name, and the passages among them by the rest ("band d precept
next yr"). Searched with the name, the model reads the question as about the council, and the council's every
passage that prints its name (its header, its "date of next meeting", its correspondence) outranks the one item on
the subject, which the words alone find: the name says where, and the place filter holds it (:mod:`service.answer`).
"""

from __future__ import annotations

import re

from index.bodies import COUNCIL_KINDS
from index.fusion import Hit
from index.query import SearchFilters
from index.store import MinutebookIndex
from minutebook.vocabulary import COUNCIL_TIERS
from service.evidence import stems

TIERS = rf"(?:{COUNCIL_TIERS.form})"  # "harbourne town council": the tier printed after the name
KINDS = "|".join(COUNCIL_KINDS)


def unplaced(query: str, naming: set[str]) -> str | None:
    """``query`` less the words naming the council (``naming``, lower case) and the council's tier and kind printed
    after them ("harbourne town council"); None where no word names it, or nothing else would be left."""
    words = [w for w in naming if len(w) > 1]
    if not words:
        return None
    name = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    named = re.compile(rf"\b(?:{name})(?:\s+(?:{name}))*(?:['’]s)?(?:\s+{TIERS})?(?:\s+(?:{KINDS})(?:['’]s)?)?\b", re.I)
    bare = " ".join(named.sub(" ", query).split())
    if bare == " ".join(query.split()) or len(re.findall(r"[a-z]{3,}", bare.lower())) < 2:
        return None
    return bare


FIRST = 4  # the hits whose items the fact route weighs (service.facts)
DEPTH = 180  # how far down the words' ranking the council's passages are looked for


def by_subject(index: MinutebookIndex, bare: str, place: set[str], filters: SearchFilters, hits: list[Hit]
               ) -> list[Hit]:
    """``hits`` with the council's passage ranked first by the words of what is asked (``bare``: BM25, no second
    search of the model) put first, where the routes would not weigh it (not among the first few) and it holds more
    of what is asked than any of those do; ``hits`` as they were otherwise."""
    plan = index.plan(bare)
    ranked = [(n, s) for n, s in index.lexical_nodes(plan.search_text or bare, DEPTH, filters)
              if n.meeting_key in place]
    want = set(stems(bare))

    def held(text: str) -> int:
        return len(want & set(stems(text)))

    # of the first few by the words, the one holding most of what is asked (BM25 weighs a rare word of a short
    # passage over every word asked of the item on the matter)
    firsts = ranked[:FIRST * 2]
    if not firsts:
        return hits
    node, score = max(firsts, key=lambda p: (held(p[0].text), -firsts.index(p)))
    if any(h.node.item_key == node.item_key for h in hits[:FIRST]):
        return hits
    if hits and held(node.text) <= max(held(h.node.text) for h in hits[:FIRST]):
        return hits
    best = next((h for h in hits if h.node.item_key == node.item_key), None) or Hit(node=node, score=0.0,
                                                                                     lexical=score)
    return [best, *(h for h in hits if h.node.item_key != node.item_key)]
