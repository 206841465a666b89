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

import itertools
import re

from index.bodies import COMMITTEE_KINDS, GENERIC_BODY_WORDS, NAMED_AFTER_BODY, BodyNamed, abbreviates, names_word
from minutebook.dates import MONTHS
from minutebook.vocabulary import DECISION_VERBS, alternation
from service.drafting import when
from service.evidence import asks_decision, stems
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


def of_another_named(papers: Papers, asked: Asked, body: BodyNamed) -> bool:
    """Is ``body`` another council's, of those the question names, where it is asked of one of them ("subs at notts
    fire p&s (jul 15) and brighton's p&r urgency sub (mar 21)", asked of Nottinghamshire's meetings: Brighton's
    sub-committee is what it asks of Brighton, no body of Nottinghamshire's it names)?"""
    if asked.where is None or not asked.among:
        return False
    keys = {s.key for c in body.committees for s in papers.meetings(c)}
    return bool(keys) and not keys & asked.where and any(keys & other for other in asked.among if other != asked.where)


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


def committee_not_held(papers: Papers, asked: Asked, bodies: list[BodyNamed]) -> str | None:
    """Why the question cannot be answered where it names a committee of the council it names by a word that no body
    of that council's papers is named by, and another council's committee is named by all its words ("the north elsham
    audit committee": North Elsham's papers are its trust board's; "audit" names other councils' audit committees).
    None where each word of the name is the council's or one of its committees', or where several bodies are named
    (each is asked of apart: "the wexley health and wellbeing board (jan 20) or the ormside ccg governing body")."""
    if len(bodies) > 1:
        return None
    for body in bodies:
        if not body.strong or body.kind not in COMMITTEE_KINDS:
            continue
        at = where_in(asked.question, body)
        if at is None or PARTY_BEFORE.search(asked.question[:at.start()]):
            continue
        typed = [w for w in re.findall(r"[a-z]+", body.text.lower()) if w not in GENERIC_BODY_WORDS]
        # the council it is named of: the words of its name that name a council (not a committee's word)
        council = papers.where(" ".join(w for w in typed if w not in papers.committee_places)) or asked.where
        if not council:
            continue
        # all the council's meetings, where the question is asked of one of its bodies ("the carms leader decisions
        # mtg (dec 17) and the standards cttee (sept 19)": each asked of apart, the council's standards committee held)
        placed = [k for w in papers.named_words(council) if w in papers.places and w not in papers.committee_places
                  and (k := papers.where(w)) is not None]
        whole = council | (set.intersection(*placed) if placed else set())
        held = [s for s in papers.meetings() if s.key in whole]
        own = {s.committee for s in held}
        naming = papers.named_words({s.key for s in held})
        words = [w for w in typed if w not in naming and (papers.where(w) is None or w in papers.committee_places)]
        missing = [w for w in words if not any(names_word(w, c) for c in own)]
        # another council's committee named by all of them: the kind of body asked, which this council's papers lack
        # (not a body its papers speak of whose own are not held: "who chairs hillingdon's social services, health
        # and housing policy overview cttee", which Hillingdon's cabinet minutes name)
        kind = [c for c in body.committees if c not in own and all(names_word(w, c) for w in words)]
        if held and missing and kind:
            return f"The papers hold no meetings of the {body.text.title()}; of the council named they hold " \
                   f"meetings of: {', '.join(sorted(own))}."
    return None


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


# a council or authority named in full, its name's words before the noun of its kind ("the derbyshire fire and rescue
# authority's policy and strategy committee", "cookstown district council")
# (not a thing named after one: "the pcc's council tax rise")
COUNCIL_NAMED = re.compile(r"((?:[a-z][\w&'’-]*\s+){1,6}?)(council|authority)(['’]s?)?(?![\w'’-])" + NAMED_AFTER_BODY,
                           re.I)
LINKING = frozenset(["and", "&", "of"])  # words within a council's name ("fire and rescue", "city of nottingham")
# generic words of a council's name, said of any council ("district", "county", "metropolitan borough")
COUNCIL_KIND_WORDS = frozenset(GENERIC_BODY_WORDS - {"the", "a", "an", "for", "in", "at", "to", "on", "our", "this",
                                                      "that", "their", "its", "public"}) | {"metropolitan", "combined"}
LONGER_THAN_CLIPPED = 5  # a word this short may be a council's name clipped, which no paper prints ("glos", "carms")


def council_name(papers: Papers, typed: str) -> list[str]:
    """The words of a council's name that end ``typed`` (the words before its kind noun), read back while each is a
    word of a name the papers print, one they never print, or a word of any council's name ("district", "and")."""
    words = re.findall(r"[a-z][\w&'’-]*", typed.lower())
    name: list[str] = []
    for w in reversed(words):
        if not (w in LINKING or w in COUNCIL_KIND_WORDS or papers.where(w) is not None
                or papers.weights.unknown(stems(w))):
            break
        name.insert(0, w)
    while name and (name[0] in LINKING or name[0] in COUNCIL_KIND_WORDS):
        name.pop(0)
    return name


def council_unheld(papers: Papers, asked: Asked) -> str | None:
    """Why the question cannot be answered where it names a council or authority the papers hold no meetings of:
    named by a word no paper prints, and no slip or clipping of one ("Cookstown District Council", where the papers
    hold Magherafelt's); or by two words side by side that each name a council the papers hold, never the same one
    ("the Derbyshire Fire and Rescue Authority", where they hold Nottinghamshire's fire authority and a Derbyshire
    health body). None where each council named is one the papers hold, or is printed in the passages found ("a
    letter from the Ashby Vale Fire Authority")."""
    for m in COUNCIL_NAMED.finditer(asked.question):
        name = council_name(papers, m.group(1))
        # (a name printed in the passages found is one the papers speak of: "a letter from the X Fire Authority")
        printed = re.compile(r"\b" + r"\W+".join(map(re.escape, [*name, m.group(2)])) + r"\b", re.I)
        if not name or any(printed.search(h.node.body) for h in asked.hits):
            continue
        own = [w for w in name if w not in LINKING and w not in COUNCIL_KIND_WORDS]
        called = f"{' '.join(name)} {m.group(2)}".title()
        found = {t.lower() for h in asked.hits for t in re.findall(r"[A-Za-z]+", h.node.body)}
        unprinted = [w for w in own if papers.where(w) is None and len(w) >= LONGER_THAN_CLIPPED
                     and papers.index.spelt(w).lower() == w
                     and not any(w in said for said in papers.meeting_words.values())
                     # nor a clipping of a word the passages found print ("leics": "Leicestershire County Council")
                     and not any(abbreviates(w, t) for t in found if len(t) > len(w))]
        if unprinted and len(unprinted) == len(own):
            return f"The papers hold no meetings of {called}, and no paper names it."
        # two words side by side in the name ("derbyshire fire"), each naming meetings the papers hold, none the same:
        # no one council's name holds both (two councils named are joined: "hillingdon and woking council")
        for a, b in itertools.pairwise(name):
            if a in own and b in own and (x := papers.where(a)) is not None and (y := papers.where(b)) is not None \
                    and not x & y:
                held = sorted({s.council or s.committee for s in papers.meetings() if s.key in x | y})
                return f"The papers hold no meetings of {called}; they hold meetings of: {'; '.join(held)}."
        # a place the papers hold a council of, with words of another council's name its own does not hold ("the
        # wrenfold fire and rescue authority": Wrenfold's papers are a borough council's, the fire authority another's)
        placed = [x for w in own if (x := papers.where(w)) is not None]
        if not placed or not (of_place := set.intersection(*placed)):
            continue
        others = {s.key for s in papers.meetings()} - of_place
        foreign = [w for w in own if papers.where(w) is None and w not in papers.named_words(of_place)
                   and any(w in papers.named_words({k}) for k in others)]
        if foreign:
            theirs = {k for k in others if all(w in papers.named_words({k}) for w in foreign)}
            held = sorted({s.council or s.committee for s in papers.meetings() if s.key in of_place | theirs})
            return f"The papers hold no meetings of {called}; they hold meetings of: {'; '.join(held)}."
    return None


# a sentence of the papers: the span a council named in it is said to have decided something in
SENTENCE = re.compile(r"[^.;\n]+")
KIND_OR_LINK = "|".join(re.escape(w) for w in sorted(COUNCIL_KIND_WORDS | LINKING - {"council", "authority"}))
NAMING_LISTED = 3  # the meetings whose papers name it, listed at most
DECIDED_BY = re.compile(rf"\b(?:{alternation(DECISION_VERBS)})\b", re.I)


def council_named_only(papers: Papers, asked: Asked) -> str | None:
    """Why the question cannot be answered where it asks what a council or authority decided ("what did Shropshire
    Council decide about ...", "what did the stenbury city council cabinet decide") that the papers hold no meetings
    of and name only in passing: a member's council in another body's attendance ("Councillor Patricia Elland
    (Stenbury City Council) in the Chair"), an outside body's chairman's seat ("on the Shropshire County Council").
    Another body's minutes on the same subject are not its decision. None where the council is one the papers hold,
    no paper prints its name (:func:`council_unheld`), it is another party to what is asked ("a letter from X
    Council"), or the papers naming it have it decide something ("Leicestershire County Council had agreed to ...")."""
    if not asks_decision(asked.question):
        return None
    for m in COUNCIL_NAMED.finditer(asked.question):
        words = list(re.finditer(r"[A-Za-z][\w&'’-]*", m.group(1)))
        name: list[re.Match[str]] = []
        for w in reversed(words):
            low = w.group(0).lower()
            if not (low in LINKING or low in COUNCIL_KIND_WORDS or papers.index.prints_as_name(low)):
                break
            name.insert(0, w)
        while name and (name[0].group(0).lower() in LINKING or name[0].group(0).lower() in COUNCIL_KIND_WORDS):
            name.pop(0)
        own = [w.group(0).lower() for w in name if w.group(0).lower() not in LINKING | COUNCIL_KIND_WORDS]
        if not own or PARTY_BEFORE.search(asked.question[:m.start(1) + name[0].start()]):
            continue
        if any(papers.where(w) is not None for w in own) \
                or own[0] in papers.named_words({s.key for s in papers.meetings()}):
            continue  # a council the papers hold, or one of the names of their meetings
        if any(w in MONTHS for w in own):
            continue  # "did the november council minutes go through": a meeting named by its month
        naming = {k for k, said in papers.meeting_words.items() if all(w in said for w in own)}
        # the papers print it as a council's name: its own words, words of any council's name, then the kind noun
        printed = re.compile(r"\b" + r"\W+".join(map(re.escape, own)) + rf"(?:\W+(?:{KIND_OR_LINK}))*\W+"
                             r"(?:council|authority)\b", re.I)
        texts = [t for k in sorted(naming) for t in meeting_texts(papers, asked, k)]
        if not any(printed.search(t) for t in texts):
            continue  # not a council's name the papers print (council_unheld reads names no paper prints)
        if any(DECIDED_BY.search(s.group(0)) and printed.search(s.group(0))
               for t in texts for s in SENTENCE.finditer(t)):
            continue  # another body's minutes report its decision ("X County Council had agreed to fund ...")
        called = f"{' '.join(w.group(0) for w in name)} {m.group(2)}"
        held = [f"{s.council + ' ' if s.council and s.council not in s.committee else ''}{s.committee}, {when(s.date)}"
                for s in sorted(papers.meetings(), key=lambda s: s.date) if s.key in naming][:NAMING_LISTED]
        return f"The papers hold no meetings of {called.title()}; they name it only in the papers of: " \
               f"{'; '.join(held)}."
    return None


def meeting_texts(papers: Papers, asked: Asked, key: str) -> list[str]:
    """The texts of the meeting ``key``'s minutes: its attendance record and each item's text."""
    meeting = papers.meeting(key, asked.filters.audience)
    return [meeting.attendance_text, *(i.text for i in meeting.items)]


# a body named as a part of another the question names: "the Tamberley Fire and Rescue Authority's Audit and Risk
# Committee", "the audit and risk committee of the fire authority", "the board's finance sub-committee"
PART_AFTER_OWNER = re.compile(r"^['’]s?\s+(?:own\s+)?$", re.I)
PART_BEFORE_OWNER = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w&'’-]*\s+){0,4}?$", re.I)


def part_not_held(papers: Papers, asked: Asked, unknown: list[BodyNamed]) -> str | None:
    """Why the question cannot be answered where it names a committee the papers hold no meetings of as a part of a
    body whose meetings they do hold ("When is the next meeting of the Tamberley Fire and Rescue Authority's Audit and
    Risk Committee?": the papers are the full authority's): the meeting asked of is the committee's, and the body's
    own meetings are not it. None where no unknown body is named so (a body named beside the one asked of, or as what
    its minutes speak of, is read by the answerer before this)."""
    held = [b for b in asked.plan.bodies if b.strong and b.committees]
    for part in unknown:
        at = where_in(asked.question, part)
        if at is None or part.kind not in COMMITTEE_KINDS:
            continue
        for owner in held:
            of = where_in(asked.question, owner)
            if of is None:
                continue
            if not (of.end() <= at.start() and PART_AFTER_OWNER.match(asked.question[of.end():at.start()])) and \
                    not (at.end() <= of.start() and PART_BEFORE_OWNER.match(asked.question[at.end():of.start()])):
                continue
            meetings = [s for c in owner.committees for s in papers.meetings(c)
                        if asked.where is None or s.key in asked.where]
            if not meetings:
                continue
            dates = sorted({s.date for s in meetings}, reverse=True)
            listed = ", ".join(when(d) for d in dates[:NAMING_LISTED])
            return f"The papers hold no meetings of the {part.text.title()} of the {owner.committees[0]}; they " \
                   f"hold the {owner.committees[0]}'s own meetings ({listed})."
    return None
