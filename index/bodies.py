"""Which committee or council a question names: "the ILSC", "CYP panel", "notts fire authority policy & strategy
committee", "Rotherham's Health Select Commission".

A body is matched to the committees the papers hold by its distinctive words and its initials; a possessive or a
place the papers print before it names its council; "the panel" alone names a kind of body, not which one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.spelling import Speller, slip_put_right
from minutebook.lexicon import GROUPS
from minutebook.vocabulary import (
    COUNT_WORDS,
    OFFICES,
    QUESTION_JOINS,
    ROLES_NAMED_BY_BODY_NOUNS,
    THINGS_NAMED_BY_BODY_NOUNS,
    compiled,
)


@dataclass
class BodyNamed:
    """A committee or council the question names, as written, and the committees in the papers it may be."""

    text: str
    kind: str  # the body noun: committee, panel, council, ...
    committees: list[str]  # stored committees it matches, best first
    strong: bool  # matched by a distinctive word or initials (not only by its kind: "the panel")
    common: bool = False  # its distinctive words are all words the papers use in lower case
    # distinctive words of its name the papers never print and none of its committees' names holds ("gwent" of "the
    # gwent police and crime panel", matched to Dyfed-Powys's by "police" and "crime"): the papers' place names are
    # read by the service (service.papers), which knows them
    stranger: tuple[str, ...] = ()


# Nouns that name a body; the first group are committees of a council, the rest councils and authorities.
COMMITTEE_KINDS = ("committee", "sub-committee", "subcommittee", "commission", "panel", "board", "cabinet",
                   "forum", "executive")
COUNCIL_KINDS = ("council", "authority", "body", "assembly")
_KIND_WORDS = "|".join(sorted(COMMITTEE_KINDS + COUNCIL_KINDS, key=len, reverse=True))
# A body: up to six words before its noun ("Brighton's P&R urgency sub-committee", "the ILSC").
# a thing named after a council or board, not a body: "council tax", "council housing", "the board room", "the council
# chamber" (a lookahead to put after the body's noun)
NAMED_AFTER_BODY = r"(?!\s+(?:tax|taxes|tax-?payers?|housing|houses?|homes?|estates?|tenants?|chambers?|rooms?)\b)"
_BODY = re.compile(r"((?:[\w&’'.-]+\s+){0,6}?)(?<![\w-])(" + _KIND_WORDS + r")\b(?!['’]s)(?!-)"  # not "out-of-area"
                   # (nor a seat someone holds on a body: "despite her past college board seat")
                   r"(?!\s+(?:members?|items?|reports?|seats?|membership)\b)"
                   # a thing named after a council or board, not a body: "council tax", "council housing", "the
                   # board room", "the council chamber"
                   + NAMED_AFTER_BODY, re.I)
# Words that say what kind of body or meeting, not which one.
GENERIC_BODY_WORDS = _GENERIC = frozenset([
    "the", "a", "an", "of", "and", "&", "for", "in", "at", "to", "on", "our", "this", "that", "their", "its",
    "full", "town", "parish", "community", "city", "county", "district", "borough", "council", "councils",
    "committee", "committees", "sub-committee", "subcommittee", "commission", "panel", "board", "cabinet",
    "authority", "body", "meeting", "meetings", "forum", "executive", "public", "select", "scrutiny", "annual",
    "ordinary", "special", "extraordinary", "meeting's", "council's", "committee's", "panel's", "commission's",
    "board's", "pc", "tc", "cc", "dc", "bc", "mbc", "cbc",  # "salford priors pc", "gorslas cc": a kind of council
])
# Words before a body noun that belong to the question, not to the name ("what did the panel ...").
# a role's title holding a body's noun ("non-executive director"): no body
_ROLE_TITLE = compiled(ROLES_NAMED_BY_BODY_NOUNS)
# a thing whose name ends in a body's noun ("the defib cabinet", "notice board", "solar panels"): no body
_THING_NAMED = compiled(THINGS_NAMED_BY_BODY_NOUNS)
_OFFICE = re.compile(OFFICES.form, re.I)  # an office's holder: "the clerk's" says whose, not where
# an office of the body before its name ("who was elected vice-chairman of salford priors parish council", "the clerk
# to the burial committee"): the office asked for, no word of the body's name
_OFFICE_OF = re.compile(rf"\b(?:{OFFICES.form})\s+(?:of|to|for)\s+", re.I)
QUESTION_WORDS = frozenset([
    "what", "who", "whom", "which", "when", "where", "why", "how", "did", "does", "do", "was", "were", "is",
    "are", "has", "have", "had", "should", "would", "could", "will", "can", "any", "anyone", "anything", "we",
    "our", "us", "you", "they", "it", "there", "here", "about", "with", "from", "by", "into", "than", "then",
    "did", "say", "said", "decide", "decided", "agree", "agreed", "resolve", "resolved", "tell", "told", "ask",
    "asked", "want", "wanted", "make", "made", "get", "got", "sent", "send", "give", "gave", "turned", "turn",
    "come", "came", "go", "went", "off", "couldnt", "couldn't", "make", "late", "were", "apologies", "apology",
    "chair", "chaired", "chairing", "sign", "signed", "declare", "declared", "elect", "elected", "last", "next",
    "first", "new", "old", "latest", "recent", "meeting", "summer", "winter", "spring", "autumn", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
])
# The verbs a question asks of a body with, before its name ("who chaired Harwick Parish Council"), whose slips of
# typing ("chared") end the name as the verbs do; not every question word ("gwent" is no slip for "went")
_ASKED_VERBS = frozenset(["chair", "chaired", "decide", "decided", "agree", "agreed", "resolve", "resolved",
                          "declare", "declared", "elect", "elected", "attend", "attended", "approve", "approved",
                          # "who chairs the leisure committee", "who runs the audit committee": the present's forms
                          "chairs", "decides", "agrees", "resolves", "declares", "elects", "attends", "approves",
                          "runs", "heads", "leads", "sits",
                          # what a thing costs a body: "how much is temporary accommodation costing blyford council",
                          # "what does the scheme cost holmbury town council" (no body's name holds a verb of money)
                          "cost", "costs", "costing", "spend", "spends", "spending", "spent", "owe", "owes",
                          "owed", "owing"])
# Words that end a body's name read backwards from its noun ("Cllr Smith at the commission").
_NAME_STOPS = frozenset([
    "at", "to", "on", "for", "in", "from", "by", "with", "about", "up", "that", "where", "while", "when",
    "into", "onto", "than", "as", "if", "is", "was", "were", "after", "before", "since", "during", "between",
    "through", "over", "under",
    # a meeting placed among the body's own ("picks up from which earlier board meeting", "the previous committee
    # meeting"): which of its meetings, no part of the body's name
    "earlier", "previous", "prior", "preceding", "later", "subsequent", "following"
])
# what follows a council's name in a question besides "council" or "parish": a kind of body ("cairngorms committee"),
# a kind of meeting ("aber full council", "salford priors annual meeting"), or the business a council's committee is
# named for ("at nympa planning in april", "at vale licensing"): the word before it says where, not what
_AFTER_PLACE = "|".join([_KIND_WORDS, "annual", "special", "extraordinary", "full", "planning", "licensing"])
PLACE_SLOT = re.compile(r"\b(?:at|in|from|to|of)\s+(?:the\s+)?((?:st\.?\s+)?[A-Za-z][\w'’-]+(?:\s+(?:le|on|upon|by|in|"
                         r"under|the)\s+[A-Za-z][\w'’-]+)?)(?=\s*(?:[?,.]|$|\bin\b|\bon\b|\bparish\b|\btown\b|"
                         r"\bcouncil\b|\band\b|\b(?:" + _AFTER_PLACE + r")\b))", re.I)
_DETERMINERS = frozenset(["the", "a", "an", "our", "its", "their", "this", "that", "these", "those", "your", "my",
                          "his", "her",
                          # "either fire and rescue authority", "both parish councils", "any of the committees"
                          "either", "neither", "both", "each", "every", "any", "which", "whichever"])
_INITIAL_SKIP = frozenset({"and", "of", "the", "&", "for", "in", "-"})


def _tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9&]+(?:['’]s)?", text.lower().replace("-", " - ")) if t != "-"]


def _stem_word(w: str) -> str:
    return re.sub(r"['’]s$", "", w)


def word_matches(q: str, c: str) -> bool:
    """A question word naming a committee word: equal, a plural, or an abbreviation ("notts", "glos")."""
    if q == c or q.rstrip("s") == c.rstrip("s"):
        return True
    if len(q) >= 4 and c.startswith(q):
        return True
    # an abbreviation keeps the first letters and some later ones in order ("notts" in "nottinghamshire")
    if len(q) >= 4 and q[:3] == c[:3] and len(c) > len(q) + 2:
        it = iter(c)
        return all(ch in it for ch in q)
    # or its first letter and its last syllables ("pboro": Peterborough, "sboro": Scarborough), as place names ending
    # in a common word are clipped in notes
    return len(q) - 1 >= TAIL_KEPT and q[0] == c[0] and len(c) >= len(q) + 3 and q[1:] in c[3:]


TAIL_KEPT = 4  # letters of a name's later part an abbreviation keeping only its first letter besides must keep


def same_thing(q: str, c: str) -> bool:
    """A question word the lexicon says names what a committee word does, in one word each ("kids" for "children":
    "the brackwater kids scrutiny panel" is its Children and Young People Scrutiny Panel)."""
    return q != c and c in _ONE_WORD_SYNONYMS.get(q, frozenset())


def _one_word_synonyms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for g in GROUPS:
        single = [f for f in g.forms if re.fullmatch(r"[a-z]+", f)]
        for f in single:
            out.setdefault(f, set()).update(single)
    return {f: frozenset(o) for f, o in out.items()}


_ONE_WORD_SYNONYMS = _one_word_synonyms()


def clipped(q: str, c: str) -> bool:
    """A short question word clipped from a committee word, as people type them: "ed" (education), "env"
    (environment), "lic" (licensing). Only the first letters of a long word; a word the committee does not begin
    with is no clipping of it."""
    return 2 <= len(q) <= 3 and q.isalpha() and len(c) >= len(q) + 4 and c.startswith(q)


def abbreviates(word: str, name_word: str) -> bool:
    """Is ``word`` (lower case) the word ``name_word`` of a name, or a plural or abbreviation of it ("notts")?"""
    return word_matches(word, name_word)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _INITIAL_SKIP and w[0].isalnum())


def committee_words(name: str) -> list[str]:
    return [_stem_word(t) for t in _tokens(name)]


def _match_body(words: list[str], kind: str, committees: list[str]) -> tuple[list[str], bool]:
    """Stored committees the body ``words`` + ``kind`` may be, best first; and whether a distinctive word or
    initials matched (not only the kind of body)."""
    distinctive = [w for w in words if w not in _GENERIC]
    scored: list[tuple[float, str, bool]] = []
    for name in committees:
        cwords = committee_words(name)
        cdistinct = [w for w in cwords if w not in _GENERIC]
        initials = _initials(cwords)
        hits = 0
        for w in distinctive:
            if any(word_matches(w, c) or clipped(w, c) or same_thing(w, c) for c in cdistinct):
                hits += 1
            elif len(w) >= 2 and w.replace("&", "") and (
                    initials.startswith(w.replace("&", "")) or w.replace("&", "") in initials):
                hits += 2 if len(w) >= 3 else 1
        same_kind = kind in cwords or (kind in ("committee", "sub-committee", "subcommittee")
                                       and any(k in cwords for k in ("committee", "sub-committee")))
        if distinctive:
            if hits == 0 or (not same_kind and hits < 2):
                continue
            scored.append((hits / max(len(distinctive), 1) + 0.2 * same_kind, name, True))
        elif same_kind:
            scored.append((0.1, name, False))
    scored.sort(key=lambda s: -s[0])
    strong = any(s[2] for s in scored)
    return [s[1] for s in scored], strong


def _holds(word: str, name: str) -> bool:
    """Does the committee ``name`` hold ``word`` (stemmed), as a word, its abbreviation or clipping, or its
    initials?"""
    cwords = committee_words(name)
    return any(word_matches(word, c) or clipped(word, c) for c in cwords) or (
        len(word) >= 2 and word.replace("&", "") in _initials(cwords))


def names_word(word: str, name: str) -> bool:
    """Does the committee ``name`` hold the question's ``word``, as a word, its abbreviation or clipping, or its
    initials ("audit" of "Audit and Governance Committee", "ilsc" of "Improving Lives Select Commission")?"""
    return _holds(_stem_word(word.lower()), name)


def clear_lead(body: BodyNamed, committees: list[str]) -> bool:
    """Does the body's best committee match clearly better than the next (all its words against part)?"""
    words = [w for w in _tokens(body.text) if _stem_word(w) not in _GENERIC]
    ranked, _ = _match_body([_stem_word(w) for w in words], body.kind, body.committees)
    return len(ranked) == 1 or bool(ranked and ranked[0] == body.committees[0] and _score(words, body.kind, ranked[0])
                                    >= _score(words, body.kind, ranked[1]) + 0.25)


def _score(words: list[str], kind: str, name: str) -> float:
    cdistinct = [w for w in committee_words(name) if w not in _GENERIC]
    initials = _initials(committee_words(name))
    hits = sum(1 for w in words if any(word_matches(_stem_word(w), c) or clipped(_stem_word(w), c)
                                       or same_thing(_stem_word(w), c) for c in cdistinct)
               or (len(w) >= 2 and initials.startswith(w.replace("&", ""))))
    return hits / max(len(words), 1)


_FRAME_WORDS = frozenset([*COMMITTEE_KINDS, *COUNCIL_KINDS, *_GENERIC])


def slips_put_right(question: str, speller: Speller | None) -> str:
    """``question`` with its slips of the keys put right where the papers print the word meant as a common word: a
    body's noun, kind of meeting or office ("planning coommittee", "annuual meeting", "serve as Chaimran of Salford
    Priors Parish Council") or a word of its name ("helath and housing cttee"). A name stays as typed: a place the
    papers do not print is no slip for one they do; so does a month ("marsh" is no slip for March)."""
    if speller is None:
        return question

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        fixed = speller.correct_word(word).lower()
        framing = fixed in _FRAME_WORDS or bool(_OFFICE.fullmatch(fixed))  # which papers often capitalise
        if not slip_put_right(word, fixed, lambda _typed, meant: speller.is_name(meant) and not framing):
            return word
        return fixed.capitalize() if word[0].isupper() else fixed

    return re.sub(r"[A-Za-z]+", mend, question)


# the small words a body's capitalised name holds in lower case: "Sussex Police and Crime Panel", "Isles of Scilly"
_NAME_JOINERS = frozenset(["and", "&", "of", "for", "on", "upon", "in", "de", "la", "le"])
_JOINS_BEFORE = re.compile(rf"^(?:{QUESTION_JOINS.form})$")  # between two bodies a question names


_NAME_BREAK = re.compile(r"\s[-–—]+\s|[:;?!]|,\s")  # where a question's clause or subject ends: no name runs across


def bodies_named(question: str, committees: list[str],
                 speller: Speller | None = None) -> tuple[list[BodyNamed], set[str]]:
    """Bodies the question names, and the words naming them (and possessive places: "Rotherham's")."""
    out: list[BodyNamed] = []
    scope: set[str] = set()
    low = slips_put_right(question.replace("’", "'"), speller)
    roles = [r.span() for r in _ROLE_TITLE.finditer(low)]
    # a question typed with capitals for names: a lower-case word before a capitalised name is no word of it ("the
    # number of planning applications Blackhope Moors National Park Authority decided")
    capitals = {w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", question)}
    cased = any(w[:1].isupper() for w in question.split()[1:]) and any(w[:1].islower() for w in question.split())
    for m in _BODY.finditer(low):
        if any(start <= m.start(2) < end for start, end in roles):
            continue  # "which non execs missed the board": members by their role, not a body
        if _THING_NAMED.search(low, 0, m.end(2)):
            continue  # "bryngarth defib cabinet - quotes sorted yet?": a thing an item is about, not a body
        # the name runs back no further than a break in the question: "stelford route 31 bus - panel said keep it"
        # names a panel, not a "bus panel"
        lead = _NAME_BREAK.split(m.group(1))[-1]
        offices = list(_OFFICE_OF.finditer(lead))
        before = _tokens(lead[offices[-1].end():] if offices else lead)
        # the name runs back from the noun until a question word ("what did the panel ...")
        name: list[str] = []
        for w in reversed(before):
            # a count ends it as a number does: "the last two town council meetings" asks of meetings, no "two" body
            if _stem_word(w) in QUESTION_WORDS or _stem_word(w) in _NAME_STOPS or w.isdigit() or w in COUNT_WORDS:
                break
            if _stem_word(w) in _ASKED_VERBS or (
                    speller is not None and _stem_word(speller.correct_word(w)) in _ASKED_VERBS):
                break  # "who chared harwick parish council": a slip for the question's verb, no word of the name
            if w in _DETERMINERS:  # "the update the commission asked for": the name starts after its article
                break
            if cased and w not in capitals and w not in _NAME_JOINERS and any(n in capitals for n in name):
                break
            name.insert(0, w)
        # what joins it to the body named before it is no word of its name ("gorslas cc (mar 17) and hillingdon
        # cabinet"): a name holds "and" between its words, never first ("Health and Wellbeing Board")
        while name and _JOINS_BEFORE.match(name[0]):
            name.pop(0)
        # a possessive before the name is its council ("Rotherham's Health Select Commission")
        # ("holmburys leisure committee": the possessive typed bare, a name the papers print and an s)
        # (not after one typed with its apostrophe: "stainbury's adults scrutiny panel" names its council once, and
        # "adults" says which of its panels, though the papers capitalise "Adult Social Care")
        owned = [i for i, w in enumerate(name) if w.endswith("'s")] or [
            i for i, w in enumerate(name)
            if speller is not None and len(w) > 3 and w.endswith("s") and speller.is_name(w[:-1])]
        if owned:
            cut = max(owned)
            scope.update(_stem_word(w) for w in name[: cut + 1])
            name = name[cut + 1:]
        kind = m.group(2).lower()
        words = [_stem_word(w) for w in name]
        # a name the papers print (a place: "Brackenfold panel", "cairngorms planning committee") that no
        # committee's name holds belongs to the council, which the question may name as it likes
        # so does an organisation the papers print in capitals ("the CCG board", "the NHS trust board") that is no
        # committee's initials
        named = {w for w in words if speller is not None and (speller.is_name(w) or (
                     speller.is_acronym(w) and not any(w in _initials(committee_words(n)) for n in committees)))
                 and not any(word_matches(w, c) for n in committees for c in committee_words(n))}
        scope.update(named)
        words = [w for w in words if w not in named]
        matched, strong = _match_body(words, kind, committees)
        if not matched and kind in COMMITTEE_KINDS and not [w for w in words if w not in _GENERIC]:
            continue  # "the committee" in a store with no committee: nothing to say
        distinct = [w for w in words if w not in _GENERIC]
        common = bool(distinct) and speller is not None and all(
            speller.known(w) and not speller.is_name(w) for w in distinct)
        stranger = tuple(t for t in name if speller is not None and t.isalpha() and _stem_word(t) in distinct
                         and not speller.known(t) and not speller.known(_stem_word(t))
                         and not any(_holds(_stem_word(t), n) or _holds(_stem_word(speller.correct_word(t)), n)
                                     for n in matched))  # "polcie": a typing slip for a word the name holds
        out.append(BodyNamed(" ".join([*name, kind]), kind, matched, strong, common, stranger))
        scope.update(w for w in words if w not in _GENERIC)
    for m in re.finditer(r"\b([a-z][\w-]+)'s\b", low, re.I):  # "Brackenfold's youth justice plan"
        word = m.group(1).lower()
        if word not in QUESTION_WORDS and word not in _GENERIC and not _OFFICE.fullmatch(word):  # "the clerk's
            # name", "the mayor's report": whose, not where
            scope.add(word)
    # committees named in full or by initials without a body noun ("the ILSC", "at CYPSP")
    for stored in committees:
        cwords = committee_words(stored)
        if all(w in _GENERIC for w in cwords):
            continue  # "Parish Council", "Council": a kind of body, named by the noun above if at all
        initials = _initials(cwords)
        full = " ".join(cwords)
        distinct = [w for w in cwords if w not in _GENERIC]
        if (len(initials) >= 3 and re.search(rf"\b{re.escape(initials)}\b", low, re.I)) or (
                len(distinct) > 1 and full in " ".join(_tokens(low))):
            # (not a name read inside a longer body's the question names: "the finance and resources urgency
            # sub-committee" holds "Urgency Sub-Committee", another council's, which that body may be but is not named)
            inside = any(stored in b.committees and full in " ".join(_stem_word(t) for t in _tokens(b.text))
                         for b in out)
            if not any(stored in b.committees[:1] for b in out) and not inside:
                out.append(BodyNamed(stored, cwords[-1], [stored], True))
            scope.update(initials.lower().split())
    return out, scope


# what a body's name ends in when "next" asks for its next meeting; and what follows a body's noun when the question
# asks of something else ("the next council tax rise", "the next committee report")
_BODY_ENDS = frozenset([*COMMITTEE_KINDS, *COUNCIL_KINDS, "cttee", "mtg", "meeting"])
_NOT_THE_BODY = frozenset(["tax", "report", "reports", "member", "members", "officer", "officers", "election",
                           "elections", "budget", "plan", "year", "offices", "chamber", "house", "rise", "rises"])


def next_of_named_body(question: str, committees: list[str], speller: Speller | None) -> bool:
    """Does "next" stand before a body's name ("next brackley vale town council", "the next wexcombe planning cttee",
    "next ILSC"): places, the committee's words or its initials, ending at a body noun or the initials? That asks
    when the body meets next, as "the next meeting" does."""
    initials = {i for n in committees if len(i := _initials(committee_words(n))) >= 3}
    words_of = [w for n in committees for w in committee_words(n) if w not in _GENERIC]
    low = question.lower().replace("’", "'")
    for m in re.finditer(r"\bnext\s+", low):
        words = [_stem_word(w) for w in _tokens(low[m.end():])[:8]]
        for k, w in enumerate(words):
            if w in _BODY_ENDS or w in initials:
                return k + 1 >= len(words) or words[k + 1] not in _NOT_THE_BODY
            naming = (w in _GENERIC and w not in _NAME_STOPS and w not in _DETERMINERS) \
                or any(word_matches(w, c) or clipped(w, c) for c in words_of) \
                or (speller is not None and (speller.is_name(w) or speller.is_acronym(w)
                                             # a place cut short as no paper prints it ("carms", "glos", "notts")
                                             or (len(w) >= 4 and w.isalpha() and not speller.known(w)
                                                 and w not in QUESTION_WORDS)))
            if not naming or (w in QUESTION_WORDS and w not in _GENERIC):
                break
    return False

