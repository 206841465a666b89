"""A body the question names as what the minutes speak of, not as the meeting it asks about.

"A&B jan 2016 mtg - when did Cllr Morton say she'd first declared at the Helensburgh & Lomond Area Committee", "groby
pc feb 08 - who chaired the planning and development committee on 2 feb", "cpca board nov 24 - who is the chair of
the integrated care board who sent apologies": the question names a meeting the papers hold (Argyll and Bute
Council's, Groby's, the Combined Authority Board's) and another body that the minutes of it speak of (a declaration
made at an area committee, a member's interest "as acted as Chairman" of the Planning and Development Committee,
apologies from the Chair of the Integrated Care Board). The papers hold no meeting of that other body, and need
not: it is a subject of the minutes asked about. It is read so where an item found prints the body's name, in a
meeting the question names otherwise (by its council or place, another body that met, or its date).
"""

from __future__ import annotations

import re

from index.bodies import BodyNamed
from service.evidence import stems
from service.item_words import item_text
from service.papers import Asked, Papers

FOUND = 5  # the hits whose items are read for the body's name
# words of a body's name that say what kind of body it is, not which ("committee", "cttee", "board")
KIND_WORDS = frozenset(stems("committee committees cttee ctte sub board panel forum group meeting mtg council"))
LINKING = frozenset({"and", "of", "the", "for"})
BODY_NOUN = r"(?:sub-?committee|committee|board|panel|forum|group|commission|partnership|trust)\b"


def named_as_subject(papers: Papers, asked: Asked, body: BodyNamed) -> bool:
    """Is ``body`` named as what the minutes of another meeting the question names speak of: an item found printing
    the body's name, of a meeting the question names by its council or place, by another body that met, or by
    date?"""
    others = {c for b in asked.plan.bodies if b is not body and b.strong for c in b.committees}
    if asked.where is None and not others and not asked.periods:
        return False  # the body is all the question says of where to look: it is the meeting asked about
    printed = printed_name(body)
    if printed is None:
        return False
    for hit in asked.hits[:FOUND]:
        node = hit.node
        named = (asked.where is not None and node.meeting_key in asked.where) or node.citation.committee in others \
            or any(a <= node.meeting_date <= b for a, b in asked.periods)
        if named and printed.search(item_text(papers.index.item_nodes(node.item_key, asked.filters.audience))):
            return True
    return False


def printed_name(body: BodyNamed) -> re.Pattern[str] | None:
    """The body's name as minutes print it: its own words in order, then a body noun ("helensburgh & lomond area
    cttee": "Helensburgh and Lomond Area Committee"; not "the finance report" for the finance committee)."""
    words = [w for w in re.findall(r"[a-z]+", body.text.lower())
             if w not in LINKING and not set(stems(w)) <= KIND_WORDS]
    if not words:
        return None
    between = r"(?:\W+(?:and|of|the|for)\b)*\W+"
    return re.compile(r"\b" + between.join(map(re.escape, words)) + r"\W+(?:[\w-]+\W+)?" + BODY_NOUN, re.I)


def kind_spoken_of(papers: Papers, asked: Asked, kind: str) -> bool:
    """Is a body of ``kind`` ("cabinet") one the minutes of the place asked about speak of: an item found, of its
    meetings, printing it ("the Panel RECOMMENDS TO CABINET ...", "adopted by Cabinet 9 September 2025")? "did
    northwold cabinet take up the scrutiny panel's recommendation" asks of the panel's minutes what became of what they
    sent to a body whose own meetings the papers need not hold."""
    said = re.compile(rf"\b{re.escape(kind)}\b", re.I)
    return any((asked.where is None or h.node.meeting_key in asked.where)
               and said.search(item_text(papers.index.item_nodes(h.node.item_key, asked.filters.audience)))
               and papers.supports(asked, h)  # an item on what is asked ("library hours"), not another's
               for h in asked.hits[:FOUND])
