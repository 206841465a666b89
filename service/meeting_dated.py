"""The meeting a question ties a date to, and a refusal where the papers hold no meeting then.

People name the meeting they ask about by its body and its date, as a heading before the question ("kettlewick
planning & highways march 2025 - was the boundary sorted", "glanrafon scrutiny 23 jan 2025: what was said ...") or
with the body's noun just before the date ("the environment panel jan 2025", "the board in september 2023"). Where no
meeting of that body (of the council named, if no body is) was held then, the minutes asked for are not in the papers:
an earlier meeting's "to report back in March", or its next meeting's date, is not that meeting. The answer says so
and which meetings of it the papers hold.
"""

from __future__ import annotations

import datetime as dt
import re

from index.query import Intent, in_periods
from ingest.catalogue import MeetingSummary
from minutebook.dates import MONTHS, find_dates, short_years
from minutebook.vocabulary import EVENTS_HELD
from service.drafting import when
from service.papers import Asked, Papers
from service.printed_dates import MINUTES_OF_DATE, tied
from service.resolutions import MINUTES_ASKED

Period = tuple[dt.date, dt.date]

MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?(?!\s*\d)", re.I)
ASKED_AHEAD = 0.5  # the confidence of a next-meeting question: a date announced, asked about before it is held
HELD_LISTED = 6  # meetings named in the refusal at most (the latest)
ANY_YEAR = dt.date(2000, 12, 31)  # a leap year's last day: a day named without its year read as a day of it


def meeting_dates(question: str, asked: Asked) -> tuple[list[Period], list[int], list[tuple[int, int]]]:
    """The periods, the months named without a year, and the days named without a year (month, day) that the
    question's first ask ties to the meeting it asks about (a later sentence's meeting is its own: "... back in june
    2023? the mayor corrected it at the oct board"). A day named without its year is read as the latest such day a
    meeting was held: it is one only where a meeting was held on that day of some year."""
    plan = asked.plan
    ask_end = question.find("?")

    def ties(start: int, end: int) -> bool:
        return not 0 <= ask_end < start and not MINUTES_OF_DATE.search(question[:start]) and tied(question, start, end)

    # (with a month and its year's last two digits: "chair chosen in may '23?", "the dec 17 session")
    spans = [*find_dates(question, None, prefer_future=False), *short_years(question)]
    periods = [p for p in plan.periods if p not in plan.yearless
               and any(ties(f.start, f.end) for f in spans if f.explicit_year and in_periods(f.date.isoformat(), [p]))]
    months = [MONTHS[m.group(1).lower()] for m in MONTH_WORD.finditer(question)
              if MONTHS[m.group(1).lower()] in plan.months and ties(m.start(), m.end())]
    days = [(f.date.month, f.date.day) for f in find_dates(question, ANY_YEAR, prefer_future=False)
            if not f.explicit_year and f.day_given and ties(f.start, f.end)]
    return periods, months, days


# a meeting asked of as the one after an event that is no meeting ("the november meeting after the site visit")
AFTER_EVENT = re.compile(rf"\b(?:after|following)\s+(?:the|a|an|its|their|that|this)\s+(?:[\w'’-]+\s+){{0,2}}?"
                         rf"(?:{EVENTS_HELD.form})\b", re.I)
# what a paper plans for a meeting still to come: "what's lined up for", "what's on the work programme for"
PLANNED_FOR = re.compile(r"\b(?:lined\s+up|planned|scheduled|due|coming\s+up|work\s+programme|forward\s+plan|"
                         r"will\s+(?:be|come|go|the)|going\s+to)\b", re.I)


def unheld_meeting(papers: Papers, asked: Asked) -> str | None:
    """Why the question cannot be answered where the meeting it names by its date is not in the papers: none of the
    body's (the council's, if it names no body) was held then, nor at any other time the question names. None where
    one was, or it names none by its date."""
    plan = asked.plan
    if AFTER_EVENT.search(asked.question):
        # "what happened at the november planning meeting after the site visit": the meeting is the month's, the
        # site visit what it comes after; read as if the event were not named
        plan = papers.index.plan(AFTER_EVENT.sub(" ", asked.question))
    if plan.relative or plan.after or plan.confidence(Intent.NEXT_MEETING) >= ASKED_AHEAD:
        return None  # "the meeting after the july one", "is the march meeting still on": not a meeting held
    periods, months, days = meeting_dates(asked.question, asked)
    if not periods and not months and not days:
        return None
    f = asked.filters
    summaries = papers.in_where(asked, papers.meetings(f.committee, f.date_from, f.date_to))
    scoped = [s for s in summaries if s.committee in asked.scope] or summaries
    if not scoped:
        return None
    if days and not periods and not months and not MINUTES_ASKED.search(asked.question):
        # (not a day named beside minutes: "signing off the 16 aug special meeting minutes", "the 22 aug planning
        # record", whose meeting may be dated otherwise or approved later)
        # "quarrendon planning 11 may - which apps got refused": no meeting of the body on 11 May of any year (its
        # April minutes announce one for 11 May, which the papers do not hold)
        if any((s.date.month, s.date.day) in days for s in scoped) or PLANNED_FOR.search(asked.question):
            return None  # (or a meeting still to come that a paper plans: "what's on the work programme for 9 july")
        return f"No meeting of {what_met(asked, scoped)} on that day is in the papers; they hold its meetings of " \
               f"{held_list(scoped)}."
    if not periods and not months:
        return None
    named = [*plan.periods, *asked.periods]  # "lcrca sept 2017 and cpca board nov 2024": each council its own
    if any(in_periods(s.date.isoformat(), named) or s.date.month in plan.months for s in scoped):
        return None
    if named and PLANNED_FOR.search(asked.question) and min(a for a, _ in named) > max(s.date for s in scoped):
        return None  # "what's lined up for the 27 October meeting": a meeting still to come, which a paper plans
    return f"No meeting of {what_met(asked, scoped)} then is in the papers; they hold its meetings of " \
           f"{held_list(scoped)}."


def what_met(asked: Asked, scoped: list[MeetingSummary]) -> str:
    """The body the meetings are of, as the papers name it, or "the council named" where they are several bodies'."""
    committees = list(dict.fromkeys(s.committee for s in scoped))
    if len(committees) == 1:
        return f"the {committees[0]}"
    return "the council named" if asked.where is not None else "the body named"


def held_list(scoped: list[MeetingSummary]) -> str:
    """The latest meetings' dates, newest first ("11 February 2025 and 14 January 2025")."""
    dates = sorted({s.date for s in scoped}, reverse=True)[:HELD_LISTED]
    said = [when(d) for d in dates]
    return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
