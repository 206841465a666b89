"""Questions that ask for someone, somewhere or a numbered case, and whether an answer's quotes give it.

A route can quote the right item and still not give what is asked: "who replaced Mrs Woods as the Commissioner's
CFO" met by the minute that she resigned and a hearing for her replacement was to be held (no one else named);
"who is the clerk" met by an attendance record that names no clerk; "who was elected vice chair" met by the
attendance list's "Vice Chairman Cllr Austen" (who held the office that day, not an election); "where are the two
memorial trees going" met by the decision to plant them (no place given); "was 08/310/CP called in" met by a list
that stops at 08/309/CP. Each check reads the question for the kind of thing asked and the quotes for it; the words
are how minutes write names, offices and places (minutebook.vocabulary), never one council's.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import (
    BODY_INITIALS,
    ELECTED_SAID,
    HONORIFICS,
    NAMED_KINDS,
    OFFICES,
    PLACE_SAID,
    SENT_TO_BODY,
    SENT_WHERE,
    UNNAMED_MENTION,
)
from service.case_references import REFERENCE, canonical, same_minute
from service.drafting import when
from service.evidence import sentences, stems
from service.item_words import spelt_out
from service.papers import Asked, Papers
from service.schemas import Answer
from service.spoke_for import spoke_for

# a case's reference: "08/310/CP", "18/00335/FUL" (minutebook.vocabulary.CASE_REFERENCE)
# "who is the clerk", "who's the RFO", "who was vice chair at ...": the holder of an office is asked for
OFFICE_ASKED = re.compile(rf"^\s*who(?:\s+(?:is|was|are|were|will\s+be)|['’]s)\s+(?:the\s+|their\s+|our\s+|its\s+)?"
                          rf"(?:new\s+|current\s+|acting\s+|interim\s+)?({OFFICES.form})\b", re.I)
# and the holder's name asked otherwise: "what's the clerk called", "parish clerk - name?", "the name of the clerk"
OFFICE_NAME_ASKED = re.compile(rf"\bwhat(?:['’]s|\s+is|\s+was)\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:\w+\s+)?"
                               rf"({OFFICES.form})(?:['’]s\s+name|\s+called)\b|\bname\s+of\s+(?:the\s+|their\s+)?"
                               rf"(?:\w+\s+)?({OFFICES.form})\b|\b({OFFICES.form})\s*[-–—:,]\s*(?:their\s+)?name\b",
                               re.I)
OFFICE_SAID = re.compile(rf"\b(?:{OFFICES.form})\b", re.I)
# "who was elected chairman", "who got co-opted", "who was made vice chairman for the meeting": an election asked for
# (in the passive, of whoever was put in; "who made the complaint", "who installed the bench" ask no election)
# and in the active, of an office: "who did south hams elect as leader", "who did they pick as their clerk"
ELECTION_ASKED = re.compile(r"^\s*who\b.*?\b(?:(?:was|were|got|been|be|is|are)\s+"
                            r"(?:(?:re-?)?elected|appointed|co-?opted|nominated|voted\s+in|(?:made|chosen|installed)(?=\s+(?:as\s+)?(?:the\s+)?"
                            rf"(?:{OFFICES.form})\b))"
                            r"|did\s+[^?]*?\b(?:(?:re-?)?elect|appoint|co-?opt|nominate|choose|pick|select|vote\s+in|"
                            r"make|install)\s+(?:[\w'’-]+\s+){0,2}?as\b)"
                            # or by the office and its participle, no "who", as people type it in chat: "vice-chair
                            # elected for 2022/23?", "south hams: new leader appointed in may?", "chairman voted in"
                            rf"|\b(?P<office>{OFFICES.form})\s+"
                            r"(?:(?:re-?)?elected|appointed|co-?opted|chosen|voted\s+in)\b"
                            # (the participle closing its phrase: not "the clerk appointed a contractor")
                            r"(?=\s*(?:$|[?,;.()]|\d|(?:for|in|at|on|this|last|that|then|after|when|as|during|until|"
                            r"and|or|pls|please|\d{4})\b))", re.I)
ELECTION_SAID = re.compile(rf"\b(?:{ELECTED_SAID.form})", re.I)
# "who's the new vice chairman", "who is the incoming clerk", "who became mayor": whoever came to hold the office,
# which an election or an appointment records, or minutes naming the holder as new ("the new Clerk, Mrs Hale"); not
# who held it at the meeting ("Vice Chairman Cllr Austen" in the list of those present, who may be elected to another
# office that day). One taking over from another ("who took over as clerk") is read by service.details_unsaid and
# service.pending.
NEW_HOLDER_ASKED = re.compile(rf"^\s*who(?:(?:['’]s|\s+(?:is|was|are|were|will\s+be))\s+(?:the\s+|their\s+|our\s+|"
                              rf"its\s+)?(?:new|newly\s+elected|incoming)|\s+(?:became|becomes|has\s+become))\s+"
                              rf"(?:the\s+)?({OFFICES.form})\b", re.I)
# "who is vice chairman now", "who's the clerk now": the holder since a change, as "the new vice chairman" is
NOW_HOLDER_ASKED = re.compile(rf"^\s*who(?:['’]s|\s+is|\s+are)\s+(?:the\s+|their\s+|our\s+|its\s+)?"
                              rf"({OFFICES.form})\s+now\b", re.I)
# where the question proper starts after what it is about, set out first: "argyll & bute in january - who proposed
# approving the minutes", "south hams after the annual meeting: who is vice chairman now"
SET_OUT_FIRST = re.compile(r"^.*[^\w\s'’&(),.]\s+(?=(?:who|what|which|when|where|why|how)\b)", re.I)


def question_proper(question: str) -> str:
    """The question after what it sets out first, closed by a dash or colon; the whole question where it sets out
    nothing."""
    found = SET_OUT_FIRST.match(question)
    return question[found.end():] if found else question


NEW_HOLDER_SAID = re.compile(rf"\b(?:new(?:ly\s+(?:elected|appointed))?|incoming)\s+(?:[\w'’-]+\s+){{0,2}}?"
                             rf"(?:{OFFICES.form})\b", re.I)
# "who proposed co-opting Mr Barber", "who seconded the motion", "who moved the exclusion": a motion's mover or
# seconder is asked for, and the minutes say so in those words ("Proposed by ...", "Cllr Green seconded")
# (not the ordinal: "who addressed members on the second plans list application", "the second item", "a second time")
MOTION_ASKED = re.compile(r"^\s*who\b[^?]*?\b(?:(propos\w*|moved?)|(second(?:ed|s)?(?<!\bthe\ssecond)(?<!\ba\ssecond)"
                          r"(?<!\bits\ssecond)(?<!\btheir\ssecond)(?<!\bhis\ssecond)(?<!\bher\ssecond)))\b", re.I)
MOVED_SAID = re.compile(r"\b(?:propos\w*|moved|moving|mover|move)\b", re.I)
SECONDED_SAID = re.compile(r"\bsecond(?:ed|er|ing|s)?\b", re.I)
# a question that asks for someone in relation to someone it names ("who replaced Mrs Woods as the CFO", "who
# succeeded the clerk"): the passage found is about the one named, and must name another (not "whose")
WHO_ASKED = re.compile(r"^\s*who(?:m|['’]s)?\b(?!se)", re.I)
NAMES_SOMEONE = re.compile(rf"\b(?:(?:{HONORIFICS.form})\.?\s+[a-z]|(?:{OFFICES.form})\b)", re.I)
# "where are the trees going", "where were the declarations recorded"; not "where are we with ..." (how it stands),
# nor "where is the money coming from" (a source, not a place)
WHERE_ASKED = re.compile(r"^\s*where\b(?!\s+(?:are|do|did|does|is)\s+(?:we|things|they|you|it)\s+(?:with|at|on)\b)"
                         r"(?![^?]*\bfrom\s*\??\s*$)"
                         # "where did cabinet come down on it", "where did they land": where a body ended up on a
                         # matter (vocabulary.OUTCOME_EVERYDAY), not a place
                         r"(?!\s+(?:did|have|has)\s+(?:[\w'’&-]+\s+){1,4}?(?:land(?:ed)?|come\s+down|end(?:ed)?\s+up|"
                         r"settled?)(?:\s+on\b|\s*[?.!]*\s*$))", re.I)
# how minutes say who chaired, for "who is the chair": "Presiding: G C Shiels", "(Convener)", "Provost", "Cadeirydd"
CHAIR_FORMS = r"chair|presid|conven[eo]r|provost|cadeirydd"
PLACE = re.compile(rf"\b(?:{PLACE_SAID.form})")
SENT_ASKED = re.compile(SENT_WHERE.form, re.I)  # "where is it being sent next": a body, where it goes
TO_BODY = re.compile(SENT_TO_BODY.form, re.I)  # "be referred to the ... Constitution Committee"
# how minutes name someone: with a title ("Mrs J Woods", "Cllr Austen"), by initials ("G C Shiels"), or by names
# written together ("Dr Hein le Roux", "Laura Walkingshaw", "Health and Wellbeing Board"); an office's words
# ("the Clerk", "Chief Finance Officer") name its holder
CAPITAL = r"(?-i:[A-Z][\w'’-]*)"
SOMEONE = re.compile(
    rf"\b(?:{HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])\.?\s*){{0,3}}{CAPITAL}(?:\s+{CAPITAL})?"
    rf"|(?-i:\b(?:[A-Z]\.?\s?){{1,3}}[A-Z][a-z][\w'’-]*)"
    rf"|(?-i:\b[A-Z][a-z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][a-z][\w'’-]*)+)", re.I)
# "what's the name of the chair", "which names did the clerk suggest", "names of the residents", "which 15 councils":
# someone (or something) is asked to be named, of the kind given; or by a possessive, the name the thing asked of
# ("the new auditor's name?", "the contractors' names", "the replacement treasurer's name pls"), or the noun alone
# after what it is of ("new litter picker - name?"), as people type the ask in chat
# (not the meetings of a kind, which their dates name: "which earlier council meetings had their minutes signed off",
# "which committee sessions were held online")
NOT_MEETINGS = r"(?!\s+(?:meetings?|mtgs?|sittings?|sessions?|minutes)\b)"
NAME_ASKED = re.compile(r"\bnames?\s+of\b|\b(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))?\s+(?:the\s+|their\s+|"
                        r"his\s+|her\s+|its\s+)?names?\b|\bwhich\s+(?:\d+\s+)?(?:[\w'’-]+\s+){0,2}?"
                        rf"(?:{NAMED_KINDS.form})\b{NOT_MEETINGS}"
                        r"|\b[a-z][\w-]*(?:['’]s|s['’])\s+(?:full\s+)?names?\b(?!\s+(?:was|were|is|are)\s+(?:put|added|"
                        r"removed|taken|struck|left)\b)|[-–:]\s*names?\s*(?:pls|please)?\s*\?*\s*$", re.I)
KIND_ASKED = re.compile(rf"\b(?:{NAMED_KINDS.form})\b", re.I)
NAME_LIST = re.compile(r"^\s*[,:(–—-]?\s*(?:namely|including|being|i\.e\.|as\s+follows)?\s*[,:]?\s*(?-i:[A-Z])", re.I)
KIND_WORDS = 3  # words after "the name of" that may say of whom ("the name of the new resident")
MENTION_WINDOW = 6  # words before a mention in which a name stands for it, set beside it ("Cllr Ash and Cllr Bell, two
# members of the board, ...", "Llansadwrn and Meidrim community councils")
TITLED = re.compile(rf"(?:{HONORIFICS.form})\b\.?", re.I)
LEADING = frozenset(["the", "a", "an", "this", "that", "these", "those", "it", "in", "on", "at", "of", "for", "and",
                     "but", "if", "as", "to", "by", "with"])  # a capital a sentence starts with, not a name's
WORD = re.compile(r"[A-Za-z][\w'’-]*")


# "the clerk to the shrewsbury-aberystwyth railway committee", "the secretary of the village hall trust": an office of
# a body named after it
OFFICE_OF = re.compile(rf"\b(?:{OFFICES.form})\s+(?:to|of|for)\s+(?:the\s+)?((?:[\w'’&-]+\s+){{0,5}}?[\w'’&-]+)"
                       r"(?=\s*(?:[?,.;:]|$|\b(?:at|in|on|who|which|and|now|it|is|was|are|were)\b))", re.I)


def outside_office(asked: Asked) -> set[str]:
    """The words of the body whose office the question asks for ("who's the clerk to the shrewsbury-aberystwyth
    railway committee"), where it is a body the papers hold no meetings of: an outside body the council heard about,
    whose officers no attendance record names but an item on it may. Empty where it asks no such office."""
    found = OFFICE_OF.search(asked.question)
    if found is None or not OFFICE_ASKED.search(asked.question):
        return set()
    body = {w.lower() for w in WORD.findall(found.group(1))}
    named = [b for b in asked.plan.bodies if set(WORD.findall(b.text.lower())) <= body | {"the"}]
    return set() if any(b.strong for b in named) else body


def prints_office_of(answer: Answer, body: set[str]) -> bool:
    """Does a quote print the office asked of that body: "The clerk to the committee is Mr Robert Robinson", not the
    clerk to another body ("clerk to the Trust" for "the clerk to the railway committee")?"""
    return any({w.lower() for w in WORD.findall(m.group(1))} & body
               for c in answer.citations for m in OFFICE_OF.finditer(c.quote))


def reference_unmet(asked: Asked, answer: Answer) -> str | None:
    """The reference the question gives ("08/310/CP") that no quote, item title or minute number prints (as typed
    or with its numbers' leading noughts dropped: "18/335/FUL" is "18/00335/FUL")."""
    said = {canonical(m.group(0)) for c in answer.citations
            for m in REFERENCE.finditer(f"{c.minute or ''} {c.item_title} {c.quote}")}
    missing = next((m.group(0) for m in REFERENCE.finditer(asked.question) if not any(
        same_minute(canonical(m.group(0)), s) for s in said)), None)
    return None if missing is None else f"The papers say nothing of {missing}."


def office_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who is the clerk": the quotes must print the office (its initials spelt out for "RFO", "CFO")."""
    found = OFFICE_ASKED.search(asked.question) or OFFICE_NAME_ASKED.search(asked.question)
    office = next((g for g in found.groups() if g), None) if found is not None else None
    if office is None or any(holds_office(office, c.quote) for c in answer.citations):
        return None
    return f"The papers do not say who the {office.lower()} is."


def election_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who was elected vice chair": a quote must record an election (to the office asked, where it names one), not
    only who held the office that day ("Vice Chairman Cllr Austen"), nor another office's election."""
    proper = question_proper(asked.question)
    found = ELECTION_ASKED.search(proper)
    new = (NEW_HOLDER_ASKED.search(proper) or NOW_HOLDER_ASKED.search(proper)) if found is None else None
    if found is None and new is None:
        return None
    office = new.group(1) if new is not None else found.group("office") if found is not None and found.group(
        "office") else o.group(0) if (o := OFFICE_SAID.search(proper, found.end() if found else 0)) else None
    if any(ELECTION_SAID.search(c.quote) and (office is None or holds_office(office, c.quote))
           for c in answer.citations):
        return None
    if new is not None and office is not None and any(holds_office(office, m.group(0)) for c in answer.citations
                                                      for m in NEW_HOLDER_SAID.finditer(c.quote)):
        return None  # "The Chairman welcomed the new Clerk, Mrs Hale"
    held = elections_held(asked)
    return "The papers do not record that election" + (f"; they record: {held}." if held else ".")


def elections_held(asked: Asked) -> str | None:
    """The elections the items found record, by their titles ("Election of the Chairman of the Council", 19 May
    2022): what the papers do hold, where the office asked is not among them."""
    seen: dict[str, str] = {}
    for h in asked.hits:
        title = h.node.citation.item_title.strip(" ;:.")
        if ELECTION_SAID.search(title) and OFFICE_SAID.search(title) and title.lower() not in seen:
            seen[title.lower()] = f"{title} ({when(h.node.meeting_date)})"
    return ", ".join(seen.values()) or None


HOW_LONG_ASKED = re.compile(r"\bhow\s+long\b", re.I)


def term_unmet(asked: Asked, answer: Answer) -> str | None:
    """"How long does her stint as deputy mayor run": a quote must print the office asked (a deputy's as a deputy's),
    not the term of another office elected at the same meeting ("elected Town Mayor for the period expiring ...")."""
    if not HOW_LONG_ASKED.search(asked.question):
        return None
    office = OFFICE_SAID.search(asked.question)
    if office is None or any(holds_office(office.group(0), c.quote) for c in answer.citations):
        return None
    return f"The papers do not say that of the {office.group(0).lower()}."


def holds_office(office: str, said: str) -> bool:
    """Does ``said`` print the office ("Vice Chairman" for "vice chair"; "Responsible Financial Officer" for "RFO")?
    Its last word and whether it is a vice or deputy's: "parish clerk" is the clerk's."""
    words = office.lower().split()
    head = re.sub(r"(?:man|person|woman)$", "", re.sub(r"^vice-", "", words[-1]))
    # a chair's deputy is printed either way ("deputy chair" asked, "Vice Chairman" elected: standing orders name the
    # office both ways, see the lexicon's vice-chair group); another office's deputy as asked ("Deputy Leader")
    deputy = [w for w in ("vice", "deputy") if w in words or words[0].startswith(w)]
    needed = [head, *(["vice_or_deputy"] if head == "chair" and deputy else deputy)]
    forms = {"chair": CHAIR_FORMS, "vice_or_deputy": r"(?:vice|deputy)\b"}
    return all(re.search(rf"\b(?:{forms.get(w, re.escape(w))})", said, re.I) for w in needed) or spelt_out(head, said)


def motion_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who seconded the motion": a quote must say who seconded it (who proposed it, for "who proposed")."""
    found = MOTION_ASKED.search(question_proper(asked.question))
    if found is None:
        return None
    said = SECONDED_SAID if found.group(2) else MOVED_SAID
    if any(said.search(c.quote) for c in answer.citations):
        return None
    return f"The papers do not say who {'seconded' if found.group(2) else 'proposed'} it."


def someone_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who replaced Mrs Woods as the Commissioner's CFO": a quote must name someone the question does not."""
    if not WHO_ASKED.search(asked.question) or not NAMES_SOMEONE.search(asked.question) \
            or ELECTION_ASKED.search(asked.question):
        return None
    own = set(asked.terms) | set(stems(asked.question))
    typed = {w.lower() for w in re.findall(r"[\w'’]+", asked.question)}
    if any(names_other(c.quote, own, typed) for c in answer.citations):
        return None
    return "The papers do not say who."


def place_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Where are the two memorial trees going": a quote must say where, naming a place the question does not."""
    if not WHERE_ASKED.search(asked.question):
        return None
    own = set(stems(asked.question))
    sent = bool(SENT_ASKED.search(asked.question))  # (where a matter goes next: the body it is sent to)
    for c in answer.citations:
        if sent and TO_BODY.search(c.quote):
            return None
        for m in PLACE.finditer(c.quote):
            if not set(stems(WORD.findall(m.group(0))[-1])) <= own:
                return None
    return "The papers do not say where."


def names_other(quote: str, own: set[str], typed: set[str], *, offices: bool = True) -> bool:
    """Does ``quote`` name someone (or a body) other than those the question names: a name none of whose words is
    the question's, and not an office the question gives in its initials ("Chief Finance Officer" for "CFO")?"""
    theirs: list[tuple[int, int]] = []  # spans naming the question's own people
    for m in SOMEONE.finditer(quote):
        words = [w for w in WORD.findall(m.group(0)) if w.lower() not in LEADING]
        caps = [w for w in words if w[0].isupper()]
        if len(caps) < 2 and not TITLED.match(m.group(0)):
            continue  # "The Panel", "Council": a body writing, not someone named
        if all(n in initialled(caps, typed) or len(w) < 2 or TITLED.fullmatch(w) or not stems(w) or set(stems(w)) & own
               for n, w in enumerate(caps)):
            theirs.append(m.span())
            continue
        return True
    return offices and any(not set(stems(m.group(0))) <= own and not any(a <= m.start() < b for a, b in theirs)
                           for m in OFFICE_SAID.finditer(quote))


def initialled(caps: list[str], typed: set[str]) -> set[int]:
    """The positions of the words in runs whose initials the question types ("Chief Finance Officer": "cfo")."""
    covered: set[int] = set()
    for i in range(len(caps)):
        for j in range(i + 2, len(caps) + 1):
            if "".join(w[0] for w in caps[i:j]).lower() in typed:
                covered |= set(range(i, j))
    return covered


def name_unmet(asked: Asked, answer: Answer) -> str | None:
    """"What's the name of the chair", "which names did the clerk suggest", "which residents complained": a quote must
    name someone (or something) the question does not, and where the quotes mention those asked of, not only without
    naming them ("the Clerk suggested a couple of names", "A resident updated the Council"; where another mention
    names some, "replies from Llansadwrn and Meidrim community councils, with 15 councils yet to respond", the answer
    may be those)."""
    found = NAME_ASKED.search(asked.question)
    if found is None:
        return None
    # the kind asked to be named: in the words asking ("which 15 councils"), or just after ("the name of the resident")
    asking = asked.question[found.start():found.end()] + " " + " ".join(
        WORD.findall(asked.question[found.end():])[:KIND_WORDS])
    kinds = {kind(m.group(0)) for m in KIND_ASKED.finditer(asking)}
    # the sentences on what they are asked of ("the resident who asked about the footbridge": not the next sentence's
    # "two residents, namely ..., spoke in support of the skate park")
    what = {t for t in asked.subject if not any(asked.has(t, set(stems(k))) for k in [*kinds, "name"])}
    said = [s for c in answer.citations for s in sentences(c.quote)]
    said = [s for s in said if any(asked.has(t, set(stems(s))) for t in what)] or said
    own = set(asked.terms) | set(stems(asked.question))
    if any(kind(m.group(0)) in kinds and named_by_the(s[:m.start()], own) for s in said
           for m in KIND_ASKED.finditer(s)):
        return None  # "which ward": "designated in the Castle ward"
    mentions = [named for s in said for named in mentioned(s, kinds)]
    if mentions and not any(mentions):
        return "The papers do not name them."
    typed = {w.lower() for w in re.findall(r"[\w'’]+", asked.question)}
    if any(names_other(c.quote, own, typed, offices=False) for c in answer.citations):  # not "the Chair thanked"
        return None
    return "The papers do not name them."


# a thing of a kind named by one name set before the kind's word in lower case, after "the": "to prioritise the
# Strathbeg cluster", "designated in the Castle ward" (wards, clusters, areas and schemes as minutes name them)
_THE_NAME = re.compile(r"\bthe\s+((?-i:[A-Z])[\w'’-]+)\s+$", re.I)


def named_by_the(before: str, own: frozenset[str] | set[str] = frozenset()) -> bool:
    """Does the text ``before`` a kind's word end in "the" and a capitalised word not a sentence's opening word, nor
    one of the question's own words (stems ``own``): the thing's name ("the Castle ward")?"""
    m = _THE_NAME.search(before)
    return m is not None and m.group(1).lower() not in LEADING and not set(stems(m.group(1))) & own


def kind(word: str) -> str:
    """A kind's word as compared, singular and lower case ("Councils": "council", "companies": "company")."""
    return re.sub(r"s$", "", re.sub(r"ies$", "y", re.sub(r"['’]s?$", "", word.lower())))


MENTION_CHARS = 60  # characters before a kind's word in which its determiner stands ("a couple of names")
UNNAMED = re.compile(rf"\b(?:{UNNAMED_MENTION.form})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)


def mentioned(quote: str, kinds: set[str]) -> list[bool]:
    """Each mention in ``quote`` of those of a kind asked to be named, and whether it names them: "a couple of names",
    "A resident", "15 councils" do not (unless a name follows, "two residents, namely Gareth Davies", or stands
    just before, "Cllr Ash and Cllr Bell, two members"); "Llansadwrn and Meidrim community councils" does."""
    out: list[bool] = []
    for m in KIND_ASKED.finditer(quote):
        if kind(m.group(0)) not in kinds:
            continue
        before = quote[:m.start()]
        tail = before[-MENTION_CHARS:]
        unnamed = UNNAMED.search(tail)
        if unnamed is None:
            if names_someone(" ".join(WORD.findall(before)[-MENTION_WINDOW:])):
                out.append(True)
            continue
        ahead = before[:len(before) - len(tail) + unnamed.start()]
        last = WORD.findall(ahead)[-MENTION_WINDOW:]
        apposed = ahead.rstrip().endswith((",", "(", "–", "-")) or bool(last and last[-1][0].isupper())
        out.append(bool(NAME_LIST.match(quote[m.end():])) or (apposed and names_someone(" ".join(last))))
    return out


def names_someone(text: str) -> bool:
    """Does ``text`` name someone: with a title, or in two capitalised words ("Gareth Davies"; not "The Committee")?"""
    for m in SOMEONE.finditer(text):
        caps = [w for w in WORD.findall(m.group(0)) if w.lower() not in LEADING and w[0].isupper()]
        if TITLED.match(m.group(0)) or len(caps) >= 2:
            return True
    return False


# "what did the allotment tenant say about the track", "what did the police tell the board": what someone said
SPEAKER_ASKED = re.compile(r"\bwhat\s+did\s+(?:the\s+|an?\s+)?(?!(?:the|an?|their|its|this|that)\s)"
                           r"([a-z][\w'’-]*(?:\s+[a-z0-9][\w'’-]*){0,3}?)\s+"
                           r"(?:tell|say|advise|explain|reply|answer|respond|add|report|ask|raise|bring\s+up|"
                           r"mention|propose|suggest)\b", re.I)
# a speaker that is the meeting itself, or no one in particular: what it said is what the minutes record
NO_SPEAKER = frozenset(["they", "we", "you", "he", "she", "it", "i", "council", "committee", "board", "panel",
                        "members", "member", "cabinet", "authority", "commission", "meeting", "councillors",
                        "cllrs", "people", "anyone", "everyone", "group", "forum", "partnership", "trust", "body",
                        # a paper, not a person: "what did the plot holder's written submission say" is what it held
                        "submission", "submissions", "letter", "letters", "petition", "statement", "representation",
                        "representations", "email", "e-mail"])
# how minutes have someone say something: a verb after them ("the tenant reported", "Mr Wear spoke", "the Police
# had advised"), or words that attribute it ("according to the tenant", "a letter from the tenant")
SPOKEN = (r"(?:said|says|spoke|told|tells|advised|stated|explained|reported|reports|asked|asks|raised|"
          r"queried|noted|commented|highlighted|outlined|informed|updated|confirmed|replied|responded|"
          r"added|suggested|expressed|presented|described|referred|emphasi[sz]ed|stressed|mentioned|"
          r"argued|objected|requested|proposed|welcomed|thanked|gave|made|wrote|indicated|felt|"
          r"believed|considered|warned|urged|claimed|complained|praised|questioned|sought|"
          r"recommended|provided|explains|states|notes|adds|believes|feels|wants|wishes|hopes)\b")
SPOKE_AFTER = re.compile(r"^(?:\s*[\w'’().,-]+){0,4}?\s+(?:(?:had|has|have|was|were|also|then|further)\s+)?"
                         + SPOKEN, re.I)
BODY_INITIALS_WORD = re.compile(rf"(?:{BODY_INITIALS.form})", re.I)
TITLED_NAME = re.compile(rf"\b(?:{HONORIFICS.form})\.?\s+(?:(?-i:[A-Z])\.?\s*){{0,3}}{CAPITAL}|\b(?:{OFFICES.form})\b",
                         re.I)
ATTRIBUTED = re.compile(r"\b(?:according\s+to|from|by|on\s+behalf\s+of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$",
                        re.I)


# someone described before the question proper, closed by a dash or colon: "..., the allotment tenant - what did they"
SET_OUT = re.compile(r"(?:^|[-–:;,]\s)\s*(?:the|an?|their|our)\s+([a-z][\w'’-]*(?:\s+[a-z0-9][\w'’-]*){0,3})"
                     r"\s*[-–:,]\s*$", re.I)
OF_WHAT = re.compile(r"\s+(?:of|for|from|at|on|in)\s.*$", re.I)  # "the tenant of plot 4": the tenant


def speaks(surname: str, quote: str) -> bool:
    """Does ``quote`` have the one called ``surname`` say something ("Councillor Spoor asked ...")?"""
    return any(SPOKE_AFTER.match(quote[m.end():]) for m in re.finditer(rf"\b{re.escape(surname)}\b", quote, re.I))


def speaker_unmet(asked: Asked, answer: Answer, route: str = "facts", papers: Papers | None = None) -> str | None:
    """"What did the allotment tenant say about the track": a quote must have them say something ("the tenant
    reported ...", "according to the tenant"), not only name them as whom another spoke to ("Cllr Holiday advised
    tenant with ...")."""
    found = SPEAKER_ASKED.search(asked.question)
    if found is None:
        return None
    who = found.group(1).lower().split()
    if who not in (["they"], ["he"], ["she"]) and route != "facts":
        return None  # a resolution answered on the point speaks for the body ("what did nym planning say about ...")
    if who == ["they"] or who == ["he"] or who == ["she"]:
        # "the allotment tenant - what did they say about the track": the one set out before the question's dash
        named = SET_OUT.search(asked.question[:found.start()])
        titled = list(TITLED_NAME.finditer(asked.question[:found.start()]))
        if named:
            who = OF_WHAT.sub("", named.group(1)).lower().split()
        elif titled:  # "once Cllr Spoor arrived, what did he bring up": the one named before, who must say it
            said = any(speaks(titled[-1].group(0).split()[-1], c.quote) for c in answer.citations)
            return None if said else f"The papers do not record {titled[-1].group(0)} saying that."
    if who[-1] in NO_SPEAKER or BODY_INITIALS_WORD.fullmatch(who[-1]):  # "the PC", "the council": the minutes' own
        return None
    if any(w in asked.plan.names for w in who):  # a person by name: the said-of-them check reads their sentences
        return None
    # an office's holder is minuted by name ("the new chairman": "Cllr Austen made specific reference to"); anyone
    # else by what they are ("the tenant reported")
    head = TITLED_NAME if OFFICE_SAID.fullmatch(" ".join(who[-2:])) or OFFICE_SAID.fullmatch(who[-1]) else \
        re.compile(rf"\b{re.escape(who[-1][:max(4, len(who[-1]) - 2)])}\w*", re.I)
    for c in answer.citations:
        for m in head.finditer(c.quote):
            if SPOKE_AFTER.match(c.quote[m.end():]) or ATTRIBUTED.search(c.quote[:m.start()]):
                return None
    # a body speaks through its posts ("what did the opcc say": "the Chief Finance Officer confirmed ...", whom the
    # meeting's papers name "Chief Finance Officer of the OPCC")
    if papers is not None and spoke_for(papers, asked, answer, " ".join(who), SPOKE_AFTER):
        return None
    return f"The papers do not record the {' '.join(who)} saying that."

