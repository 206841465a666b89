"""A committee the question names of a council it names, which that council's papers hold no meetings of; and a body
named by a place whose papers they do not hold.

"What did Kettlewick's finance committee decide", "great sallowby planning committee", "Sellerby's planning and
transport scrutiny committee": the words of the body's name match another council's committee (Ashcombe's Finance and
General Purposes Committee, Lisnacree's Planning Committee), but the council the question makes it of holds no meeting
of it in the papers (its minutes may say a matter goes to one). The answer says which of its bodies the papers hold.
"The north wales police and crime panel" is matched to Dyfed-Powys's and Surrey's by its kind, and "Wales" is a name
the papers print (in other councils' minutes), but no council of that name has papers here and neither panel's papers
print it: the papers hold no meetings of that panel.
"""

from __future__ import annotations

import re

from index.bodies import COMMITTEE_KINDS, GENERIC_BODY_WORDS, BodyNamed
from service.papers import Asked, Papers

# a body named as another party to what is asked ("sent on to the constitution cttee", "a letter from the finance
# committee"), not the meeting asked about
PARTY_BEFORE = re.compile(r"\b(?:to|from|with|by|via|onto)\s+(?:the\s+|a\s+)?$", re.I)
# the council a body is named of: "kettlewick's finance committee", "sellerby cc's planning committee"
OWNER_BEFORE = re.compile(r"((?:[a-z][\w&-]*\s+){0,3}?[a-z][\w&-]*)['’]s?\s+$", re.I)


def where_in(question: str, body: BodyNamed) -> re.Match[str] | None:
    """Where the question names the body, its words as typed ("planning & highways", "sub-cttee")."""
    words = re.findall(r"[a-z0-9]+", body.text.lower())
    return re.search(r"\b" + r"\W+(?:(?:and|&|of|the)\W+)*".join(map(re.escape, words)), question, re.I) \
        if words else None


def owners(papers: Papers, question: str, body: BodyNamed) -> list[set[str]]:
    """The meetings of the council the question makes the body of: named in its possessive ("kettlewick's finance
    committee"), else by a name among the body's own words ("great sallowby planning committee"); [] where neither."""
    at = where_in(question, body)
    if at is None:
        return []
    if owner := OWNER_BEFORE.search(question[:at.start()]):
        council = papers.where(owner.group(1))
        return [council] if council else []
    names = [w for w in re.findall(r"[a-z]+", at.group(0).lower())
             if w not in GENERIC_BODY_WORDS and not papers.index.prints_as_word(w)]
    return [g for g in papers.where_each(" ".join(names))] if names else []


def body_not_held(papers: Papers, asked: Asked, bodies: list[BodyNamed]) -> str | None:
    """Why the question cannot be answered where it names one committee, by a distinctive word of its name, of a
    council whose papers hold meetings of other bodies, but of that one only other councils' papers do; None
    otherwise (the body not named of a council, several bodies named, or one of the council's own)."""
    named = [b for b in bodies if b.strong and b.committees and b.kind in COMMITTEE_KINDS]
    if len(named) != 1 or len(bodies) > 1:
        return None  # "groby's planning cttee sat on 2 feb - when did the full parish council meet": the other's
    body = named[0]
    at = where_in(asked.question, body)
    if at is None or PARTY_BEFORE.search(asked.question[:at.start()]):
        return None
    councils = owners(papers, asked.question, body)
    held = [s for s in papers.meetings() if any(s.key in keys for keys in councils)]
    if not held or any(s.committee in body.committees for s in held):
        return None
    words = {w for w in re.findall(r"[a-z]+", body.text.lower()) if w not in GENERIC_BODY_WORDS}
    if any(words <= papers.named_words(keys) for keys in councils):
        return None  # "the fenmere drainage board": the council itself (its committee: "Annual Meeting of the Board")
    kinds = ", ".join(sorted({s.committee for s in held}))
    return f"The papers hold no meetings of the {body.text.title()}; of the council named they hold meetings " \
           f"of: {kinds}."


def place_not_held(papers: Papers, asked: Asked, bodies: list[BodyNamed]) -> str | None:
    """Why the question cannot be answered where a body it names carries, in its name, a place the papers print as a
    name ("Wales" of "the north wales police and crime panel") that names no council whose papers they hold, is no
    word of what names the committees it is matched to, and is printed in none of their meetings' papers: another
    body of that kind. None where it names no such body."""
    for body in bodies:
        if not body.strong or not body.committees:
            continue
        keys = {s.key for c in body.committees for s in papers.meetings(c)}
        own = papers.named_words(keys) | {w for c in body.committees for w in re.findall(r"[a-z]+", c.lower())}
        printed = set().union(*(papers.meeting_words.get(k, set()) for k in keys))
        foreign = [w for w in re.findall(r"[a-z]+", body.text.lower())
                   if w in asked.plan.places and w not in GENERIC_BODY_WORDS and w not in own and w not in printed
                   and papers.where(w) is None]
        if foreign:
            return f"The papers hold no meetings of the {body.text.title()}."
    return None
