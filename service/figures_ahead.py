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
from service.evidence import asks_money, has_money, has_quantity, sentences
from service.facts import figure_first
from service.figures_asked import CHARGE_ASKED
from service.measures import MEASURE_ASKED
from service.papers import Asked
from service.schemas import Answer

Period = tuple[dt.date, dt.date]

# a figure asked ahead of when it holds: "what's the precept going to be", "what will the cap be", "how much will
# the allowance be for 2026/27"
AHEAD = re.compile(r"\b(?:going\s+to\s+be|gonna\s+be|will\s+(?:[\w'’&/-]+\s+){0,5}?be|set\s+to\s+be|"
                   r"(?:is|are)\s+(?:it|they)\s+(?:going|set)\s+to)\b", re.I)
# a figure asked by its noun ahead of its time, in any order: "what will the band d precept be", "what's the fare cap
# going to be" (the nouns of service.measures, with the charges people pay)
WHAT_FIGURE = re.compile(r"\bwhat\b[^?]*?\b(?:rates?|percentages?|proportions?|totals?|figures?|fees?|salary|salaries|"
                         r"wages?|prices?|charges?|costs?|budgets?|precepts?|amounts?|balances?|sums?|caps?|"
                         r"allowances?|tax|levy|levies|rents?|tariffs?|fares?|grants?)\b", re.I)
# where a sentence's clauses part: each says its own thing of its own time ("supports the £2 cap until 31 March 2026,
# and asks the Head of Bus Services to report on options for 2026/27")
CLAUSES = re.compile(r"\s*;\s*|,\s+(?:and|but|while|whereas)\s+|\s+but\s+", re.I)
# a year printed alone ("in 2026"), not part of a sum or count ("£12,026", "2,026 homes")
YEAR = re.compile(r"(?<![\d£$.,/])((?:19|20)\d\d)(?![\d%/]|[.,]\d)")
SPAN = re.compile(r"(?<![\d/])(?:19|20)?\d\d\s*[/-]\s*(?:19|20)?\d\d(?![\d/])")


def years_asked(asked: Asked) -> list[Period]:
    """The years the question asks a figure of: a council's year it names ("2026/27": April to March), else the
    calendar years it names ("in 2026")."""
    spans = [(dt.date(y, 4, 1), dt.date(y + 1, 3, 31)) for y in asked.plan.year_spans]
    years = [(a, b) for a, b in asked.plan.periods if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31)
             and a.year == b.year and not any(s[0].year == a.year for s in spans)]
    return spans + years


def times_named(clause: str, said_on: dt.date) -> list[Period]:
    """The times a clause names: its dates ("until 31 March 2026", "in April 2026"), the council's years it names
    ("for 2025/26") and the years it prints alone."""
    out: list[Period] = []
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
    plain = SPAN.sub(" ", YEAR.sub(" ", clause))
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
