"""The meetings a question asks the same thing of, one scope each: "what did he push for at the hosc on the birthing
unit and at the pension committee", "did the ddccg governing body (jan 22) or the glos hwb (jan 20) get any public
questions?". A scope is the set of meeting keys of one council the question names, else of one body, else of one
period; a question naming only one of each has none."""

from __future__ import annotations

import re
from itertools import pairwise

from index.bodies import COUNCIL_KINDS, abbreviates
from index.query import in_periods
from ingest.catalogue_rows import MeetingSummary
from minutebook.vocabulary import QUESTION_JOINS
from service.evidence import stems
from service.papers import Asked, Papers
from service.places import naming
from service.schemas import Answer

# a question asked of each of several bodies its words name alike ("did either police and crime panel have any
# declarations", "both parish councils", "any of the planning committees"): one scope a body
EACH_OF = re.compile(r"\b(?:either|both|each|neither|any\s+of)\b", re.I)

# the meetings of a council asked of one by one: "at any of the carmarthenshire county council meetings", "each of
# the council's meetings we have", "both of their committees"
EACH_MEETING = re.compile(r"\b(?:each|any|all|either|both|every\s+one)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?"
                          r"(?:[\w&'’-]+\s+){0,5}?(?:meetings|bodies|committees|mtgs)\b", re.I)


def scopes_each(papers: Papers, asked: Asked) -> list[set[str]]:
    """The meetings of each council, else each body, else each period the question names, where it names two or more
    that hold meetings in the papers and no two of which share one; [] otherwise."""
    councils = papers.where_each(asked.question)
    if len(councils) > 1:
        return councils
    if EACH_MEETING.search(asked.question) and asked.where is not None:
        # "at any of the carmarthenshire county council meetings": each of the council's bodies whose meetings it holds
        held = [s for s in papers.meetings() if s.key in asked.where]
        each = [{s.key for s in held if s.committee == c} for c in dict.fromkeys(s.committee for s in held)]
        if _apart(each):
            return each
    if EACH_OF.search(asked.question):  # "did either police and crime panel ...": each of the bodies its words name
        if asked.where is not None:  # words naming several councils alike ("either fire and rescue authority")
            held = [s for s in papers.meetings() if s.key in asked.where]
            each = [{s.key for s in held if s.council == c} for c in dict.fromkeys(s.council for s in held)]
            if _apart(each):
                return each
        for named in asked.plan.bodies:
            # (each council's: two fire authorities' minutes may both name their body "the Authority")
            held = [s for c in dict.fromkeys(named.committees) for s in papers.meetings(c)
                    if asked.where is None or s.key in asked.where]
            each = [{s.key for s in held if (s.council, s.committee) == body}
                    for body in dict.fromkeys((s.council, s.committee) for s in held)]
            if named.strong and _apart(each):
                return each
    bodies = list(dict.fromkeys(frozenset(b.committees) for b in asked.plan.bodies if b.strong and b.committees))
    periods = list(dict.fromkeys(asked.periods))
    # a council's bodies named by their committees' words beside its name ("the carms leader decisions mtg (dec 17)
    # and the standards cttee (sept 19)")
    own_bodies = papers.bodies_each(asked.question)
    if len(bodies) < 2 and len(periods) < 2:
        return own_bodies if _apart(own_bodies) else []  # (most questions: no meeting read)
    meetings = papers.meetings()
    place = asked.where
    each = [{s.key for s in meetings if s.committee in body} for body in bodies]
    # the council named, where it held each body's meetings ("kersley hosc ... and the pension committee": the
    # place the question's words make of "kersley hosc" is the one body's meetings alone)
    placed = [keys & place for keys in each] if place is not None else each
    if _apart(placed):
        return placed
    if _apart(each):
        return each
    # the committee chosen, by the reader or by the one body the question names; not the first of two bodies it names
    # ("Carmarthenshire's Standards Committee in September 2019, and ... the full County Council in September 2023")
    committee = asked.filters.committee if asked.filters.committee != asked.plan.committee \
        or len(asked.plan.bodies) < 2 else None
    each = [{s.key for s in meetings if in_periods(s.date.isoformat(), [p]) and (place is None or s.key in place)
             and (not committee or s.committee == committee)} for p in periods]
    # each period's meetings, or each body's, whichever names more ("leader decisions dec 17, standards sept 19, full
    # council sept 23": three periods, two bodies named by their words)
    return max((x for x in (each, own_bodies) if _apart(x)), key=len, default=[])


def _apart(scopes: list[set[str]]) -> bool:
    """Two or more scopes, each holding a meeting, no meeting in two."""
    return len(scopes) > 1 and all(scopes) and sum(map(len, scopes)) == len(set().union(*scopes))


def cites_scope(papers: Papers, answer: Answer, scope: set[str]) -> bool:
    """Does ``answer`` cite a meeting of ``scope``?"""
    held = {(s.committee, s.date) for s in papers.meetings() if s.key in scope}
    return any((c.committee, c.meeting_date) in held for c in answer.citations)


# a word of a body's name this short may be a council's name clipped ("sev hwb", "glos", "nym"), which no paper prints
LONGER_THAN_CLIPPED = 5


def stranger_body(papers: Papers, asked: Asked) -> str | None:
    """The body the question names, where a distinctive word of its name is one the papers never print, neither its
    committees' names nor any council's, venue's or place's, nor the initials of a council's name ("nyma": North York
    Moors National Park Authority): "the gwent police and crime panel" is matched to Dyfed-Powys's and Surrey's by
    "police and crime panel", but the papers hold no meetings of Gwent's. None where every word is theirs (or the
    reader has chosen a committee)."""
    if asked.filters.committee and asked.filters.committee != asked.plan.committee:
        return None  # chosen by the reader, not read from the question's words
    for body in asked.plan.bodies:
        # (a council matched to no body the papers hold, "what did ashwell cross parish council agree", by a word no
        # paper prints and no slip of one: a council whose papers they do not hold)
        council = not body.committees and body.kind in COUNCIL_KINDS
        if not council and (not body.strong or not body.committees):
            continue
        strange = [w for w in body.stranger if len(w) >= LONGER_THAN_CLIPPED
                   and all(papers.where(f) is None and not any(f in said for said in papers.meeting_words.values())
                           for f in {w, re.sub(r"['’]?s$", "", w)})  # "brightons urgency sub cttee": Brighton's
                   and not slip_of_its_name(papers, w, body.committees)
                   and not (council and (papers.index.spelt(w).lower() != w or clipped_found(asked, w)))]
        if strange and not any(initials_of(w, s) for w in strange for s in papers.meetings()):
            return f"The papers hold no meetings of the {body.text.title()}."
    return None


def clipped_found(asked: Asked, word: str) -> bool:
    """Is ``word`` a clipping of a longer word the passages found print ("leics": "Leicestershire County Council")?"""
    return any(abbreviates(word, t) for h in asked.hits for t in re.findall(r"[a-z]+", h.node.body.lower())
               if len(t) > len(word))


def slip_of_its_name(papers: Papers, word: str, committees: list[str]) -> bool:
    """Is ``word`` a typing slip for a word naming a meeting of the ``committees`` (its council's name, its
    committee's): "the haarbour trust board" of the Inverlochan Harbour Trust's Board of Trustees. Not a slip for any
    word the papers print: "gwent" is no slip for "went", which names no council."""
    meant = papers.index.spelt(word).lower()
    if meant == word:
        return False
    keys = {s.key for c in committees for s in papers.meetings(c)}
    return meant in papers.named_words(keys) or any(meant in c.lower().split() for c in committees)


def initials_of(word: str, summary: MeetingSummary) -> bool:
    """Is ``word`` initials of the words naming the meeting's council and committee, in order, some left out ("nyma":
    North York Moors National Park Authority)?"""
    named = f"{naming(summary)} {summary.committee}".lower()  # "north york moors npa ... national park authority"
    letters = iter("".join(w[0] for w in re.findall(r"[a-z]+", named)))
    return len(word) <= 6 and all(ch in letters for ch in word.lower())



# what joins the parts of a question asking one thing of one council and another of another ("the solar farm at the
# aonb cttee and the wind turbine at lisnacree planning", "ollerby on the depot, wyndhurst on the rents")
JOINS = re.compile(rf"^(?:{QUESTION_JOINS.form}|[,;])$")


def own_terms(papers: Papers, question: str, terms: dict[str, str], scope: set[str],
              scopes: list[set[str]]) -> dict[str, str]:
    """``terms`` of a question that asks one thing of one council and another of another, asked of one of them
    (``scope``, of the ``scopes`` it names): less the words of the parts naming the others. "what happened to the
    trengrouse solar farm at the aonb cttee and the drumkeel wind turbine at lisnacree planning" asks the committee
    of the solar farm, not of a turbine. A part runs from where the question turns from one council to the next
    (its "and", "vs" or comma between their names). All the terms where a council is named nowhere in the
    question, no word joins two of them, or a part holds none of the terms (one thing asked of each)."""
    tokens = re.findall(r"[\w'’&]+|[,;]", question.lower())
    named: dict[int, int] = {}  # scope -> the first token naming it
    for at, token in enumerate(tokens):
        for keys in papers.where_each(token):
            for n, other in enumerate(scopes):
                if keys & other:
                    named.setdefault(n, at)
    if len(named) != len(scopes) or scope not in scopes:
        return terms
    order = sorted(named, key=lambda n: named[n])
    turns = []
    for a, b in pairwise(order):
        joins = [at for at in range(named[a] + 1, named[b]) if JOINS.match(tokens[at])]
        if not joins:
            return terms
        turns.append(joins[-1])
    part_of = [sum(1 for turn in turns if at >= turn) for at in range(len(tokens))]
    places: dict[str, set[int]] = {t: {part_of[at] for at, token in enumerate(tokens) if t in stems(token)}
                                   for t in terms}
    if any(not any(n in held for held in places.values()) for n in range(len(scopes))):
        return terms  # a part asks of no thing of its own: the one thing is asked of each
    mine = order.index(scopes.index(scope))
    return {t: w for t, w in terms.items() if not places[t] or mine in places[t]}
