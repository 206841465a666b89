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
from index.intents import ASIDE, Intent, cue_intents
from index.spelling import Speller, slip_put_right
from minutebook.dates import MONTHS, day_months, find_dates, month_days, short_years, with_short_years
from minutebook.lexicon import GROUPS, Synonyms
from minutebook.model import Audience
from minutebook.vocabulary import (
    AND_TYPED,
    BODY_THEN_MONTH,
    COUNT_WORDS,
    HONORIFICS,
    LATER_BY,
    MEETING_IN_SEASON,
    MEETING_PARTICULARS,
    MONTH_BEFORE_BODY,
    OFFICES,
    RECORD_FAULT_SAID,
    STATUTE_AFTER_YEAR,
    STATUTE_BEFORE_YEAR,
    initials_written,
)

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


class Relative(StrEnum):
    LATEST = "latest"  # "last time", "now", "latest", "most recent"
    FIRST = "first"  # "first came up", "first backed"


@dataclass
class QueryPlan:
    """What the question itself says about where the answer is."""

    text: str
    corrected: str = ""  # the question spelt as the papers spell it
    read: str = ""  # the question with its slips of the keys put right, as the answer's checks read it (see plan)
    search_text: str = ""  # ``corrected`` with the words as typed and the council's other names for its topics
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)
    months: list[int] = field(default_factory=list)  # months named without a year: the latest such meeting
    yearless: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # periods whose year was not given
    relative: Relative | None = None
    # "this year" (0), "last year" (-1), each with the period read from the papers' latest meeting: the service reads
    # it again from the latest meeting of the council or body asked about (service.papers.Papers.periods)
    relative_years: list[tuple[int, tuple[dt.date, dt.date]]] = field(default_factory=list)
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
# a later meeting asked after the date a matter was first taken up: "the membership changes talked about at the july
# 2019 mtg, at which meeting did the board pick them up again?", "... - when did it come back to committee?": the
# meeting asked is of that date or after it
_TAKEN_UP_AGAIN = re.compile(r"\b(?:pick(?:ed|s|ing)?|t(?:ake|akes|ook|aken|aking)|c(?:ome|ame|omes|oming)|"
                             r"br(?:ing|ought|ings)|look(?:ed|s)?|return(?:ed|s)?)\s+(?:[\w'’]+\s+){0,2}?"
                             r"(?:up\s+|back\s+|at\s+|to\s+)?(?:[\w'’]+\s+){0,1}?(?:again|back)\b", re.I)
# a meeting named by its date, then its minutes asked of a later meeting: "argyll & bute p&r cttee met 17 dec 15 - when
# did full council next pick up its minutes?": the minutes of that date, approved or noted later
_ITS_MINUTES_LATER = re.compile(r"^[^?]{0,40}?\b(?:next|later|afterwards|subsequently)\b[^?]{0,60}?\b(?:its|their)\s+"
                                r"minutes\b", re.I)
_MINUTE = re.compile(r"\bminute\s+(?:no\.?\s*|number\s*)?(\d{1,4})\b", re.I)
# an item itself asked by the number the minutes give it: "what was item 3", "what's on item 24", "what came up under
# agenda item 6", "item 5 - what was it about" (not "who declared on item 9", whose number is the agenda's, printed in
# the declaration, nor "plans list item 1", an entry of a list)
ITEM_ITSELF = re.compile(
    r"\b(?:what(?:['’]s|\s+was|\s+is|\s+were)\s+(?:on\s+|under\s+|at\s+)?|what\s+(?:came|happened|was\s+said|"
    r"did\s+they\s+(?:do|say|decide|agree))\s+(?:up\s+)?(?:on|under|at|with)\s+)(?:agenda\s+)?item\s+(?:no\.?\s*|number\s*)?"
    r"(\d{1,3})\b(?![/.(]\d)|(?<!list\s)\bitem\s+(\d{1,3})\b(?![/.(]\d)\W+what\s+(?:was|is)\s+(?:it|that)\b", re.I)
_YEAR = re.compile(r"(?<![/\d£$-])\b((?:19|20)\d\d)\b(?![/-]\d)(?!\s*(?:/|-)\s*\d)")
# a year in a statute's name ("which bit of the LGA 1972", "the 1972 Act"): which statute, not when
_STATUTE_BEFORE = re.compile(STATUTE_BEFORE_YEAR.form, re.I)
_STATUTE_AFTER = re.compile(STATUTE_AFTER_YEAR.form, re.I)
_MONTH_WORDS = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("jan", "feb", "may", "aug", "sept", "oct",
                                                                          "nov", "dec")), key=len, reverse=True))
_BARE_MONTH = re.compile(
    r"\b(" + _MONTH_WORDS + r")\b\.?(?!\s*,?\s*(?:19|20)\d\d)(?!\s+\d)",
    re.I,
)
SEASON = re.compile(r"\b(spring|summer|autumn)\s+((?:19|20)\d\d)\b", re.I)  # "summer 2023": June to September
# Christmas as people name a December meeting ("the meeting just before xmas", "over christmas 2015")
_XMAS = re.compile(r"\b(?:before|over|at|around|near|by|until|after|pre|for)[\s-]+(?:the\s+)?(?:xmas|christmas)"
                   r"(?:\s+((?:19|20)\d\d))?\b", re.I)
SEASONS = {"spring": (3, 5), "summer": (6, 9), "autumn": (9, 11)}  # each season's first and last month
_SEASON_MEETING = re.compile(MEETING_IN_SEASON.form, re.I)  # "their autumn sitting": a season, no year
# a part of a month as people name it ("mid-august '11", "early march"): the month's meetings; the word says when
_PART_OF_MONTH = re.compile(r"\b(mid|early|late)[\s-]+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                            re.I)
_LATEST = re.compile(r"\b(last\s+time|latest|most\s+recent(?:ly)?|now|currently|at\s+the\s+moment|these\s+days|"
                     r"so\s+far|to\s+date|last\s+(?:meeting|one))\b", re.I)
_FIRST = re.compile(r"\bfirst\s+(?:came\s+up|came|backed|discussed|raised|considered|heard|looked)\b|"
                    r"\bfirst\s+(?:meeting|one|session)\b", re.I)  # "the panel's first meeting of 2023"
_AFTER = re.compile(r"\b(?:after|following)\s+(?:the\s+)?(?!\d)|\bmeeting\s+after\b|\bnext\s+one\b", re.I)


# "the August 2008 planning minutes", "the june 2019 record of the standards committee" (the minutes are its record;
# not a record of attendance or of a vote, which is the meeting's own)
# (a member decisions meeting's record, as people name it: "the two nov decision notes", "the october decision notices")
_MINUTES_AFTER = re.compile(r"^\s*(?:[\w&+'’-]+\s+){0,4}?(?:minutes\b|decision\s+(?:notes?|notices?)\b|"
                            r"records?\b(?!\s+of\s+(?:the\s+)?(?:attendance|votes?|voting|interests?|"
                            r"those\s+present)\b))", re.I)
_TITLED_PERSON = re.compile(rf"\b(?:{HONORIFICS.form})\.?(?:\s+(?:[A-Z]\.?\s*){{0,3}}[A-Z][\w'’-]+)?", re.I)
_OFFICE = re.compile(rf"\b(?:{OFFICES.form})\b", re.I)  # an office a question names ("Vice-Chairman")
# "the minutes of the 14 april meeting", "did the authority approve the minutes of its august 2017 meeting", "sign off
# the minutes from their april meeting", "approve the record of its July 2017 meeting" (a meeting's record is its
# minutes: Local Government Act 1972 Sch.12 para 41 has them signed "as a correct record")
_BODY_AFTER_MONTH = re.compile(MONTH_BEFORE_BODY.form, re.I)  # "the may cabinet": the month, not the verb
_BODY_BEFORE_MONTH = re.compile(BODY_THEN_MONTH.form, re.I)  # "harbour board march - ...": the month the body met
# a meeting's record said to be wrong ("X was shown as at the march mtg when he wasn't"): the date is the minutes'
_RECORD_FAULT = re.compile(RECORD_FAULT_SAID.form, re.I)
MINUTES_BEFORE = re.compile(r"\b(?:minutes|records?)\s+(?:of|from)\s+(?:the\s+|its\s+|their\s+|our\s+|that\s+)?"
                            r"(?:meeting\s+)?(?:held\s+)?(?:on\s+|in\s+)?$"
                            # their date in brackets after them: "the special meeting minutes (16 aug)"
                            r"|\bminutes\s*[(\[]\s*(?:of\s+|from\s+)?$", re.I)


_LONG_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:] if len(m) >= 6)  # "novemmber", "octtober"


def _months_as_meant(question: str, corrections: dict[str, str]) -> str:
    """``question`` with the long months' names it mistypes put right ("in Novemmber"), where the speller puts them
    right: a word of six letters or more that is a month's name with a letter or two wrong is no other word. A
    short one is left as typed ("marsh" is not "march", "jun" not "june")."""
    return _put_right(question, {w: c for w, c in corrections.items() if len(w) >= 6 and c.lower() in _LONG_MONTHS})


def _put_right(text: str, fixes: dict[str, str]) -> str:
    """``text`` with each word ``fixes`` holds (in lower case) replaced by its spelling there."""
    if not fixes:
        return text
    # (a word of one letter too: text-speak's "r" for "are", not a capital letter: "Appendix R")
    return re.sub(r"\b(?:[a-z]|[A-Za-z][A-Za-z'’]*[A-Za-z])\b", lambda m: fixes.get(m.group(0).lower(), m.group(0)),
                  text)


def _slip_put_right(typed: str, fixed: str, plan: QueryPlan) -> bool:
    """Is the papers' ``fixed`` for the question's ``typed`` a slip put right that the answer's checks may read
    ("dirrector", "beore", "decied"), not a guess that changes what is asked: a name ("Tullyvaane"), or a month or
    a day ("marsh" is no slip for March; the dates are read as typed, with their own slips)?"""
    return slip_put_right(typed, fixed, lambda typed_low, meant: bool({typed_low, meant} & (plan.names | plan.places)))


def _dates(plan: QueryPlan, question: str, latest: dt.date | None) -> None:
    found = with_short_years(question, find_dates(question, latest, prefer_future=False), latest)
    found += [f for f in short_years(question) if not any(f.start < g.end and g.start < f.end for g in found)]
    found += [f for f in day_months(question, latest) if not any(f.start < g.end and g.start < f.end for g in found)]
    spoken = [f for f in month_days(question, latest) if not any(f.start < g.end and g.start < f.end for g in found)]
    plan.date_words.update(w for f in spoken for w in re.findall(r"[a-z]+", question[f.start:f.end].lower()))
    found += spoken  # ("the august ninth record": "ninth" says when, not what)
    given = [f.date for f in found if f.explicit_year]
    if given and not all(f.explicit_year for f in found):
        # "cnpa planning sep 08 - what changes were made to the 22 aug minutes": a date without its year is of the
        # year the question gives (on or before the month it names), not the papers' latest
        ref = max(given).replace(day=calendar.monthrange(max(given).year, max(given).month)[1])
        # (and a day written as figures: "notts fire 24/7/15 - the 17/4 minutes", of April 2015)
        again = [*find_dates(question, ref, prefer_future=False), *month_days(question, ref),
                 *day_months(question, ref)]
        found = [f if f.explicit_year else next((g for g in again if g.start == f.start), f) for f in found]
    approved: list[tuple[int, int]] = []  # where the dates of minutes approved later are written
    placed: list[tuple[int, tuple[dt.date, dt.date]]] = []  # where each period is written
    faults = [m.span() for m in _RECORD_FAULT.finditer(question)]  # "shown as at the march mtg when he wasnt"
    for f in found:
        end = f.date if f.day_given else f.date.replace(day=calendar.monthrange(f.date.year, f.date.month)[1])
        if _MINUTES_AFTER.match(question[f.end:]) or MINUTES_BEFORE.search(question[: f.start]) \
                or _ITS_MINUTES_LATER.match(question[f.end:]) or any(a <= f.start < b for a, b in faults):
            plan.minutes_of.append((f.date, end))  # minutes approved later: what is asked about, not the meeting
            approved.append((f.start, f.end))
            continue
        if _SINCE.search(question[: f.start]) or _TAKEN_UP_AGAIN.search(question[f.end:]):
            end = max(latest or end, end)  # "since March 2023", "... picked up again": from then to the latest paper
        plan.periods.append((f.date, end))
        placed.append((f.start, plan.periods[-1]))
        if not f.explicit_year:  # "on 12 march": the year is a guess, which the meetings held may correct
            plan.yearless.append((f.date, end))
    for m in _YEAR.finditer(question):
        if _MINUTES_AFTER.match(question[m.end():]) or any(a <= m.start() < b for a, b in approved):
            continue  # (the year of minutes approved later: "the minutes of its august 2017 meeting")
        if _STATUTE_BEFORE.search(question[:m.start()]) or _STATUTE_AFTER.match(question[m.end():]):
            continue  # (a statute's year: "under the LGA 1972", "s.100A of the 1972 Act")
        year = int(m.group(1))
        if not any(a.year == year for a, _ in plan.periods):
            a, b = dt.date(year, 1, 1), dt.date(year, 12, 31)
            if _SINCE.search(question[: m.start()]):
                b = max(latest or b, b)
            plan.periods.append((a, b))
            placed.append((m.start(), plan.periods[-1]))
    _later_by(plan, question, placed)
    for offset, said in ((-1, r"\blast\s+year\b"), (0, r"\bthis\s+year\b")):
        if latest and re.search(said, question, re.I):
            plan.periods.append(year_before(latest, offset))
            plan.relative_years.append((offset, plan.periods[-1]))
    for m in SEASON.finditer(question):
        year, (first, last) = int(m.group(2)), SEASONS[m.group(1).lower()]
        plan.periods = [p for p in plan.periods if not (p[0] == dt.date(year, 1, 1) and p[1] >= dt.date(year, 12, 31))]
        plan.periods.append((dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])))
    for m in _SEASON_MEETING.finditer(question):
        # "their autumn sitting", "the spring meeting": the season of the latest papers' year, a guess the meetings
        # held may correct (Papers.periods reads it in the year of the body's latest meeting)
        if latest is None or any(s.start() <= m.start() < s.end() for s in SEASON.finditer(question)):
            continue
        (first, last), year = SEASONS[m.group(1).lower()], latest.year
        plan.periods.append((dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])))
        plan.yearless.append(plan.periods[-1])
    plan.date_words.update(m.group(1).lower() for m in _PART_OF_MONTH.finditer(question))
    for m in _XMAS.finditer(question):  # "just before xmas 2017": the December meetings
        # "pre-christmas": "pre" says when too, not what ("before" is no word a paper must print anyway)
        plan.date_words.update(re.findall(r"xmas|christmas|\bpre(?=[\s-])", m.group(0).lower()))
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
        if _MINUTES_AFTER.match(question[m.end():]) or MINUTES_BEFORE.search(question[: m.start()]) \
                or any(a <= m.start() < b for a, b in faults):
            # "were the september minutes changed", "the minutes from their april meeting": approved later (and "X was
            # shown as at the march mtg when he wasn't": the march minutes, put right later)
            plan.minutes_months.append(MONTHS[word])
            continue
        # "march and april", "june vs may": a month beside another; "harrowbeck l&os, march - who was absent?": a
        # month set off by punctuation on both sides, as a heading names a meeting (no verb stands so)
        listed = _listed_month(m, question) or bool(re.search(r"(?:^|[,(:;—–-]\s*)$", question[:m.start()])
                                                    and re.match(r"\s*(?:[,):;?—–-]|$)", question[m.end():]))
        # "cwm eithin's may cabinet": a body's name after it says the month
        listed = listed or bool(_BODY_AFTER_MONTH.match(question, m.end()))
        # "harbour board march - any declarations?": the body's name before it, a stop after it
        listed = listed or bool(_BODY_BEFORE_MONTH.search(question[:m.start()])
                                and re.match(r"\s*(?:[,):;?—–-]|$)", question[m.end():]))
        if word == "may" and not listed and not re.search(
                r"\b(?:in|of|since|from|during|last)\s+may\b|\bthe\s+may\s+(?:meeting|mtg|minutes|agenda|one|session)\b",
                question, re.I):
            continue  # "may" is a verb far more often than a month
        if word == "march" and not listed and not re.search(r"\b(?:in|of|since|from|during|last|the)\s+march\b",
                                                            question, re.I):
            continue
        plan.months.append(MONTHS[word])
    plan.minutes = _MINUTE.findall(question) + [a or b for a, b in ITEM_ITSELF.findall(question)]
    if _LATEST.search(question):
        plan.relative = Relative.LATEST
    elif _FIRST.search(question):
        plan.relative = Relative.FIRST
    plan.after = bool(_AFTER.search(question))


_LATER_BY = re.compile(LATER_BY.form, re.I)


def _later_by(plan: QueryPlan, question: str, placed: list[tuple[int, tuple[dt.date, dt.date]]]) -> None:
    """The period of a meeting the question places after another it dates ("standards 13/9/19 and the full council
    four years on"): the earlier one's period moved on by as long, about as long either side as half the unit said
    where the earlier one is a day or a month (a meeting "a year later" is seldom to the day)."""
    for m in _LATER_BY.finditer(question):
        before = [(at, p) for at, p in placed if at < m.start()]
        if not before:
            continue
        (a, b) = max(before)[1]
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else COUNT_WORDS.get(word, 1)
        months = n * (12 if m.group("unit").lower().startswith("year") else 1)
        a, b = _months_on(a, months), _months_on(b, months)
        half = dt.timedelta(days=182 if months % 12 == 0 else 15)
        if b - a < 2 * half:
            middle = a + (b - a) / 2
            a, b = middle - half, middle + half
        plan.periods.append((a, b))
        plan.date_words.update(re.findall(r"[a-z]+", m.group(0).lower()))


def _months_on(day: dt.date, months: int) -> dt.date:
    """``day`` so many months on (the month's last day where it has fewer days)."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


_MONTH_LINK = r"\s*(?:,|and|or|&|to|vs\.?|versus|then|[-–/])\s*(?:then\s+)?(?:in\s+)?"
# a month's meeting set against another month's: "the feb meeting vs march", "at the june joint waste mtg vs
# september" (a few words naming the meeting, then the word setting the two side by side)
_MEETING_NAMED = r"(?:[\w&'’-]+\s+){0,4}?(?:meeting|mtg|one|session|panel|committee|cttee|board|council)s?"
_MONTH_COMPARED = (r"\s*(?:vs\.?|versus|v\.?|compared\s+(?:with|to)|against|and\s+(?:then\s+)?|then\s+)"
                   r"\s*(?:in\s+)?(?:the\s+)?")


def _listed_month(m: re.Match[str], question: str) -> bool:
    """Is the month word at ``m`` one of a list or pair of months ("march and april", "june vs may", "feb/march")?"""
    before = re.search(rf"\b(?:{_MONTH_WORDS}){_MONTH_LINK}$", question[: m.start()], re.I) \
        or re.search(rf"\b(?:{_MONTH_WORDS})\s+{_MEETING_NAMED}{_MONTH_COMPARED}$", question[: m.start()], re.I)
    after = re.match(rf"{_MONTH_LINK}(?:{_MONTH_WORDS})\b", question[m.end():], re.I)
    return bool(before or after)


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


# ----------------------------------------------------------------------------- synonyms

def says(form: str, text: str) -> bool:
    """Does ``text`` use the lexicon's ``form`` as words ("in care" in "children in care", not "care plan")?"""
    plain = _plain(text)
    return form in plain and bool(_form(form).search(plain))  # most forms are not in the text at all: a cheap test


@lru_cache(maxsize=1024)
def _plain(text: str) -> str:
    """``text`` in lower case with only the characters the lexicon's forms use (an item's text is read once), its
    initialisms joined by an ampersand written out ("A&E": "accident and emergency"), and "and" typed as "&" or "n"
    between words ("press n public")."""
    said = _AND_TYPED.sub(" and ", initials_written(text).lower())
    return " " + re.sub(r"[^a-z0-9,'’ -]+", " ", said).replace("’", "'") + " "


_AND_TYPED = re.compile(AND_TYPED.form)


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


def year_before(latest: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """From the start of the calendar year ``offset`` years before ``latest``'s, to ``latest``: "last year" (-1) is
    what happened then and what is reported of it since ("the underspend from last yr": 2022/23's, reported in June
    2023); "this year" (0), this year's."""
    return dt.date(latest.year + offset, 1, 1), latest


def understand(question: str, committees: list[str], latest: dt.date | None,
               speller: Speller | None = None) -> QueryPlan:
    """Read dates, minute numbers, committee names, intents and topic words out of a question."""
    plan = QueryPlan(text=question, corrected=question, search_text=question)
    if speller is not None:
        plan.corrections = speller.corrections(question)
        plan.corrected = _put_right(question, plan.corrections)
    # dates and names as typed: a guessed spelling is no month ("marsh"); a long month's name mistyped is one
    _dates(plan, _months_as_meant(question, plan.corrections), latest)
    plan.bodies, plan.scope_words = bodies_named(question, committees, speller)
    strong = [b for b in plan.bodies if (b.strong and b.committees and len(b.committees) == 1) or
              (b.strong and len(b.committees) > 1 and clear_lead(b, committees))]
    if strong and len({b.committees[0] for b in strong}) == 1:
        plan.committee = strong[0].committees[0]
    if speller is not None:
        plan.places = {w for w in plan.scope_words if speller.is_name(w)}
        # (not an office written with capitals: "who was elected Vice-Chairman of ...": the office, not a place)
        offices = [m.span() for m in _OFFICE.finditer(question)]
        # (nor someone titled: "did Cllr Lenny commend ...", "what did Mrs Hale report": a person, not a place)
        offices += [m.span() for m in _TITLED_PERSON.finditer(question)]
        plan.places |= {m.group(0).lower() for m in re.finditer(r"\b[A-Z][a-z]{3,}\b", question[1:])
                        if speller.is_name(w := m.group(0)) and w.lower() not in QUESTION_WORDS
                        and w.lower() not in GENERIC_BODY_WORDS
                        and not any(a <= m.start() + 1 < b for a, b in offices)
                        and not any(word_matches(w.lower(), c) for n in committees for c in committee_words(n))}
        plan.names = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", question) if speller.is_name(w)
                      and w.lower() not in QUESTION_WORDS}
        # a word no paper prints where the question says where ("at St Weonards", "in Welton le Marsh"): the
        # council's own name, which its papers need not print; it says where, not what
        for m in PLACE_SLOT.finditer(question):
            words = m.group(1).split()
            if re.search(r"\bthe\s+$", m.group(0)[: m.start(1) - m.start()], re.I) and words[0].islower():
                continue  # "what's in the bank", "anything in the pipeline": a common noun after "the", typed so
            if any(not speller.known(w) and w.lower() not in plan.corrections for w in words):
                plan.scope_words.update(w.lower() for w in words)
    plan.year_spans = year_spans(question)
    plan.read = _put_right(question, {w: c for w, c in plan.corrections.items() if _slip_put_right(w, c, plan)})
    # the cues as typed too: a correction for the papers' sake ("go ahead" -> "go head") must not hide one
    typed = cue_intents(question)
    corrected = typed if plan.corrected == question else cue_intents(plan.corrected)
    # and without its asides: "which county cllrs (not the indep members) were on the standards cttee" asks which
    # councillors were on it; the aside narrows whom, it does not stand between the cue's words
    aside = ASIDE.sub(" ", plan.corrected)
    bare = corrected if aside == plan.corrected else cue_intents(aside)
    # where the question as the papers spell it gives a cue too, its reading stands: "what got decied on the item
    # cllr mills declared on" asks what was decided, as the word meant says, not only of the declaration
    read = {i: max(corrected.get(i, 0.0), bare.get(i, 0.0)) for i in {*corrected, *bare}}
    plan.intents = {**{i: v for i, v in typed.items() if i not in read}, **read}
    if next_of_named_body(plan.corrected, committees, speller):  # "next high carrow aonb jac - date and venue"
        plan.intents[Intent.NEXT_MEETING] = max(plan.intents.get(Intent.NEXT_MEETING, 0.0), 0.95)
    plan.lexicon_text = _as_the_councils(plan.corrected, plan.places | plan.scope_words)
    plan.synonyms = _synonyms(plan.lexicon_text)
    low = plan.corrected.lower()
    extra = [f for g in plan.synonyms for f in g.forms if f not in low]
    plan.search_text = " ".join([question, *plan.corrections.values(), *extra])
    return plan
