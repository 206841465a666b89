"""What kind of thing a question asks for, and whether the quotes hold one of that kind on what it asks about.

A route can find the subject and still quote nothing of the kind asked: "how much land does Cllr Davies own near
the Llandeilo bypass", "what did the borough councillor report", "what was item 9(vi) about", met only by the
declarations item's "personal interest in 9.1 Notice of Motion - Llandeilo Bypass" (which says an interest was
declared in it, nothing of what it held); "what's the name of the vice chair" met by "The Vice Chair led the Board
in a tribute to Cllr Roger Wilson" (a name, but not the vice chair's). Each check reads the question for the kind
asked (by how people ask, not one question's words) and the quotes for one of that kind, beside the thing asked
about: a time for "when will" (not a clause that only reports the question put), a balance for "how much is left"
(not the sums awarded), a substitution for "who subbed for", a name for "which bank" (not "a new bank account"),
names for "which 15 councils" (not "15 councils yet to respond"), an award for "who got the job" (not tenders to be
invited), the thing itself for a venue (not where the meeting sat). The words are council usage
(minutebook.vocabulary). The checks on money and choices (a balance left, an award, the ones turned down) are
:mod:`service.sums_and_awards`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from index.nodes import ATTENDANCE_TITLE
from index.query import ASIDE, in_periods
from minutebook.dates import find_dates
from minutebook.model import Citation
from minutebook.vocabulary import (
    CHAIR_LABELS,
    CHAIR_STOOD_IN,
    HELD_FROM_AFAR,
    ITEM_LOCATOR_ASKED,
    ITEM_LOCATOR_SAID,
    ITEM_RESULT_ASKED,
    ITEM_ROLES,
    JOINED_FROM_AFAR,
    OFFICES,
    OWN_PART,
    OWN_PART_SAID,
    SUBSTITUTE_SAID,
    TIME_SAID,
    compiled,
)
from service.business_to_come import held_at, matter, put_on
from service.declarations_answered import titled_member
from service.evidence import asks_decision, records_decision, sentences, stems
from service.meeting_before import BEFORE_ASKED
from service.papers import Asked, Papers
from service.schemas import Answer
from service.times_past import AHEAD_ASKED, past_only
from service.who_where import (
    KIND_ASKED,
    LEADING,
    OFFICE_ASKED,
    OFFICE_SAID,
    REFERENCE,
    SOMEONE,
    SPOKEN,
    UNNAMED,
    WORD,
    holds_office,
    named_by_the,
)

# "what's the name of the vice chair", "the name of their clerk", "the name of argyll and bute's provost": an office's
# holder asked by name (the council's, in the possessive, may stand before the office)
NAME_OF = re.compile(rf"\bnames?\s+of\s+(?:the\s+|their\s+|its\s+|our\s+|(?:[\w&-]+\s+){{0,4}}?[\w-]+['’]s\s+)?"
                     rf"(?:new\s+|current\s+|acting\s+)?({OFFICES.form})\b", re.I)

# the declarations item ("Declarations of Interest", "Disclosures of Interest"): it names other items only as what
# interests were declared in
DECLARATIONS_ITEM = re.compile(ITEM_ROLES["declarations"].form, re.I)
# a question on interests, or on who: a declaration says who declared what, and why ("as a neighbouring landowner")
# and as people ask it in everyday words: a member's "stake", "link" or "connection" to a thing, being "involved
# with" it, what it "has to do with" them, sitting out, recusing or excusing themselves
ASKS_OF_INTERESTS = re.compile(r"\b(?:declar\w*|interests?|disclos\w*|conflict\w*|withdr[ae]w\w*|left\s+the\s+room|"
                               r"dispensation\w*|related|relative|governor|trustee|employ\w*|member\s+of|stakes?|"
                               r"links?|linked|connect\w*|involv\w*|to\s+do\s+with|recus\w*|excus\w*|s[ai]t\s+out|"
                               r"abstain\w*)\b", re.I)
ASKS_WHO = re.compile(r"^\s*(?:and\s+)?(?:who(?:m|se|['’]s)?|which\s+(?:[\w'’-]+\s+){0,2}?(?:councillors?|members?|"
                      r"cllrs?|people|person))\b", re.I)
ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")
# where a question's last ask begins: after a dash, a semicolon, a comma or the colon after a heading naming the
# meeting ("item 18, members declared — what was decided on it?", "highland council 28/6/18: outcome of item 18");
# an ask is a question word or the noun of what came of the matter ("outcome of item 18", "result?")
ASKING = re.compile(r"^\s*(?:and\s+|but\s+|so\s+)?(?:what|which|how|did|was|were|has|have|is|are|"
                    r"(?:the\s+)?(?:outcomes?|results?|upshot|verdict|decisions?)\b)\b", re.I)
CLOSING_ASK = re.compile(r"\s[-–—]\s|[–—;]|:\s|,\s+(?=(?:and\s+|but\s+|so\s+)?(?:what|which|who|how|when|where|why|did|"
                         r"was|were|has|have|is|are)\b)", re.I)
RESULT_ASKED_RX = re.compile(ITEM_RESULT_ASKED.form, re.I)  # "- what was the result": what came of the item
OWN_PART_ASKED = re.compile(OWN_PART.form, re.I)
OWN_PART_SAID_RX = re.compile(OWN_PART_SAID.form, re.I)
LOCATOR_ASKED = re.compile(ITEM_LOCATOR_ASKED.form, re.I)
LOCATOR_SAID = re.compile(ITEM_LOCATOR_SAID.form, re.I)


def declared_only(asked: Asked, answer: Answer, route: str) -> str | None:
    """The subject met only in the declarations item: a member's interest "in item 23/38 (Quarry Lane Drainage)"
    says the item was on the agenda and who had an interest in it, not what was said, decided or given in it. A
    question on interests, or on who, is answered by it; so is one on a member's own part in the item ("did she take
    part": "took no part in discussions"), and one asking the item's number or reference where the quotes print one
    ("whats the application ref": "agenda item A5 18/00335/FUL")."""
    if (route not in ANSWERING_ROUTES and route != "declarations") or not answer.citations:
        return None
    quoted = "\n".join(c.quote for c in answer.citations)
    if OWN_PART_ASKED.search(asked.question) and all(DECLARATIONS_ITEM.search(c.item_title)
                                                        for c in answer.citations):
        # "did she take part": "she took no part in discussions regarding this application" says; "Cllr Dunn declared
        # a prejudicial interest in item 23/39" alone does not (nor does the declarations route's quote of it)
        return None if OWN_PART_SAID_RX.search(quoted) else "The papers do not say whether they took part."
    if route == "declarations":
        # "item 18, a bunch of members declared — what was actually decided on it?": the interests set the scene; the
        # closing ask is the decision, which the record of who declared does not give
        # (an aside in brackets sets the scene too: "outcome of item 18 (munro, heggie etc declared)")
        closing = CLOSING_ASK.split(ASIDE.sub(" ", asked.question).strip(" ?.!"))[-1]
        # (a closing ask, not a list of what it is asked of: "... at any of the meetings - leader's decisions,
        # standards cttee, full council?")
        if ASKING.match(closing) and (asks_decision(closing) or RESULT_ASKED_RX.search(closing)) \
                and not ASKS_OF_INTERESTS.search(closing) \
                and not ASKS_WHO.search(closing) \
                and not any(records_decision(c.quote, "decision") for c in answer.citations):
            return "The papers record who declared an interest in it, not what was decided on it."
        return None
    if ASKS_OF_INTERESTS.search(asked.question) or ASKS_WHO.search(asked.question):
        return None
    if LOCATOR_ASKED.search(asked.question) and (LOCATOR_SAID.search(quoted) or REFERENCE.search(quoted)):
        return None  # "whats the application ref for the chapel lane scheme": "agenda item A5 18/00335/FUL"
    said = quoted.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", said) for w in titled_member(asked)):
        return None  # "was cllr cartwright involved with neighbourhood watch": the member's own declaration says
    if asks_decision(asked.plan.corrected) or asks_decision(asked.question):
        return None  # service.asks.decided_on reads a decision asked for, and says so
    if not all(DECLARATIONS_ITEM.search(c.item_title) for c in answer.citations):
        return None
    if not INTEREST_SAID.search(quoted):
        # the declarations item's other business, quoted for what it says ("Members had received a briefing note from
        # the Monitoring Officer in advance regarding the following matters:- ..."): no interest declared in it
        return None
    return "The papers name it only among the interests members declared, not what was said or decided on it."


# what a declaration says in any of its forms: declared, an interest (of a kind), withdrawing or taking no part
INTEREST_SAID = re.compile(r"\b(?:declar\w*|interests?|disclos\w*|conflicts?\s+of|prejudicial|pecuniary|"
                           r"dispensations?|withdr[ae]w\w*|left\s+the\s+(?:room|meeting|chamber)|"
                           r"(?:took|take|taking)\s+no\s+part)\b", re.I)


# "whats the cpca mayor's name", "the chair's full name": an office's holder asked by the name of the office's
OFFICE_NAME = re.compile(rf"\b({OFFICES.form})['’]?s\s+(?:full\s+|first\s+|sur)?names?\b", re.I)
# "whats his name", "what is her name", "give their name": a name asked of someone the question calls by an office
HIS_NAME = re.compile(r"\b(?:his|her|their)\s+(?:full\s+)?names?\b", re.I)


# words that may stand between an office and its holder's name: "Cllr Burr (Vice Chair)", "the Vice Chair, Cllr Burr",
# "Mr R Noble, Treasurer", "Cllr Moss was elected Vice Chairman", "Clerk: Mrs K Ives", "Councillor Hale (in the Chair)",
# "the clerk to the Trust is Mr R Pargeter"
BETWEEN = re.compile(r"^(?:[\s,;:()\[\]–—-]|\b(?:to|of|for)\s+(?:the\s+)?(?-i:[A-Z][\w'’&-]*)"
                     r"(?:\s+(?-i:[A-Z][\w'’&-]*))*"
                     r"|\b(?:the|as|is|was|were|be|been|being|elected|re-?elected|appointed|"
                     r"confirmed|our|new|acting|interim|in|its|their|council['’]s|and|to|of|for|remain\w*|continu\w*|serve\w*|"
                     r"stay\w*|"
                     # an election's words between the member and the office: "Cllr Alan Green confirmed he was
                     # happy to remain as Chairman and was elected to the position of Chairman unopposed" (annual
                     # meetings' minutes, the office "of Chairman"; the member's willingness to stand)
                     r"position|post|office|role|he|she|they|happy|willing|pleased|agreed)\b)*$", re.I)
ROW_END = re.compile(r"^[\s.,;:)\]]*(?:\n|$)")  # an office closing its line: a list's row, its holder first
HOLDER_CHARS = 40  # characters either side of an office in which its holder's name stands
NAME_CHARS = 30  # characters a name before an office may take, ending within HOLDER_CHARS of it
PRESIDING = re.compile(rf"\b(?:{CHAIR_LABELS[0].form})\b", re.I)  # the chair's other marks in an attendance record


def holder_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"Who is the treasurer", "what's the name of the vice chair": a quote must put a name beside the office asked
    ("Mr R Noble (Treasurer)", "the Vice Chair, Cllr Burr"), not only print the office beside someone else's name
    ("The Treasurer welcomed Mrs Joan Hart", "The Vice Chair led the Board in a tribute to Cllr Roger Wilson")."""
    office = asked_office(asked.question)
    if office is None or route in ("venue",) or not answer.citations:
        return None
    own = {re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(asked.question)}  # "the chair's name": chair
    if any(holder_beside(office, c.quote, own) for c in answer.citations):
        return None
    return f"The papers do not name the {office.lower()}."


@lru_cache(maxsize=1024)  # a question's, asked again by several routes
def asked_office(question: str) -> str | None:
    """The office whose holder the question asks for: "who is the clerk", "what's the name of the vice chair", "whats
    the mayor's name", "did they name the commissioner? whats his name"."""
    for form in (OFFICE_ASKED, NAME_OF, OFFICE_NAME):
        found = form.search(question)
        if found is not None:
            return found.group(1)
    if HIS_NAME.search(question):
        offices = {m.group(0).lower() for m in OFFICE_SAID.finditer(question)}
        if len(offices) == 1:  # the one office the question speaks of is whose name it asks
            return offices.pop()
    return None


def holder_beside(office: str, quote: str, own: set[str]) -> bool:
    """Does ``quote`` name someone (not named in the question) with only linking words between them and a mention of
    ``office``?"""
    marks = [m for m in OFFICE_SAID.finditer(quote) if holds_office(office, m.group(0))]
    if holds_office(office, "chair") and not re.search(r"\b(?:vice|deputy)\b", office, re.I):
        marks += PRESIDING.finditer(quote)  # "Presiding: G C Shiels", "In the Chair: Cllr Moss"
    for m in marks:
        after = quote[m.end():]
        named = SOMEONE.match(quote, m.end() + len(after) - len(after.lstrip(" \t:–—-")))
        if named is not None and not {w.lower() for w in WORD.findall(named.group(0))} <= own \
                and not OFFICE_SAID.match(named.group(0)):
            return True  # the holder right after the office: "Chairman Cllr Foss", "Presiding: G C Shiels"
        # (a name before the office ending within reach of it, however long: "Cllr Alan Green confirmed he was happy
        # to remain as Chairman")
        for name in SOMEONE.finditer(quote, max(0, m.start() - HOLDER_CHARS - NAME_CHARS),
                                     min(len(quote), m.end() + HOLDER_CHARS)):
            if name.end() < m.start() - HOLDER_CHARS:
                continue
            words = [w for w in WORD.findall(name.group(0)) if w.lower() not in LEADING]
            if not words or OFFICE_SAID.fullmatch(name.group(0).strip()) or {w.lower() for w in words} <= own \
                    or (name.start() < m.end() and m.start() < name.end()) \
                    or quote[name.end():].lstrip().startswith(":"):
                continue  # "The Vice Chair": the office itself; "In Attendance:": a label, not a name
            gap = quote[name.end():m.start()] if name.end() <= m.start() else quote[m.end():name.start()] \
                if name.start() >= m.end() else ""
            if BETWEEN.match(gap):
                return True
        line = quote.rfind("\n", 0, m.start()) + 1  # "Martin Whittle  MWh  Lay Member ... / Vice Chair"
        first = SOMEONE.match(quote, line + len(quote[line:]) - len(quote[line:].lstrip()))
        if ROW_END.match(quote[m.end():]) and first is not None and first.end() <= m.start() \
                and not {w.lower() for w in WORD.findall(first.group(0))} <= own:
            return True
    return False


# "when will the car park reopen", "when's the leisure centre reopening", "when is the diversion going to start": a
# time still to come is asked (not "when did they approve it", which the meeting's own date answers), also after a
# clause saying whose word is asked ("According to the Minister's letter, when will the by-pass be completed?"), or
# after the body or place it is asked of, set off by a dash or a colon ("argyll & bute - when would the nursery shut")
WHEN_AHEAD = re.compile(r"^\s*(?:[^?]*?(?:,|\s[-–—:]|:)\s*)?(?:and\s+|so\s+)?(?:(?:when|what\s+(?:date|day))(?:['’]s|"
                        r"\s+(?:is|are|will|would|shall|does|do|can|should)\b|"
                        r"\b[^?]*\b(?:going\s+to|gonna|due|expected|planned|scheduled)\b)"
                        # the date asked by its noun: "what's the completion date for handing over the land", "what
                        # is the target date", "what will the start date be" (general usage)
                        r"|what(?:['’]?s|\s+is|\s+will)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:dates?|deadline|"
                        r"timescales?)\b)", re.I)
# asked of the business itself, whose time is the later meeting's: "when is the footbridge report coming to scrutiny",
# "when will the panel hear about the footbridge" (not "when is the footbridge due to open": the meeting that will
# hear a report on it does not say)
MEETING_BUSINESS_ASKED = re.compile(r"\b(?:report\w*|updates?|invit\w*|programmes?|agenda|forward\s+plan|"
                                    r"c[ao]me?\s+back|coming\s+(?:back|to|before)|brought|bring\w*|discuss\w*|"
                                    r"consider\w*|hear|heard|meetings?|committee|cttee|panel|scrutiny|board)\b", re.I)
TIME = compiled(TIME_SAID, r"\b(?:{})")
# a clause that reports the question itself being put: "Cllr Lall asked when the leisure centre would reopen"
ASKED_THERE = re.compile(r"\b(?:ask\w*|quer\w*|enquir\w*|wonder\w*|question\w*|wanted\s+to\s+know)\s+"
                         r"(?:\w+\s+){0,3}?(?:when|whether|if|how|what)\b", re.I)
CLAUSE = re.compile(r"\s*;\s*|\s+but\s+")


def when_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """"When will the car park reopen": a clause on the subject must give a time ("would reopen on 2 May", "in the
    spring"), not only record the question put ("Cllr Cole asked when the car park would reopen; the Clerk said that
    depended on the surveyor's report, due in April": April is the report's)."""
    if route not in ANSWERING_ROUTES or not answer.citations or not WHEN_AHEAD.search(asked.question):
        return None
    subject = asked.subject
    ahead = bool(AHEAD_ASKED.search(asked.question))
    later = ""  # a clause naming it only as a later meeting's business, with that meeting's time
    for c in answer.citations:
        bodies = [c.quote, *(item_texts(papers, asked, c) if subject else [])]  # asked of nothing but a meeting
        # ("when's the next standards committee"): its quotes, not every date its items print
        on: list[str] = []
        for body in bodies:
            said = sentences(body)
            for n, s in enumerate(said):
                clauses = [k for k in CLAUSE.split(s) if k.strip()]
                on += [k for k in clauses if not subject or any(asked.has(t, set(stems(k))) for t in subject)]
                if n and not ASKED_THERE.search(said[n - 1]) and not any(asked.has(t, set(stems(s))) for t in subject) \
                        and any(asked.has(t, set(stems(said[n - 1]))) for t in subject):
                    on.append(s)  # the next sentence goes on about it: "... plant two trees. Location to be decided
                    # at a future meeting."
        timed = [k for k in on if TIME.search(k) and not ASKED_THERE.search(k)
                 and not (ahead and c.meeting_date is not None and past_only(k, c.meeting_date, TIME))]
        # (a time ahead asked: "in 2023" in minutes of 2024 dates what was measured, not when it will be)
        if any(not to_come_only(asked, k) for k in timed):
            return None
        later = later or next((k.strip() for k in timed), "")
        title = set(stems(c.item_title))
        if not on and any(asked.has(t, title) for t in subject) and any(TIME.search(b) for b in bodies):
            return None  # the item's title names the subject; its sentences say when
    if later:
        return f"The papers do not say when; they name it only as business for a later meeting (\"{later}\")."
    return "The papers do not say when."


def to_come_only(asked: Asked, clause: str) -> bool:
    """Does ``clause`` name the subject only as business for a later meeting ("with the addition of a report on the
    Cwm Isaf footbridge replacement at the January 2027 meeting"), whose time is the meeting's, not the subject's,
    where the question does not ask of that business?"""
    if MEETING_BUSINESS_ASKED.search(asked.question):
        return False
    words = matter(asked)
    return put_on(clause, held_at(asked, words, clause)) is not None


def item_texts(papers: Papers, asked: Asked, cite: Citation) -> list[str]:
    """The whole text of the item ``cite`` quotes (a quote is a sentence or two of it), read from its meeting."""
    h = asked.hit_citing(cite)
    meeting = papers.meeting_of(h, asked.filters.audience) if h is not None else None
    return [i.text for i in meeting.items if i.title == cite.item_title] if meeting is not None else []


def minutes_unmet(papers: Papers, asked: Asked, answer: Answer) -> str | None:
    """"Did the parish council approve the minutes of its March 2025 meeting": the answer must be of those minutes,
    the meeting itself or an item printing their date (the minute approving them), not the April minutes approved."""
    periods = asked.plan.minutes_of
    if not periods or not answer.citations:
        return None
    # "the 22 aug minutes": a day named without its year is that day of any year (the year read for it is a guess)
    yearless = not YEAR.search(asked.question)

    def named(day: dt.date) -> bool:
        return in_periods(day.isoformat(), periods) or (yearless and any(
            (day.month, day.day) >= (a.month, a.day) and (day.month, day.day) <= (b.month, b.day) for a, b in periods))

    for c in answer.citations:
        if named(c.meeting_date):
            return None
        texts = [c.quote, c.item_title, *item_texts(papers, asked, c)]
        if any(f.date != c.meeting_date and named(f.date) for t in texts for f in find_dates(t, c.meeting_date)):
            return None
    return "The papers do not record the minutes of that meeting."


YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in full


# "who subbed for John O'Brien", "who stood in for Cllr Eyre", "who sat in place of the mayor": a substitute asked for
SUBSTITUTE_ASKED = re.compile(r"\bwho\b[^?]*?\b(?:sub(?:bed|bing|stituted|stituting|s)?|stood|"
                              r"st[ao]nd(?:ing)?|s[ai]t(?:ting)?|deputi[sz]ed|filled|covered|came|attended)"
                              r"(?:\s+in)?\s+(?:for|in\s+place\s+of|instead\s+of)\b", re.I)
# (or one in the chair for a chairman away: "In the absence of the Vice-Chairman, Cllr Vane was appointed to act as
# Vice-Chairman for the meeting")
SUBSTITUTE = re.compile(rf"\b(?:{SUBSTITUTE_SAID.form})|{CHAIR_STOOD_IN.form}", re.I)


def substitute_unmet(asked: Asked, answer: Answer) -> str | None:
    """"Who subbed for John O'Brien on 13 November": a quote must record someone sitting for another ("Cllr Frost
    attended as substitute for Cllr Dunn", "(deputy for ...)"), not only the apology of the one named."""
    if not answer.citations or not SUBSTITUTE_ASKED.search(asked.question):
        return None
    if any(SUBSTITUTE.search(c.quote) for c in answer.citations):
        return None
    return "The papers record no substitute."


# "which bank did they open the account with", "which employers were late", "which building were the murals in": one
# thing of a kind asked to be named, by the word after "which" (the kinds service.who_where names are read there; a
# time, an item or a meeting is not named but numbered or dated)
WHICH_ASKED = re.compile(r"\bwhich\s+(?:\d+\s+)?([a-z][\w'’-]*)\s+(?:did|do|does|was|were|is|are|has|have|had|will|"
                         r"would|got|get|gets)\b", re.I)
NOT_NAMED_KINDS = frozenset(["one", "ones", "way", "ways", "option", "options", "type", "types", "kind", "kinds",
                             "version", "number", "figure", "amount", "sum", "item", "items", "agenda", "minute",
                             "minutes", "paragraph", "page", "section", "point", "points", "issue", "issues", "thing",
                             "things", "question", "questions", "year", "years", "month", "months", "week", "weeks",
                             "day", "days", "date", "dates", "meeting", "meetings", "time", "times", "of", "other",
                             "earlier", "previous", "recommendation", "recommendations", "decision", "decisions",
                             # told by recipient, sum or reference, not a name of their own
                             "grant", "grants", "award", "awards", "application", "applications", "payment",
                             "payments", "bid", "bids",
                             # told by what they are of ("the costings to hire a gazebo") or their sum
                             "cost", "costs", "costing", "costings", "price", "prices", "quote", "quotes",
                             "quotation", "quotations", "estimate", "estimates"])


def instance_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"Which bank did the council open the account with": where the quotes speak of the kind asked only unnamed ("a
    new bank account be opened", "14 employers had submitted ... late", "all employers that submitted late data")
    and never by a name ("Lloyds Bank", "the bank, Barclays"), the one asked is not given."""
    found = WHICH_ASKED.search(asked.question)
    if found is None or route in ("attendance", "declarations") or not answer.citations:
        return None
    word = found.group(1).lower()
    if word in NOT_NAMED_KINDS or KIND_ASKED.fullmatch(word):
        return None  # a kind service.who_where.name_unmet reads, or one not named but numbered or dated
    head = re.escape(re.sub(r"(?:ies|s)$", "", word)[:max(4, len(word) - 2)])
    # the kind in the papers' own words, whole, where the question uses an everyday one ("which chippy": "Uncle
    # Kam's fish & chip shop")
    forms = [re.escape(f).replace(r"\ ", r"\s+") for g in asked.plan.synonyms if word in g.forms for f in g.forms
             if f != word]
    kind = rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b|\b{head}\w*" if forms else rf"\b{head}\w*"
    mentions = [(c.quote, m) for c in answer.citations for m in re.finditer(kind, c.quote, re.I)]
    if not mentions or any(named_mention(quote, m) or (forms and named_before(quote, m)) for quote, m in mentions):
        return None
    return f"The papers do not name the {word}."


# a proper name in the possessive just before a mention of a kind, naming the one meant; not a body's own ("the
# Council's bank account", "the Committee's report")
OWNER_NAMED = re.compile(r"(?<![\w'’-])(?!(?:The|This|That|Council|Committee|Authority|Board|Panel|Cabinet|Commission|"
                         r"Trust|Government|County|District|Borough|Town|Parish|City|Chair\w*|Clerk|Mayor|Leader|Members|"
                         r"Councillors|Officers|Residents)\b)(?-i:[A-Z])[\w-]*(?:['’]s|s['’])"
                         r"\s+$")


def named_before(quote: str, m: re.Match[str]) -> bool:
    """Is a mention of a kind in the papers' own words, which they print in lower case ("public house", "chip shop"),
    named by the capitalised words before it ("the Red Lion public house"), not a sentence's first word?"""
    before = re.search(r"(?<![.!?:;]\s)(?<!^)\b(?-i:[A-Z])[\w'’-]*\s+$", quote[:m.start()])
    return before is not None and before.group().strip().lower() not in LEADING


def named_mention(quote: str, m: re.Match[str]) -> bool:
    """Is this mention of a kind a name ("Lloyds Bank", "Castlegate Academy"), or set beside one ("the bank, Barclays",
    "employers (Kersley College and ...)")? "a new bank account", "14 employers", "all employers" are not."""
    before = WORD.findall(quote[:m.start()])
    if m.group(0)[0].isupper() and before and before[-1][0].isupper() and before[-1].lower() not in LEADING:
        return True
    if named_by_the(quote[:m.start()]):
        return True  # the kind in lower case after a name set before it: "to prioritise the Strathbeg cluster"
    if OWNER_NAMED.search(quote[:m.start()]):
        return True  # named by whose it is: "Uncle Kam's fish & chip shop", "Greggs' bakery"
    after = quote[m.end():m.end() + 40]
    # (or by whom it is from: "the quote from Concrete Wave Skateparks", "the tender submitted by Hallam Civils Ltd")
    if re.match(r"\s*(?:[,:(–—-]\s*(?:namely\s+|including\s+|being\s+)?|\s+(?:namely|including|called|named)\s+|"
                r"\s+(?:(?:submitted|supplied|provided|received|put\s+forward)\s+)?(?:from|by)\s+)(?-i:[A-Z])", after):
        return True
    if LISTED_AFTER.match(quote[m.end():]):
        return True  # "three priorities for the year: affordable homes, bus services and town centre jobs"
    return not UNNAMED.search(quote[max(0, m.start() - 60):m.start()]) and m.group(0)[0].isupper()


# the things of a kind listed after it, past a colon: "three priorities for the year: affordable homes, bus services
# and town centre jobs" (a list of two or more: a comma or "and" before the sentence ends)
LISTED_AFTER = re.compile(r"[^.:;?!]{0,30}:\s*[^.;:?!]+?(?:,|\band\b)", re.I)


# what a question on where a meeting was held is worded with: "where was it held", "which building did they meet in",
# "what venue", "which room"; and where it asks of the body's habit ("where does the board usually meet"), which a
# meeting's venue answers; and whether it could be joined from afar ("could ppl join remotely"), which a venue line
# says ("... and remotely", "Microsoft Teams")
VENUE_WORDS = frozenset(stems("where which what building buildings venue venues held hold holding hall halls place "
                              "places room rooms location located meet meets meeting meetings met take took taking sat "
                              "sit sitting chamber chambers office offices premises address online remote virtual "
                              "in person face zoom teams hybrid next last use used using usually normally generally "
                              "typically regularly always join joined joining joins remotely virtually video"))


def venue_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """The venue route answers where the meeting was held; a question asking where something else is or was ("which
    building were the murals in that the community council wants recorded") asks of things the venue does not name."""
    if route != "venue" or not answer.citations:
        return None
    said = {w for c in answer.citations for w in stems(f"{c.quote} {c.item_title} {c.committee}")}
    # "the time before dalwhinnie": words naming the meeting the one asked of is counted from
    said |= {w for m in BEFORE_ASKED.finditer(asked.question) for w in stems(m.group(0))}
    scope = asked.plan.scope_words  # "the kestrel licensing committee": words naming the body asked of
    other = [t for t, w in asked.terms.items() if t in asked.subject and t not in VENUE_WORDS and w not in scope
             and not asked.has(t, said)
             and not any(ch.isdigit() for ch in t)]  # "13th": the date asked, not a thing
    if other:
        return "The papers say where the meeting was held, not that."
    # "could ppl join remotely": a venue naming only a room does not say (a remote manner is named: "... and remotely")
    if re.search(JOINED_FROM_AFAR.form, asked.question, re.I) \
            and not any(re.search(HELD_FROM_AFAR.form, c.quote, re.I) for c in answer.citations):
        return "The papers say where the meeting was held, not whether it could be joined remotely."
    return None


# "which 15 community councils still haven't sent their returns", "which three residents wrote": so many of a kind
WHICH_COUNTED = re.compile(r"\bwhich\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                           r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"([a-z][\w'’-]*?)s?\b(?=\s+(?:did|do|does|was|were|is|are|have|has|had|still|got|"
                           r"wrote|sent|replied|asked|complained|attended|came|voted|were|\w+ed)\b)", re.I)
# "name the 15 councils that still haven't responded", "list the three residents who wrote": so many, to be named
NAME_COUNTED = re.compile(r"\b(?:name|list|identify|tell\s+me)\s+(?:the|all|those|all\s+the)\s+(\d+|two|three|four|"
                          r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                          r"eighteen|nineteen|twenty)\s+(?:[\w'’-]+\s+){0,2}?([a-z][\w'’-]*?)s?\b"
                          r"(?=\s+(?:that|which|who|still|yet|not)\b)", re.I)
NUMBER_WORDS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


def counted_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"Which 15 community councils still haven't sent their returns": where a quote counts that many of the kind
    ("with 15 councils yet to respond", "Fourteen suppliers had submitted invoices late") and no name follows the
    count ("Two councillors, namely Cllr Ames and Cllr Cole"), the papers count them without naming them."""
    found = WHICH_COUNTED.search(asked.question) or NAME_COUNTED.search(asked.question)
    if found is None or route in ("attendance", "declarations") or not answer.citations:
        return None
    n = found.group(1).lower()
    number = int(n) if n.isdigit() else NUMBER_WORDS[n]
    word = found.group(2).lower()
    head = re.escape(re.sub(r"(?:ie|s)$", "", word)[:max(4, len(word) - 2)])
    forms = "|".join([str(number), *(w for w, k in NUMBER_WORDS.items() if k == number)])
    counted = re.compile(rf"\b(?:{forms})\s+(?:[\w'’-]+\s+){{0,2}}?{head}\w*", re.I)
    mentions = [(c.quote, m) for c in answer.citations for m in counted.finditer(c.quote)]
    if not mentions or any(NAME_LIST_AFTER.match(q[m.end():]) or LISTED_AFTER.match(q[m.end():]) for q, m in mentions):
        return None
    return "The papers count them but do not name them."


NAME_LIST_AFTER = re.compile(r"^\s*(?:[,:(–—-]\s*)?(?:namely|including|being|i\.e\.|as\s+follows|:)\s*[,:]?\s*"
                             r"(?-i:[A-Z])|^\s*[:(]\s*(?-i:[A-Z])", re.I)


# "what did Cllr Harlow report", "what did the chief superintendent tell the council about local policing", "what was
# said by Luciana Berger on mental health": what someone said, told or reported is asked
SAID_ASKED = re.compile(r"\bwhat\b[^?]*?\b(?:say|said|says|tell|tells|told|report|reported|reports|mention\w*|"
                        r"rais(?:e|ed|es)|explain\w*|updat(?:e|ed)|advis(?:e|ed)|advice|talk\w*|speak|spoke|brief(?:ed)?|"
                        r"inform(?:ed)?|comment\w*|add|added)\b", re.I)
# a record of who came or sent apologies: the record's own citation, or an item titled for it ("Apologies for
# Absence", "Calling of the Roll", "Receive /accept apologies and welcome to the public")
RECORD_ITEM = re.compile(rf"^{re.escape(ATTENDANCE_TITLE)}\b|{ITEM_ROLES['attendance'].form}|"
                         rf"{ITEM_ROLES['apologies'].form}", re.I)
SPEECH = re.compile(rf"\b{SPOKEN}", re.I)  # anyone saying anything
BRACKETED = re.compile(r"\([^)]*\)")  # a note in brackets
# "what does Janet Beer advise the mayor on", "what do they report on": what someone does, their brief, asked in the
# present ("Janet Beer (Higher Education)"), not what they said at a meeting ("what did she advise")
BRIEF_ASKED = re.compile(r"\bwhat\s+(?:does|do)\s+(?:[\w'’.&-]+\s+){1,6}?(?:advise|report|brief|speak|talk)\b", re.I)


def presence_only(asked: Asked, answer: Answer, route: str) -> str | None:
    """"What did County Cllr Harlow report to the parish council": a record of who attended or sent apologies ("IN
    ATTENDANCE: County Cllr David Harlow", "Apologies ... Luciana Berger MP (Mayoral Advisor - Mental Health)") names
    them, and what they are, but records nothing they said. An answer whose every quote is such a record, none with
    anyone saying anything, does not give what was said."""
    if route not in ANSWERING_ROUTES or not answer.citations or not SAID_ASKED.search(asked.question):
        return None
    if BRIEF_ASKED.search(asked.question):
        return None
    if not all(RECORD_ITEM.search(c.item_title) for c in answer.citations):
        return None
    if any(SPEECH.search(BRACKETED.sub(" ", c.quote)) for c in answer.citations):
        return None  # (a bracketed note refers to the minutes and says nothing: "joined at 11.15am (noted in item 8)")
    return "The papers record who came or sent apologies, not what they said."


# "what events did the chair attend", "what programmes does the youth offending team run": things of a kind asked to be
# told, by a plural noun after "what"
WHAT_ASKED = re.compile(r"\bwhat\s+(?:other\s+|new\s+|kinds?\s+of\s+|sorts?\s+of\s+)?([a-z][\w'’-]*[a-rt-z]s)\b"
                        r"(?:\s+(?!(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b)[\w'’-]+){0,4}?\s+"
                        r"(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b", re.I)
# how minutes speak of many of a kind without saying which: "the array of events she had attended", "the various
# programmes", "a number of schools", "some rooms"
VAGUE = re.compile(r"\b(?:(?:a|an|the)\s+(?:number|range|variety|series|couple|handful|host|array|list|raft|plethora)"
                   r"\s+of|various|several|some|numerous|a\s+few|many|other|sundry|assorted)\s+(?:[\w'’-]+\s+){0,2}?$",
                   re.I)
# a list after the mention, which says which: "a range of conditions, including CCTV", "several schools: Castlegate"
LISTED = re.compile(r"^\s*[,:(–—-]?\s*(?:including|includ\w+|namely|such\s+as|like|as\s+follows|i\.e\.|e\.g\.|"
                    r"for\s+example)\b", re.I)


def unspecified_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """"What events did the chair and her consort go to": where the quotes speak of the kind asked only as many
    unsaid ("an overview of the array of events she and her consort had attended", "the various programmes run by
    the youth offending team", "pilot schemes taking place in a number of schools") and never list them, the papers
    do not say which."""
    found = WHAT_ASKED.search(asked.question)
    if found is None or route in ("attendance", "declarations") or not answer.citations:
        return None
    word = found.group(1).lower()
    if word in NOT_NAMED_KINDS:
        return None
    head = re.escape(re.sub(r"(?:ies|s)$", "", word)[:max(4, len(word) - 2)])
    # the kind in the papers' own words, whole, where the question uses an everyday one ("which chippy": "Uncle
    # Kam's fish & chip shop")
    forms = [re.escape(f).replace(r"\ ", r"\s+") for g in asked.plan.synonyms if word in g.forms for f in g.forms
             if f != word]
    kind = rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b|\b{head}\w*" if forms else rf"\b{head}\w*"
    mentions = [(c.quote, m) for c in answer.citations for m in re.finditer(kind, c.quote, re.I)]
    if not any(VAGUE.search(q[max(0, m.start() - 60):m.start()]) for q, m in mentions) \
            or any(named_mention(q, m) or LISTED.match(q[m.end():]) for q, m in mentions):
        return None  # never said to be many unsaid, or named somewhere ("a range of conditions, including CCTV")
    return f"The papers do not say which {word}."


# an item the minutes mark as taken in private: "Enforcement - Legal Advice (In Committee)", "Lease of Land at South
# Quay (Part 2 - private)", "STAFFING (CONFIDENTIAL)", "Market Hall - Future Operating Model (Exempt)"
PRIVATE_ITEM = re.compile(r"\([^)]*\b(?:in\s+committee|exempt|confidential|part\s+(?:2|ii|two|b)|private|"
                          r"closed\s+session|in\s+camera)\b[^)]*\)|\b(?:exempt|confidential)\s*$", re.I)


def private_content(asked: Asked, answer: Answer, route: str) -> str | None:
    """"What legal advice did the solicitor give on the Crossnamuckley enforcement": where every quote is from an item
    the minutes mark as taken in private ("Enforcement - Legal Advice (In Committee)"), the public minutes record that
    advice was given, or a report considered, and what was decided on it; not what was said, advised or reported.
    (The quotes an entitled audience is given from exempt items are the business itself.)"""
    if route not in ANSWERING_ROUTES or not answer.citations or not SAID_ASKED.search(asked.question) \
            or asked.filters.audience.entitled:  # an entitled reader is quoted the exempt business itself
        return None
    if not all(PRIVATE_ITEM.search(c.item_title) for c in answer.citations):
        return None
    return "That item was taken in private: the papers open to you do not say what was said in it."
