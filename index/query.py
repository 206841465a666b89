"""Reading a question once, without an LLM, into a typed plan.

The plan says what the question asks for (:class:`Intent`, each with a confidence), what it is about (its
topic words, spelt as the papers spell them, with the council's other names for them), which committee it
names (matched by words and initials, so "the ILSC", "CYP panel" and "notts fire authority policy & strategy
committee" find theirs), and when: dates and periods ("28 July 2020", "July 2020", "in 2018", "last year"),
a month without a year ("in March": the latest such meeting), "last time" and "next meeting", and minute
numbers ("minute 83"). A cue word counts for an intent in the question's frame ("who sent apologies"), much
less inside its topic ("what was resolved on apologies for absence"); the answerer lets the evidence decide
between intents that are close.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from index.bodies import (
    COMMITTEE_KINDS,
    GENERIC_BODY_WORDS,
    PLACE_SLOT,
    QUESTION_WORDS,
    BodyNamed,
    bodies_named,
    clear_lead,
    committee_words,
    next_of_named_body,
    word_matches,
)
from index.spelling import Speller
from minutebook.dates import MONTHS, day_months, find_dates, short_years, with_short_years
from minutebook.lexicon import GROUPS, Synonyms
from minutebook.model import Audience
from minutebook.vocabulary import MEETING_PARTICULARS, SPEED_OF_DECIDING

_PARTICULARS = re.compile(MEETING_PARTICULARS.form, re.I)


@dataclass
class SearchFilters:
    """Hard filters of a search: what the caller asks for (API and CLI), and who is asking.

    ``audience`` decides whether exempt (Part 2) nodes may be returned; it defaults to the public.
    """

    committee: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    doc_kind: str | None = None
    audience: Audience = field(default_factory=Audience.public)


class Intent(StrEnum):
    """What a question asks for; anything else is a fact to quote."""

    ATTENDANCE = "attendance"  # who was there, sent apologies, chaired
    DECLARATION = "declaration"  # interests declared, members withdrawing
    NEXT_MEETING = "next_meeting"  # when the committee meets next
    RESOLUTION = "resolution"  # what was resolved, agreed, asked for
    FOLLOWUP = "followup"  # whether something asked for has happened
    TIMELINE = "timeline"  # a subject across meetings: "each time", "since", "last discussed"
    VENUE = "venue"  # where a meeting was held
    CLOSING = "closing"  # when a meeting finished
    START = "start"  # when a meeting began
    CONTACT = "contact"  # whom the papers name for enquiries about a meeting


class Relative(StrEnum):
    LATEST = "latest"  # "last time", "now", "latest", "most recent"
    FIRST = "first"  # "first came up", "first backed"


@dataclass
class QueryPlan:
    """What the question itself says about where the answer is."""

    text: str
    corrected: str = ""  # the question spelt as the papers spell it
    search_text: str = ""  # ``corrected`` with the words as typed and the council's other names for its topics
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    months: list[int] = field(default_factory=list)  # months named without a year: the latest such meeting
    yearless: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # periods whose year was not given
    relative: Relative | None = None
    after: bool = False  # "after the July meeting", "the meeting after": the one that follows
    minutes: list[str] = field(default_factory=list)
    committee: str | None = None  # the one committee the question names, when it names one clearly
    bodies: list[BodyNamed] = field(default_factory=list)
    intents: dict[Intent, float] = field(default_factory=dict)
    scope_words: set[str] = field(default_factory=set)  # words naming a body or place: where, not what
    places: set[str] = field(default_factory=set)  # scope words the papers print as names ("Rotherham")
    names: set[str] = field(default_factory=set)  # words of the question the papers print as names (lower case)
    year_spans: list[int] = field(default_factory=list)  # years of spans named ("2019/20", "21/22"): their first
    synonyms: list[Synonyms] = field(default_factory=list)  # the lexicon's groups the question uses
    lexicon_text: str = ""  # ``corrected`` as the lexicon was matched on it (a place's possessive as the council's)
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> the papers' spelling
    date_words: set[str] = field(default_factory=set)  # words read as a date, no month's name ("xmas"): when, not what
    # the dates of minutes approved at a later meeting ("the Dec 2017 minutes", "the september minutes"): printed by the
    # item approving them, not the meeting asked
    minutes_of: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    minutes_months: list[int] = field(default_factory=list)  # as ``minutes_of``, a month named without a year

    @property
    def names_meeting(self) -> bool:
        """Does the question say which meeting or committee it is about (a date, a month, a minute, a body, "last
        time")?"""
        return bool(self.periods or self.months or self.minutes or self.bodies or self.committee or self.relative)

    @property
    def asks_particulars(self) -> bool:
        """Does the question ask for a meeting's own particulars, which its header prints (where and when it met, who to
        contact, the call-in deadline, whether it met remotely)? Only then is the header evidence: elsewhere its
        heading's words (the council, the committee, "decisions") would answer what it does not say."""
        return any(self.confidence(i) >= 0.5 for i in (Intent.VENUE, Intent.START, Intent.CONTACT)) \
            or bool(_PARTICULARS.search(self.corrected or self.text))

    @property
    def wants(self) -> set[str]:
        """The intents the question's own words make likely (confidence at least a half)."""
        return {i.value for i, c in self.intents.items() if c >= 0.5}

    def confidence(self, intent: Intent) -> float:
        return self.intents.get(intent, 0.0)

    @property
    def unknown_bodies(self) -> list[BodyNamed]:
        """Committees named by distinctive words the papers use as common words ("Health Select Commission")
        that no committee in the papers has; a name the papers never print may be the council's own."""
        return [b for b in self.bodies if not b.committees and b.kind in COMMITTEE_KINDS and b.common]


# ----------------------------------------------------------------------------- dates

_SINCE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)
_MINUTE = re.compile(r"\bminute\s+(?:no\.?\s*|number\s*)?(\d{1,4})\b", re.I)
_YEAR = re.compile(r"(?<![/\d£$-])\b((?:19|20)\d\d)\b(?![/-]\d)(?!\s*(?:/|-)\s*\d)")
_BARE_MONTH = re.compile(
    r"\b(" + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("jan", "feb", "may", "aug", "sept", "oct",
                                                                         "nov", "dec")), key=len, reverse=True))
    + r")\b\.?(?!\s*,?\s*(?:19|20)\d\d)(?!\s+\d)",
    re.I,
)
_SEASON = re.compile(r"\b(spring|summer|autumn)\s+((?:19|20)\d\d)\b", re.I)
# Christmas as people name a December meeting ("the meeting just before xmas", "over christmas 2015")
_XMAS = re.compile(r"\b(?:before|over|at|around|near|by|until|after|pre|for)[\s-]+(?:the\s+)?(?:xmas|christmas)"
                   r"(?:\s+((?:19|20)\d\d))?\b", re.I)
_SEASONS = {"spring": (3, 5), "summer": (6, 9), "autumn": (9, 11)}
_LATEST = re.compile(r"\b(last\s+time|latest|most\s+recent(?:ly)?|now|currently|at\s+the\s+moment|these\s+days|"
                     r"so\s+far|to\s+date|last\s+(?:meeting|one))\b", re.I)
_FIRST = re.compile(r"\bfirst\s+(?:came\s+up|came|backed|discussed|raised|considered|heard|looked)\b|"
                    r"\bfirst\s+(?:meeting|one|session)\b", re.I)  # "the panel's first meeting of 2023"
_AFTER = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?!\d)|\bmeeting\s+after\b|\bnext\s+one\b", re.I)


# "the August 2008 planning minutes", "the june 2019 record of the standards committee" (the minutes are its record;
# not a record of attendance or of a vote, which is the meeting's own)
_MINUTES_AFTER = re.compile(r"^\s*(?:[\w&'’-]+\s+){0,4}?(?:minutes\b|records?\b(?!\s+of\s+(?:the\s+)?(?:attendance|"
                            r"votes?|voting|interests?|those\s+present)\b))", re.I)
_MINUTES_BEFORE = re.compile(r"\bminutes\s+(?:of|from)\s+(?:the\s+)?(?:meeting\s+)?(?:held\s+)?(?:on\s+|in\s+)?$", re.I)


_LONG_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:] if len(m) >= 6)  # "novemmber", "octtober"


def _months_as_meant(question: str, corrections: dict[str, str]) -> str:
    """``question`` with the long months' names it mistypes put right ("in Novemmber"), where the speller puts them
    right: a word of six letters or more that is a month's name with a letter or two wrong is no other word. A
    short one is left as typed ("marsh" is not "march", "jun" not "june")."""
    fixes = {w: c for w, c in corrections.items() if len(w) >= 6 and c.lower() in _LONG_MONTHS}
    if not fixes:
        return question
    return re.sub(r"[A-Za-z][A-Za-z'’]*[A-Za-z]", lambda m: fixes.get(m.group(0).lower(), m.group(0)), question)


def _dates(plan: QueryPlan, question: str, latest: dt.date | None) -> None:
    found = with_short_years(question, find_dates(question, latest, prefer_future=False), latest)
    found += [f for f in short_years(question) if not any(f.start < g.end and g.start < f.end for g in found)]
    found += [f for f in day_months(question, latest) if not any(f.start < g.end and g.start < f.end for g in found)]
    given = [f.date for f in found if f.explicit_year]
    if given and not all(f.explicit_year for f in found):
        # "cnpa planning sep 08 - what changes were made to the 22 aug minutes": a date without its year is of the
        # year the question gives (on or before the month it names), not the papers' latest
        ref = max(given).replace(day=calendar.monthrange(max(given).year, max(given).month)[1])
        found = [f if f.explicit_year else next((g for g in find_dates(question, ref, prefer_future=False)
                                                 if g.start == f.start), f) for f in found]
    for f in found:
        end = f.date if f.day_given else f.date.replace(day=calendar.monthrange(f.date.year, f.date.month)[1])
        if _MINUTES_AFTER.match(question[f.end:]) or _MINUTES_BEFORE.search(question[: f.start]):
            plan.minutes_of.append((f.date, end))  # minutes approved later: what is asked about, not the meeting
            continue
        if _SINCE.search(question[: f.start]):  # "since March 2023": from then to the latest paper
            end = max(latest or end, end)
        plan.periods.append((f.date, end))
        if not f.explicit_year:  # "on 12 march": the year is a guess, which the meetings held may correct
            plan.yearless.append((f.date, end))
    for m in _YEAR.finditer(question):
        if _MINUTES_AFTER.match(question[m.end():]):
            continue
        year = int(m.group(1))
        if not any(a.year == year for a, _ in plan.periods):
            a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
            if _SINCE.search(question[: m.start()]):
                b = max(latest or b, b)
            plan.periods.append((a, b))
    if latest and re.search(r"\blast\s+year\b", question, re.I):
        plan.periods.append((dt.date(latest.year - 1, 1, 1), dt.date(latest.year - 1, 12, 31)))
    if latest and re.search(r"\bthis\s+year\b", question, re.I):
        plan.periods.append((dt.date(latest.year, 1, 1), latest))
    for m in _SEASON.finditer(question):
        year, (first, last) = int(m.group(2)), _SEASONS[m.group(1).lower()]
        plan.periods = [p for p in plan.periods if not (p[0] == dt.date(year, 1, 1) and p[1] >= dt.date(year, 12, 31))]
        plan.periods.append((dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])))
    for m in _XMAS.finditer(question):  # "just before xmas 2017": the December meetings
        plan.date_words.update(re.findall(r"xmas|christmas", m.group(0).lower()))
        if m.group(1):
            year = int(m.group(1))
            plan.periods = [p for p in plan.periods if p != (dt.date(year, 1, 1), dt.date(year, 12, 31))]
            plan.periods.append((dt.date(year, 12, 1), dt.date(year, 12, 31)))
        else:
            plan.months.append(12)
    taken = [(f.start, f.end) for f in found]
    for m in _BARE_MONTH.finditer(question):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group(1).lower()
        if _MINUTES_AFTER.match(question[m.end():]):  # "were the september minutes changed": approved later
            plan.minutes_months.append(MONTHS[word])
            continue
        if word == "may" and not re.search(r"\b(?:in|of|since|from|during|last)\s+may\b|\bthe\s+may\s+"
                                           r"(?:meeting|mtg|minutes|agenda|one|session)\b", question, re.I):
            continue  # "may" is a verb far more often than a month
        if word == "march" and not re.search(r"\b(?:in|of|since|from|during|last|the)\s+march\b", question, re.I):
            continue
        plan.months.append(MONTHS[word])
    plan.minutes = _MINUTE.findall(question)
    if _LATEST.search(question):
        plan.relative = Relative.LATEST
    elif _FIRST.search(question):
        plan.relative = Relative.FIRST
    plan.after = bool(_AFTER.search(question))


_SPAN = re.compile(r"(?<![\d/])((?:19|20)?\d\d)\s*[/-]\s*((?:19|20)?\d\d)(?![\d/])")


def year_spans(text: str) -> list[int]:
    """The first years of the financial or municipal years ``text`` names: "2019/20", "21/22", "2019-2020"."""
    out = []
    for m in _SPAN.finditer(text):
        a, b = m.group(1), m.group(2)
        first = int(a) + (2000 if len(a) == 2 else 0)
        second = int(b[-2:])
        if (first + 1) % 100 == second and 1990 <= first <= 2099:
            out.append(first)
    return out


def in_periods(date_iso: str, periods: list[tuple[dt.date, dt.date]], slack_days: int = 0) -> bool:
    d = dt.date.fromisoformat(date_iso)
    pad = dt.timedelta(days=slack_days)
    return any(a - pad <= d <= b + pad for a, b in periods)


# ----------------------------------------------------------------------------- intents

# (intent, pattern, confidence). Cues match the question as typed, lower-cased.
_NOT_A_NAME = (r"(?!(?:\w+ed|said|made|taken|given|shown|brought|put|held|done|seen|told|heard|read|set|sent|spoken|"
               r"it|this|that|these|those|there|anything|anyone|anybody|something|any|a|an|the|we|they|you|i)\b)")
# an adverb people put between "was" and where: "who was actually there", "who was really at the planning cttee"
_REALLY = r"(?:(?:actually|really|all|even|definitely|physically)\s+)?"
_CUES: tuple[tuple[Intent, str, float], ...] = (
    # "who sat on ...", and as often "which councillors sat on the hearing", "which members sent apologies", "which
    # parish member was missing", "which councillor couldn't make it": the people asked for are the attendance record's
    # ("what officers were at ...": "what" for "which"; "who was actually there": an adverb between)
    (Intent.ATTENDANCE, r"\b(?:who|(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:councillors?|cllrs?|members?|people|"
                        r"officers?))\b[^?]{0,40}?\b("
                        r"attend(?:ed|ees?|ing|s)?\b|in\s+attendance|turned\s+up|came\s+along|came\s+to|showed\s+up|"
                        # "who came from the vale council itself": the record names each with their body
                        r"came\s+from|(?:was|were)\s+there\s+from|"
                        r"(?:was|were)\s+" + _REALLY
                        + r"(?:there|present|off|away|absent|late|at\s+(?:the|that|this|our|last))\b|"
                        r"present(?!ed|ing|ation|s\b)|couldn'?t\s+make|"
                        r"could\s+not\s+make|(?:sent|gave|send|give|offered)\s+(?:their\s+)?apolog\w*|"
                        r"chair(?:ed|ing)\b|was\s+in\s+the\s+chair|presided|substitut\w*|subbing|"
                        r"(?:came|arrived|turned\s+up|joined)\s+late|left\s+early|sat\s+on|(?:was|were)\s+missing|missed|"
                        r"(?:didn'?t|did\s+not|couldn'?t|could\s+not)\s+(?:come|attend|turn\s+up|make\s+it)|"
                        r"(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:at|there|present))", 0.95),
    # "was anyone only at part of the meeting", "did anyone turn up late", "who left early": when members came
    # and went, which the attendance record notes ("(part meeting)", "(arrived at 7.01pm)", "joined at 11.15am")
    (Intent.ATTENDANCE, r"\b(?:(?:only|just)\s+(?:at|for|there\s+for)\s+part|part[\s-]?way\s+through|"
                        r"part\s+of\s+(?:the\s+|that\s+)?(?:[\w&'’-]+\s+){0,6}?meeting|part\s+meeting|(?:turn\w*\s+up|arriv\w*|came|com\w+|"
                        r"join\w*)\s+late|left\s+early|leav\w+\s+early)\b", 0.9),
    (Intent.ATTENDANCE, r"\bapolog(?:y|ies|ise|ised)\b", 0.8),
    # "were any of the powys members off?", "was anyone absent", "were any councillors missing": the apologies record
    (Intent.ATTENDANCE, r"\b(?:were|was)\s+any(?:one|body|\s+(?:of\s+(?:the|our)\s+)?(?:[\w&'’-]+\s+){0,2}?"
                        r"(?:members?|councillors?|cllrs?|officers?|reps?|representatives?|governors?|trustees?))\s+"
                        r"(?:off|absent|missing|away|not\s+(?:there|present))\b", 0.9),
    # "did any members of the public join the zoom", "did any residents come along": the public's coming is recorded
    # with those present ("Members of the public: 1", "8 other residents"); joining, for them, is attending
    (Intent.ATTENDANCE, r"\bdid\s+(?:any(?:one|body)?\s+|the\s+)?(?:(?:members?\s+)?of\s+the\s+public|public|"
                        r"residents?|parishioners|press|visitors|observers|members?\s+of\s+the\s+press)\b[^?]{0,30}?"
                        r"\b(?:join|come|attend|turn\s+up|show\s+up|dial\s+in|log\s+on)\b", 0.85),
    # "who was at the brighton sub committee", "who's the clerk at lea": the attendance record names them
    (Intent.ATTENDANCE, r"\bwho\s+(?:else\s+)?(?:was|were)\s+" + _REALLY + r"at\b|"
                        r"\b(?:who|(?:which|what)\s+(?:councillors|cllrs|members))\s+(?:was|were|sat)\s+on\s+the\s+"
                        r"(?:[\w&'’-]+\s+){0,5}?(?:panel|committee|sub-committee|cttee|ctte|board|bench|hearing)\b|"
                        r"\bwho(?:['’]s|\s+is|\s+was)\s+the\s+(?:\w+\s+)?clerk\b", 0.9),
    (Intent.ATTENDANCE, r"\bsat\s+in\b|\bin\s+attendance\b|\bchair['’]s\s+invitation\b|"
                        r"\binvitation\s+of\s+the\s+chair", 0.8),
    (Intent.ATTENDANCE, r"\b(attend(?:ed|ance|ing|ees)?|turned\s+up|came\s+along|substitutes?|present\s+at)\b",
     0.7),
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+[\w'-]+\s+(?:at|present)\b", 0.9),
    # "who joined online", "who was on the zoom", "anyone dial in", "people joining remotely": remote attendance
    (Intent.ATTENDANCE, r"\b(?:join(?:ed|ing)?|took\s+part|taking\s+part|was\s+on|were\s+on|logged\s+(?:in|on))\s+"
                        r"(?:the\s+(?:meeting\s+)?)?(?:online|remotely|virtually|by\s+(?:video|phone)|via\s+\w+|"
                        r"(?:the\s+)?(?:zoom|teams|video|call))\b|\bdial(?:l)?(?:ed|ing)?\s+in\b|"
                        r"\b(?:was|were|on)\s+the\s+(?:[\w&'’-]+\s+){0,5}?(?:zoom|teams\s+call|video\s+call)\b", 0.85),
    # "was helen hipkiss at the ccg meeting?", "was dr clayton there for the whole meeting?": a person, as typed,
    # at a meeting (not "was the report discussed at the meeting": a word done or said is not a name)
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:" + _NOT_A_NAME + r"[a-z][\w.'’-]*\s+){1,4}?"
                        r"(?:at|there\s+(?:for|at)|in)\s+(?:the|that|this|last|our)\s+(?:[\w&'’-]+\s+){0,5}?meeting\b",
     0.85),
    # "was ian brown at highland council on the 28th june", "was joe campbell at magherafelt dc": the meeting named by
    # its body, as people mostly name it (the record may print the name its own way: "I Brown", "J Campbell")
    # (a name, not a thing of someone's: "was cllr cartwright's interest at groby pc" asks of the interest)
    (Intent.ATTENDANCE, r"\b(?:was|were)\s+(?:" + _NOT_A_NAME + r"[a-z](?:[\w.-]|['’](?!s\b))*\s+){1,4}?"
                        r"(?:at|there\s+at)\s+(?:(?:the|that|this|last|our)\s+)?(?:[\w&'’-]+\s+){0,5}?"
                        r"(?:mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|pc|gb)\b"
                        r"(?!['’]s|\s+(?:offices?|meeting\s+room|headquarters|depot|chamber|hall|house)\b)", 0.85),
    # "which independent members were at the standards cttee", "which of the lay members were at the gb": members of a
    # kind the record of attendance lists under its own label, or beside each name ("Lay Member for Governance")
    (Intent.ATTENDANCE, r"\b(?:which|what)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}?(?:members?|councillors?|cllrs?|"
                        r"officers?|reps?|"
                        r"representatives?)\s+(?:were|was)\s+(?:at|in|on|present|there)\b", 0.85),
    # "in what capacity was jane kennedy at the combined authority", "who was mr gardner - what capacity was he there
    # in", "what was her role": the record of attendance prints each person's capacity beside the name ("Mr. I.
    # Gardner (Other Person)", "Jane Kennedy (Co-opted Member - Criminal Justice)")
    (Intent.ATTENDANCE, r"\b(?:in\s+)?what\s+(?:capacity|role)\s+(?:was|were|did|is)\s+[^?]{0,60}?"
                        r"\b(?:there|attend\w*|present|at\s+(?:the|that|this))\b|"
                        r"\bwhat\s+(?:was|were)\s+(?:his|her|their)\s+(?:role|capacity)\b", 0.85),
    # "who took the minutes?", "who was the minute taker?": the attendance record notes the role beside a name
    (Intent.ATTENDANCE, r"\b(?:took|take|takes|taking)\s+(?:the\s+)?minutes\b|\bminute[-\s]?taker\b", 0.9),
    (Intent.ATTENDANCE, r"\bwho\s+(?:chaired|was\s+chairing|was\s+(?:the\s+)?chair(?:man|person)?\s+(?:of|at))\b",
     0.95),
    # "who stood in for Mayor Anderson?", "who deputised for the chair?": a substitute, in the attendance record
    (Intent.ATTENDANCE, r"\b(?:stood|standing|stand)\s+in\s+for\b|\bdeputi[sz]ed\s+for\b|\bsubbed\s+for\b", 0.9),
    # "did the clerk come to the annual meeting?", "was the vicar present?", "how many of the public came?"
    (Intent.ATTENDANCE, r"\bdid\s+[^?]{1,40}?\b(?:come\s+to|attend|turn\s+up|make\s+it\s+to)\b|"
                        r"\b(?:was|were)\s+[^?]{1,40}?\b(?:present|in\s+attendance)\b|"
                        r"\bhow\s+many\s+(?:\w+\s+){0,3}?(?:people|members|councillors|residents|public|press|attendees|visitors)\b"
                        r"[^?]{0,30}\b(?:came|attended|turned\s+up|were\s+(?:there|present|at))\b", 0.85),
    (Intent.DECLARATION, r"\bdeclar\w*", 0.9),
    (Intent.DECLARATION, r"\binterests?\b", 0.6),
    (Intent.DECLARATION, r"\b(leave|left|step(?:ped)?\s+out|withdr[ae]w\w*)\b[^?]{0,20}\b(room|meeting|out|chamber)\b|"
                         r"\bstep(?:ped)?\s+out\b|\bwalk(?:ed|s|ing)?\s+out\b|\bspeak\s+and\s+vote\b|\bdispensation\b|"
                         # "did anyone recuse themselves", "which item did X excuse himself from", "sit out the item"
                         r"\brecus\w*|\bexcus\w*\s+(?:him|her|them|my|your|our)sel\w*|\bs[ai]t\s+out\b|"
                         # "did cllr brierley stay in the room for orchard rise": whether an interest kept them out
                         r"\b(?:stay(?:ed|s)?|remain(?:ed|s)?)\s+in\s+(?:the\s+)?(?:room|meeting|chamber)\b|"
                         r"\bdpis?\b", 0.85),
    # "when was the next cabinet", "the next full council": a body's next meeting, named by the body
    (Intent.NEXT_MEETING, r"\bnext\s+(?:full\s+|parish\s+|town\s+)?(?:cabinet|council|committee|sub-committee|panel|"
                          r"board|commission|session|sitting)\b(?!['’]s|\s+(?:tax|report|members?|officers?|elections?|"
                          r"budget|plan|year)\b)", 0.9),
    (Intent.NEXT_MEETING, r"\bnext\s+(?:meet\w*|one)\b|\bmeet(?:s|ing)?\s+next\b|\bmeeting\s+after\b|"
                          r"\b(?:still\s+on|go\s+ahead|went\s+ahead|called\s+off|cancell?ed)\b", 0.9),
    # "when did it next sit", "when did the committee convene again": a council sits, a committee convenes
    (Intent.NEXT_MEETING, r"\bnext\s+(?:sit|sat|sitting|convene\w*|get\s+together)\b|"
                          r"\b(?:sit|sat|meet|met|convene\w*|reconvene\w*|get\s+together)\s+(?:again|next)\b", 0.9),
    # (not when the meeting ended or began: "when did the schools forum meeting end")
    (Intent.NEXT_MEETING, r"\bwhen(?:\s+and\s+where)?\s+(?:do|does|is|was|will|were|did)\b[^?]{0,40}\bmeet(?:ing)?\b"
                          r"(?!\s+(?:end|finish|close|conclude|start|begin|commence)\w*)|"
                          r"\bdue\s+to\s+meet\b|\bwhen['’]s\b[^?]{0,40}"
                          # "when were we meant to meet"; not someone "meant to meet the providers" (an action)
                          r"\bmeeting\b|\bmeant\s+to\s+meet\b"
                          r"(?!\s+(?:with\s+)?(?:the|a|an|his|her|their|its|[\w'’-]+['’]s)\b)", 0.8),
    # (a body's full name may be long: "where does the nottinghamshire fire & rescue authority policy and strategy
    # committee meet")
    (Intent.VENUE, r"(?<!\band\s)\bwhere\s+(?:was|were|did|does|is|will|do)\b(?![^?]{0,100}\b(?:next|after)\b)"
                   r"[^?]{0,100}?\b(?:meet\w*|held|take\s+place|took\s+place|sit|sat)\b|\bvenue\b|"
                   r"\b(?:which|what)\s+(?:room|hall|building|chamber)\b|\bwhereabouts\b", 0.9),
    # "location of the gloucestershire hwb meeting", "was the surrey panel online?", "was it held in the village hall":
    # the venue asked another way (a remote meeting's header says "Venue: Remote", "Microsoft Teams Meeting")
    (Intent.VENUE, r"\blocation\s+(?:of|for)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|"
                   r"cttee|council|panel|board|cabinet|hearing|session)\b|"
                   r"\b(?:was|were|is)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|(?:sub-?)?committee|cttee|"
                   r"council|panel|board|cabinet|hearing|session|it)\b[^?]{0,30}?\s(?:held\s+)?(?:online|remote(?:ly)?|"
                   r"virtual(?:ly)?|in[\s-]person|on\s+(?:zoom|teams)|hybrid|face[\s-]to[\s-]face)\b|"
                   r"\bheld\s+(?:in|at)\s+(?:the\s+)?(?:[\w&'’.-]+\s+){0,5}?(?:hall|room|chamber|house|centre|center|"
                   r"offices?|library|school|church|pavilion|institute)\b", 0.9),
    # "were the panels held face to face?", "did the board meet in person or online": the venue says ("Venue: Remote",
    # "Chamber - County Hall, Carmarthen and remotely", a room)
    (Intent.VENUE, r"\b(?:held|meet|met|meeting|take\s+place|took\s+place|sit|sat)\b[^?]{0,40}?\b"
                   r"(?:face[\s-]to[\s-]face|in[\s-]person|remotely|virtually|online|in\s+the\s+room|on\s+zoom|"
                   r"on\s+teams)\b", 0.85),
    # "what time did brightons urgency sub-committee finish", "when did the meeting end", "how late did it go on":
    # the minutes' closing line ("The meeting concluded at 4.30pm"); not "when did the consultation close"
    (Intent.CLOSING, r"\b(?:what\s+time|when|how\s+late)\s+(?:did|does|do|was|were|will)\s+(?:the\s+)?"
                     r"(?:[\w&'’-]+\s+){0,5}?(?:meeting|mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|"
                     r"authority|hearing|session|pc|body|forum|commission)\s+(?:finish|end|close|conclude|wrap\s+up|break\s+up|"
                     r"go\s+on|run\s+on|go\s+until|closed|ended|finished|concluded)\b|"
                     r"\b(?:finish(?:ing)?|closing|end)\s+time\b|"
                     # "how long did the standards committee go on for" (not "how long did it take to fix the bench")
                     r"\bhow\s+long\s+(?:did|does|do|was|were)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?(?:meeting|mtg|"
                     r"(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|session|forum|pc)\s+"
                     r"(?:go\s+on|run|last|sit)\b", 0.9),
    # "what time did gwynedd council start", "when does the panel kick off", "start time of the hearing": the time
    # the meeting's header prints ("Council - Thursday, 5th April, 2018 6.00 pm", "held at 7.00pm on Monday")
    (Intent.START, r"\b(?:what\s+time|when)\s+(?:did|does|do|was|were|will|is)\s+(?:the\s+)?"
                   r"(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|council|panel|board|cabinet|authority|"
                   r"hearing|session|pc|it|they)\s+(?:start|begin|commence|kick\s+off|get\s+going|open|"
                   r"started|began|begun|commenced|due\s+to\s+start)\b|"
                   r"\b(?:start(?:ing)?|kick[\s-]?off)\s+time\b|\bwhat\s+time\s+(?:was|is)\s+(?!the\s+next\b)"
                   r"(?:the\s+)?(?:[\w&'’-]+\s+){0,5}?(?:meeting|(?:sub-?)?committee|council|panel|board|cabinet|"
                   r"hearing|session)\b(?![^?]{0,40}\b(?:finish|end|close|conclude)\w*)", 0.9),
    # "what time did the highland council mtg start", "when did the cabinet begin", "start time": the time its header
    # prints ("Thursday, 28 June 2018 at 10.35am", "Cabinet - Tuesday, 14th March, 2023 6.30 pm")
    (Intent.START, r"\b(?:what\s+time\s+(?:did|does|do|was|were|will|is)\b[^?]{0,80}?|"
                   r"when\s+(?:did|does|do|was|were|will|is)\s+(?:the\s+)?(?:[\w&'’-]+\s+){0,6}?"
                   r"(?:meeting|mtg|(?:sub-?)?committee|cttee|council|panel|board|cabinet|authority|hearing|session|"
                   r"pc)\s+)(?:start(?:ed|s)?|begin|began|begun|commenc\w*|kick(?:ed)?\s+off|get\s+going|"
                   r"got\s+going|got\s+under\s?way)\b|\bstart(?:ing)?\s+time\b", 0.9),
    # "who's the contact for the surrey panel", "contact officer for woking council", "who do i email about the
    # licensing committee": the contact the published papers name ("Contact: Frank Jeffrey 01483 743012")
    (Intent.CONTACT, r"\bcontact\s+(?:officer|person|details|name|number|email)s?\b|"
                     r"\bwho(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:main\s+)?contact\b|"
                     r"\bwho\s+(?:do|should|can|could|would)\s+(?:i|we|you|one|people)\s+(?:contact|email|e-mail|"
                     r"ring|call|phone|write\s+to|get\s+in\s+touch\s+with)\b|\bwho\s+to\s+(?:contact|email|ring|call)\b|"
                     r"\b(?:enquiries|inquiries)\s+(?:about|to|for)\b|"
                     # "who's the officer to contact", "which officer do i ring about the panel", "the person to email"
                     r"\b(?:officer|person|someone|somebody)\s+(?:(?:should|do|can|could|would)\s+(?:i|we|you|one|"
                     r"people)\s+|to\s+)(?:contact|e-?mail|ring|call|phone|write\s+to|get\s+in\s+touch\s+with|"
                     r"get\s+hold\s+of)\b", 0.85),
    (Intent.RESOLUTION, r"\b(resolv\w*|decid\w*|decision|agree\w*|recommend\w*|approv\w*|sign(?:ed)?\s+off|"
                        r"ask(?:ed)?\s+for|call(?:ed)?\s+for|want(?:ed)?\b[^?]{0,40}\b(?:done|includ\w*)|elect(?:ed)?|"
                        r"moved\s+and\s+seconded|(?<!\bwho\s)proposed|(?<!\ba\s)(?<!\bthe\s)noted?|co-?opt(?:ed)?\s+(?:onto|on\s+to|as)|"
                        r"co-?option)\b", 0.7),
    # "what happened to the 26 November minutes", "were the March minutes signed": their approval is a decision
    (Intent.RESOLUTION, r"\bminutes\b[^?]{0,30}\b(?:signed|approved|confirmed|agreed|accepted|passed)\b|"
                        r"\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\s+[^?]{0,60}\bminutes\b", 0.8),
    # "what happened with the director's misc items report", "what happened to the chapel lane application": what a
    # report, an application or a motion comes to is what was resolved on it
    (Intent.RESOLUTION, r"\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\s+(?:the|that|this|their|our)\s+[^?]{0,60}?"
                        r"\b(?:report|application|app|motion|petition|proposals?|recommendations?|bid|request|"
                        r"item)s?\b", 0.7),
    (Intent.FOLLOWUP, r"\b(outstanding|overdue|follow[- ]?ups?|actions?\s+(?:list|log|outstanding)|chased|"
                      r"still\s+waiting|where\s+are\s+we)\b", 0.9),
    (Intent.FOLLOWUP, r"\byet\b|\bever\s+(?:get|got|arrive|come|came|receive)\w*|"
                      r"\b(?:did|have|has)\s+(?:we|members|councillors|the\s+\w+)\s+(?:get|got|had|receive\w*|been\s+"
                      r"(?:sent|given|shared))\b|\b(?:been|get|got|was|were)\s+(?:sent\s+round|circulated|"
                      r"shared)\b|\bcom(?:e|ing)\s+back\b|\bbrought\s+(?:back|forward)\b|\bsent\s+round\b|"
                      r"\b(?:has|have|had)\s+(?:it|they|that|this)\s+(?:gone\s+(?:out|round)|"
                      r"been\s+(?:sent|done))\b|"
                      # "has the clerk sent the letter?", "have they ordered the bench"
                      r"\b(?:has|have)\s+(?:the\s+)?\w+\s+(?:sent|written|contacted|circulated|obtained|ordered|"
                      r"arranged|chased|replied|responded|finished|completed|fixed|repaired|installed)\b", 0.8),
    # whether what was asked for was done, in everyday words without "yet": "did it go out?", "did it happen?",
    # "did the letter get sent in the end?", "they said to send it in March - did it?" (not "did it go through",
    # which asks of a decision)
    (Intent.FOLLOWUP, r"\bdid\s+(?:it|they|that|this|he|she)\s+(?:go\s+out|happen|get\s+(?:done|sent|issued|"
                      r"written|made|fixed|ordered|delivered|circulated))\b|"
                      r"\bdid\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:get|go)\s+(?:sent|out|issued|done|"
                      r"delivered|circulated)\b|\b(?:they|we|you|he|she)\s+said\s+(?:to|they['’]?d|they\s+would|"
                      r"it\s+would|he['’]?d|she['’]?d)\b[^?]*\bdid\b", 0.8),
    # a commitment asked in everyday words: "has it been promised by a date", "who owes members an update", "wasn't
    # someone meant to meet the providers", "was the clerk supposed to write": an action the follow-up register holds
    # (not "when is fibre supposed to get to the village": when a thing is expected, not who was to do something)
    (Intent.FOLLOWUP, r"\b(?:promised|owes?|owed|undert(?:ook|aken)\s+to|"
                      r"going\s+to\s+(?:send|circulate|write|report|bring|meet|chase))\b|"
                      r"^(?!\W*when\b)[^?]*?\b(?:supposed\s+to|meant\s+to(?!\s+(?:be|mean|say)\b))", 0.8),
    (Intent.TIMELINE, r"\b(each\s+time|every\s+time|over\s+time|over\s+the\s+years|since\s+the\b|"
                      r"last\s+(?:discuss\w*|talk\w*|look\w*|consider\w*)|move[ds]?\s+on|come\s+along|"
                      r"between\s+the\s+\w+\s+and\s+\w+\s+meetings|and\s+then\s+in|history)\b", 0.85),
    (Intent.TIMELINE, r"\bsince\b", 0.6),
    (Intent.TIMELINE, r"\bwhat\s+(?:came|has\s+come)\s+of\b|\bcame\s+of\s+(?:it|that)\b", 0.85),
    # ("what happend with": typed so, and read as the papers' nearest word, "happen")
    (Intent.FOLLOWUP, r"\bwhat['’]?s\s+happening\s+with\b|\bwhat\s+happen(?:ed|d)?\s+(?:to|with)\b|"
                      r"\bhow['’]?s\b[^?]*\bgoing\b", 0.5),
)
_COMPILED = tuple((i, re.compile(p, re.I), c) for i, p, c in _CUES)
# Where a question's topic starts: after "about", "on", "regarding" ... the cue words are the subject's
_TOPIC_START = re.compile(r"\b(?:about|regarding|concerning|re|on|over|for\s+the|into|with\s+the)\s+(?!the\s+"
                          r"(?:meeting|panel|committee|commission|council)\b)", re.I)
TOPIC_DISCOUNT = 0.35


ASIDE = re.compile(r"\s*\([^()?]{1,60}\)")  # "(not the indep members)", "(gb mtg jan 22)": an aside in brackets
# how long deciding takes ("how long is X taking to decide local planning apps", "how quickly are applications
# decided", "the time taken to decide appeals"): a performance figure, not a decision
_SPEED_OF_DECIDING = re.compile(SPEED_OF_DECIDING.form, re.I)


def _intents(question: str) -> dict[Intent, float]:
    cues = [(intent, m, conf) for intent, rx, conf in _COMPILED for m in rx.finditer(question)]  # each cue read once
    topic_at = len(question)
    first_cue = min((m.start() for _, m, _ in cues), default=0)
    for m in _TOPIC_START.finditer(question):
        if m.start() > first_cue:
            topic_at = m.end()
            break
    out: dict[Intent, float] = {}
    end = len(question.rstrip(" ?!."))
    speed = [(k.start(), k.end()) for k in _SPEED_OF_DECIDING.finditer(question)]
    for intent, m, conf in cues:
        if intent == Intent.RESOLUTION and any(a <= m.start() < b for a, b in speed):
            continue  # "how long is the council taking to decide applications": how fast, not what was decided
        # a cue after the topic began is often the topic's own word ("the note about ..."), but a follow-up's
        # last word is the question's ("... on the noticeboard yet?"), not the topic's ("school attendance?")
        last = m.end() >= end and intent == Intent.FOLLOWUP
        topical = m.start() >= topic_at and not last and intent != Intent.TIMELINE
        c = conf * (TOPIC_DISCOUNT if topical else 1.0)
        out[intent] = max(out.get(intent, 0.0), c)
    return out


# ----------------------------------------------------------------------------- synonyms

def says(form: str, text: str) -> bool:
    """Does ``text`` use the lexicon's ``form`` as words ("in care" in "children in care", not "care plan")?"""
    plain = _plain(text)
    return form in plain and bool(_form(form).search(plain))  # most forms are not in the text at all: a cheap test


@lru_cache(maxsize=1024)
def _plain(text: str) -> str:
    """``text`` in lower case with only the characters the lexicon's forms use (an item's text is read once)."""
    return " " + re.sub(r"[^a-z0-9,'’ -]+", " ", text.lower()).replace("’", "'") + " "


@lru_cache(maxsize=512)  # the lexicon's forms
def _form(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")


def _synonyms(text: str) -> list[Synonyms]:
    plain = _plain(text)  # a form whose words are not all in the text cannot be said by it: no pattern tried
    runs = set(_RUN.findall(plain))
    said = {n for run in runs for n, f, fruns in _forms_by_run().get(run, ())
            if fruns <= runs and all(w in plain for w in f.split()) and says(f, text)}
    return [g for n, g in enumerate(GROUPS) if n in said]


_RUN = re.compile(r"[a-z0-9]+")  # a run of letters and digits: every form's runs are the text's where it says it


@lru_cache(maxsize=1)
def _forms_by_run() -> dict[str, list[tuple[int, str, frozenset[str]]]]:
    """The lexicon's forms by their first run of letters, each with its group's place and its runs (read once)."""
    out: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for n, g in enumerate(GROUPS):
        for f in g.forms:
            fruns = _RUN.findall(f)
            out.setdefault(fruns[0], []).append((n, f, frozenset(fruns)))
    return out


def _as_the_councils(text: str, places: set[str]) -> str:
    """A place's possessive read as the council's, as the lexicon writes it: "in Rotherham's care" is "in the
    council's care" (children in care), "Brackenfold's kids" the council's."""
    return re.sub(r"\b([A-Za-z][\w-]*)['’]s\b",
                  lambda m: "council's" if m.group(1).lower() in places else m.group(0), text)


# ----------------------------------------------------------------------------- the plan


def understand(question: str, committees: list[str], latest: dt.date | None,
               speller: Speller | None = None) -> QueryPlan:
    """Read dates, minute numbers, committee names, intents and topic words out of a question."""
    plan = QueryPlan(text=question, corrected=question, search_text=question)
    if speller is not None:
        plan.corrections = speller.corrections(question)
        fixes = plan.corrections
        plan.corrected = re.sub(r"[A-Za-z][A-Za-z'’]*[A-Za-z]",
                                lambda m: fixes.get(m.group(0).lower(), m.group(0)), question)
    # dates and names as typed: a guessed spelling is no month ("marsh"); a long month's name mistyped is one
    _dates(plan, _months_as_meant(question, plan.corrections), latest)
    plan.bodies, plan.scope_words = bodies_named(question, committees, speller)
    strong = [b for b in plan.bodies if (b.strong and b.committees and len(b.committees) == 1) or
              (b.strong and len(b.committees) > 1 and clear_lead(b, committees))]
    if strong and len({b.committees[0] for b in strong}) == 1:
        plan.committee = strong[0].committees[0]
    if speller is not None:
        plan.places = {w for w in plan.scope_words if speller.is_name(w)}
        plan.places |= {w.lower() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", question[1:])
                        if speller.is_name(w) and w.lower() not in QUESTION_WORDS
                        and w.lower() not in GENERIC_BODY_WORDS
                        and not any(word_matches(w.lower(), c) for n in committees for c in committee_words(n))}
        plan.names = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", question) if speller.is_name(w)
                      and w.lower() not in QUESTION_WORDS}
        # a word no paper prints where the question says where ("at St Weonards", "in Welton le Marsh"): the
        # council's own name, which its papers need not print; it says where, not what
        for m in PLACE_SLOT.finditer(question):
            words = m.group(1).split()
            if any(not speller.known(w) and w.lower() not in plan.corrections for w in words):
                plan.scope_words.update(w.lower() for w in words)
    plan.year_spans = year_spans(question)
    # the cues as typed too: a correction for the papers' sake ("go ahead" -> "go head") must not hide one
    typed = _intents(question)
    corrected = typed if plan.corrected == question else _intents(plan.corrected)
    # and without its asides: "which county cllrs (not the indep members) were on the standards cttee" asks which
    # councillors were on it; the aside narrows whom, it does not stand between the cue's words
    aside = ASIDE.sub(" ", plan.corrected)
    bare = corrected if aside == plan.corrected else _intents(aside)
    plan.intents = {i: max(typed.get(i, 0.0), corrected.get(i, 0.0), bare.get(i, 0.0))
                    for i in {*typed, *corrected, *bare}}
    if next_of_named_body(plan.corrected, committees, speller):  # "next high carrow aonb jac - date and venue"
        plan.intents[Intent.NEXT_MEETING] = max(plan.intents.get(Intent.NEXT_MEETING, 0.0), 0.95)
    plan.lexicon_text = _as_the_councils(plan.corrected, plan.places | plan.scope_words)
    plan.synonyms = _synonyms(plan.lexicon_text)
    low = plan.corrected.lower()
    extra = [f for g in plan.synonyms for f in g.forms if f not in low]
    plan.search_text = " ".join([question, *plan.corrections.values(), *extra])
    return plan
