"""A figure asked of a year still to come, and whether a figure the answer quotes is of that year.

"What's the precept going to be for 2026/27", "what will the bus fare cap be in 2026/27": a paper written before the
year may give its figure ("a precept of £283.95 for 2026/27 was proposed"), but the passages on the subject often give
this year's ("The Band D policing precept for 2025/26 was £271.45"), one that holds only until the year begins ("the
£2 fare cap until 31 March 2026"), or no figure at all ("that the briefing be noted"), the year's own still to be set
("to report on options for 2026/27"). A quoted figure answers in a clause that names a time in the year asked, or
names no time at all; a clause giving a figure only of other times, or no figure quoted, does not.
"""

from __future__ import annotations

import datetime as dt
import re

from index.query import year_spans
from minutebook.dates import find_dates
from service.evidence import asks_money, counted, has_money, has_quantity, sentences, stems
from service.facts import figure_first
from service.figures_asked import CHARGE_ASKED
from service.measures import MEASURE_ASKED
from service.papers import Asked
from service.schemas import Answer

Period = tuple[dt.date, dt.date]

# a figure asked ahead of when it holds: "what's the precept going to be", "what will the cap be", "how much will
# the allowance be for 2026/27"
AHEAD = re.compile(r"\b(?:going\s+to\s+be|gonna\s+be|will\s+(?:[\w'’&/-]+\s+){0,5}?be|set\s+to\s+be|"
                   r"(?:is|are)\s+(?:it|they)\s+(?:going|set)\s+to|"
                   # a figure a body plans for the year: "what deficit are they planning", "what are they budgeting for"
                   r"(?:is|are)\s+(?:it|they|we|you)\s+(?:planning|budgeting|forecasting|projecting|expecting))\b",
                   re.I)
# a figure asked by its noun ahead of its time, in any order: "what will the band d precept be", "what's the fare cap
# going to be" (the nouns of service.measures, with the charges people pay)
WHAT_FIGURE = re.compile(r"\bwhat\b[^?]*?\b(?:rates?|percentages?|proportions?|totals?|figures?|fees?|salary|salaries|"
                         r"wages?|prices?|charges?|costs?|budgets?|precepts?|amounts?|balances?|sums?|caps?|"
                         r"allowances?|tax|levy|levies|rents?|tariffs?|fares?|grants?|deficits?|surplus(?:es)?|"
                         r"overspends?|underspends?|shortfalls?|savings?|gaps?)\b", re.I)
# where a sentence's clauses part: each says its own thing of its own time ("supports the £2 cap until 31 March 2026,
# and asks the Head of Bus Services to report on options for 2026/27")
CLAUSES = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas)\s+|\s+but\s+", re.I)
# a year printed alone ("in 2026"), not part of a sum or count ("£12,026", "2,026 homes")
YEAR = re.compile(r"(?<![\d£$.,/])((?:19|20)\d\d)(?![\d%/]|[.,]\d)")
SPAN = re.compile(r"(?<![\d/])(?:19|20)?\d\d\s*[/-]\s*(?:19|20)?\d\d(?![\d/])")
# a time of day, which is no figure of anything: "at 1.30pm", "10.00 am", "18:30" ("The next meeting will be held on
# 29 January 2026 at 1.30pm, when the Panel will consider the precept for 2026/27" gives no precept)
CLOCK_TIME = re.compile(r"(?<![\d.,£$])\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|"
                        r"(?<![\d.,£$])\d{1,2}:\d{2}\b", re.I)


def years_asked(asked: Asked) -> list[Period]:
    """The years the question asks a figure of: a council's year it names ("2026/27": April to March), else the
    calendar years it names ("in 2026")."""
    spans = [(dt.date(y, 4, 1), dt.date(y + 1, 3, 31)) for y in asked.plan.year_spans]
    years = [(a, b) for a, b in asked.plan.periods if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31)
             and a.year == b.year and not any(s[0].year == a.year for s in spans)]
    return spans + years


# how finance reports speak of the year they are written in, naming no year: "The forecast outturn was a deficit of
# £5.5 million", "a year-end position of", "the in-year overspend", "at month 11" (CIPFA and NHS usage)
THIS_YEAR = re.compile(r"\b(?:outturn|year[- ]end|in[- ]year|this\s+year|current\s+(?:financial\s+)?year|"
                       r"month\s+\d{1,2}|year\s+to\s+date)\b", re.I)


def council_year(day: dt.date) -> Period:
    """The council's year (April to March) ``day`` falls in."""
    start = day.year if day.month >= 4 else day.year - 1
    return dt.date(start, 4, 1), dt.date(start + 1, 3, 31)


def times_named(clause: str, said_on: dt.date) -> list[Period]:
    """The times a clause names: its dates ("until 31 March 2026", "in April 2026"), the council's years it names
    ("for 2025/26"), the years it prints alone, and the year it is written in where it speaks of that ("the forecast
    outturn")."""
    out: list[Period] = [council_year(said_on)] if THIS_YEAR.search(clause) else []
    rest = clause
    for f in find_dates(clause, said_on):
        end = f.date if f.day_given else f.date.replace(day=28)
        out.append((f.date, end))
        rest = rest.replace(clause[f.start:f.end], " ")
    out += [(dt.date(y, 4, 1), dt.date(y + 1, 3, 31)) for y in year_spans(rest)]
    rest = SPAN.sub(" ", rest)
    out += [(dt.date(int(y), 1, 1), dt.date(int(y), 12, 31)) for y in YEAR.findall(rest)]
    return out


def gives_figure(clause: str) -> bool:
    """Does the clause give a figure (a sum or a count), its dates and years left out?"""
    plain = CLOCK_TIME.sub(" ", SPAN.sub(" ", YEAR.sub(" ", clause)))
    for f in find_dates(clause):
        plain = plain.replace(clause[f.start:f.end], " ")
    return has_money(plain) or has_quantity(plain)


def overlaps(a: Period, b: Period) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def ahead_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A figure asked of a year, ahead of it ("what's the precept going to be for 2026/27"), where no quoted clause
    gives a figure of that year or of no time said: the quotes give another year's, or none."""
    question = asked.plan.corrected
    if route in ("attendance", "declarations") or not answer.citations or not AHEAD.search(question):
        return None
    if not (figure_first(question) or asks_money(question) or CHARGE_ASKED.search(question)
            or MEASURE_ASKED.search(question) or WHAT_FIGURE.search(question)):
        return None
    asked_of = years_asked(asked)
    if not asked_of:
        return None
    for c in answer.citations:
        for s in sentences(c.quote):
            for clause in CLAUSES.split(s):
                if not gives_figure(clause):
                    continue
                times = times_named(clause, c.meeting_date)
                if not times or any(overlaps(t, p) for t in times for p in asked_of):
                    return None
    return "The papers give no figure of that for when it is asked."


# a figure asked of how things will be once something has happened: "how many pupils will the school have once the
# new houses are built", "what will the roll be when the estate is finished", "how many places after the extension
# is completed" (the thing, then its verb in the participle)
UPON = re.compile(r"\b(?:once|when|after|by\s+the\s+time)\s+(?P<event>(?:(?!(?:is|are|has|have|gets?|been)\b)"
                  r"[\w'’-]+\s+){1,6}?)(?:is|are|has|have|gets?|get)\s+(?:been\s+)?"
                  r"(?P<verb>[a-z]{3,}(?:ed|en|lt|wn|ne|ld|ht))\b", re.I)
# how a clause speaks of what is to come: "was expected to rise to 40", "would need 30 places", "a forecast of 52"
FORWARD = re.compile(r"\b(?:will|would|shall|expect\w*|forecast\w*|project\w*|anticipat\w*|estimat\w*|predict\w*|"
                     r"likely|planned|due\s+to|going\s+to|set\s+to)\b", re.I)


def upon_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """A figure asked of how things will be once something has happened ("how many pupils will Balnacraig have once the
    Craigend houses are built"), where no quoted clause gives a figure of the thing asked that speaks of then: one that
    looks ahead ("expected", "would") or names what is to happen. A count of how things stand ("Balnacraig had 11
    pupils") is not it, nor a figure of the event's own ("when 24 new houses at Craigend were occupied" counts houses,
    not pupils)."""
    question = asked.plan.corrected
    # (as typed too: "once the houses are built" may be read as a slip for a word the papers print, "building")
    upon = UPON.search(question) or UPON.search(asked.question) or UPON.search(asked.text)
    if route in ("attendance", "declarations") or not answer.citations or upon is None:
        return None
    before = upon.string[:upon.start()]  # what is asked of then: "how many pupils will Balnacraig have"
    if not AHEAD.search(before + " be") or not (figure_first(before) or WHAT_FIGURE.search(before)):
        return None
    thing = counted(before)  # "how many pupils": pupils; else the words of what the figure is of
    asked_of = [thing] if thing in asked.terms else [t for t in stems(before) if t in asked.subject]
    if not asked_of:
        return None
    event = [t for t in stems(f"{upon.group('event')} {upon.group('verb')}") if t in asked.terms]
    standing = ""  # a figure of the thing as things stand, quoted
    for c in answer.citations:
        for s in sentences(c.quote):
            for clause in CLAUSES.split(s):
                if not gives_figure(clause) or not figure_of(asked, asked_of, clause):
                    continue
                present = set(stems(clause))
                if FORWARD.search(clause) or (event and all(asked.has(t, present) for t in event)):
                    return None
                standing = standing or clause.strip()
    when_said = f"{upon.group(0).strip()}"
    return f"The papers give no figure of that for {when_said}" + (
        f"; they give it as things stood (\"{standing}\")." if standing else ".")


NUMBER = re.compile(r"^(?:[£$€]?\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                    r"thirty|forty|fifty|sixty|hundred|dozen)$", re.I)
# between a thing and the figure after it: "a roll of 40", "pupils would rise to 52", "numbers projected at around 60"
TO_FIGURE = frozenset(["of", "to", "at", "around", "about", "approximately", "some", "reach", "reaching", "rise",
                       "rising", "risen", "increase", "increasing", "grow", "growing", "would", "will", "be", "is",
                       "are", "was", "were", "total", "totalling", "stand", "standing", "projected", "expected",
                       "forecast", "estimated", "predicted", "by", "up", "an", "a"])
BEFORE_THING = 2  # words between a figure and the thing it counts: "40 more pupils", "52 additional primary pupils"


def figure_of(asked: Asked, things: list[str], clause: str) -> bool:
    """Does ``clause`` give a figure of one of ``things`` (their stems): the figure before it ("11 pupils", "40 more
    pupils") or after it by words that lead to a figure ("a roll of 40", "pupils would rise to 52")? Not a figure of
    something else beside it ("children aged four and five", "a 40-minute bus journey")."""
    words = re.findall(r"[£$€]?\d[\d,.]*%?|[A-Za-z][\w'’-]*", clause)
    for n, w in enumerate(words):
        if not any(asked.has(t, set(stems(w))) for t in things):
            continue
        if any(NUMBER.match(x) for x in words[max(0, n - BEFORE_THING - 1):n]):
            return True
        for x in words[n + 1:]:
            if NUMBER.match(x):
                return True
            if x.lower() not in TO_FIGURE and not any(asked.has(t, set(stems(x))) for t in things):
                break
    return False
