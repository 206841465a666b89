"""Dates a question names that are words to find, not the meeting asked about.

Members name a date for what it dates: the earlier minutes being approved ("were the 17 Feb minutes signed off"),
a hearing the minutes announce ("the hearing on 16 February 2018"), a target an item prints ("the June 2019
target"). Where no meeting of the council or committee named was held then, the question does not tie the date to
a meeting ("the 24 April 2018 meeting", "at its ... meeting", who attended, what a named body decided, a figure of
that time), and the best hits' items print a date then other than their own meeting's, the date is words to find:
the answer is the item that prints it, not "no meeting on that date".
"""

from __future__ import annotations

import datetime as dt
import re

from index.fusion import Hit
from index.query import MINUTES_BEFORE, SEASON, SEASONS, Intent, QueryPlan, in_periods
from minutebook.dates import find_dates
from service.evidence import asks_quantity
from service.item_words import item_text
from service.papers import Asked, Papers

Period = tuple[dt.date, dt.date]

# a date tied to a meeting in the question: "the 24 April 2018 meeting", "at its 18 August 2017 meeting", "the
# December 2023 CYP panel", "the meeting on 12 October 2023"
MEETING_OF_DATE = re.compile(r"^[\s,]*(?:(?!(?:at|for|of|to|on|in|by|from|with|about|and|or)\b)[\w&'’-]+\s+){0,3}?"
                             r"(?:meeting|session|panel|committee|board|cabinet|"
                             r"council|commission)s?\b(?!['’]s)", re.I)
# (a venue between, "the meeting held at County Hall on": not "the council at the end of September", an as-at date)
DATE_OF_MEETING = re.compile(r"\b(?:meeting|session|panel|committee|board|cabinet|council|commission|authority)"
                             r"['’]?s?\s+(?:held\s+)?(?:(?:at|in)\s+(?!the\s+(?:end|start|beginning|close|middle)\b)"
                             r"(?:[\w&'’-]+\s+){1,4}?(?:held\s+)?)?"
                             r"(?:on|of|in|dated|during)\s+(?:the\s+)?$|"
                             r"\b(?:at|in)\s+its\s+$", re.I)
# a day whose meeting's attendance is asked: "absent on 26 july 2018", "who attended on 3 May", "present at the 4 June",
# "apologies on 12/3/19" (people name a sitting by its day; the day's meeting is the one asked of)
ATTENDED_ON = re.compile(r"\b(?:absent|absentees?|present|attend(?:ed|ing|ance)?|apologi[sz](?:e|ed|es|ing)|"
                         r"turned\s+up|missed|chaired|presided)\s+(?:on|at)\s+(?:the\s+)?$", re.I)
# a day or month on which the decision asked was taken: "what was agreed in march", "what did they decide on 14
# april", "was it approved in may" (a decision is a meeting's; the verb is the question's ask, not a premise's "the
# plan agreed in march", which dates the plan)
DECIDED_ON = re.compile(r"(?:\b(?:was|were|got|get|been|be)\s+(?:it\s+|they\s+)?|\bdid\s+(?:[\w'’&-]+\s+){1,4}?)"
                        r"(?:agreed?|decided?|resolved?|approved?|adopted?|voted|vote|passed|pass|granted|grant|"
                        r"refused|refuse)\s+(?:on|at|in)\s+(?:the\s+)?$", re.I)
# a body's or meeting's noun as people type it, with the business a committee is named for ("glanrafon scrutiny",
# "kettlewick planning & highways")
BODY_NOUNS = (r"\b(?:meetings?|mtg|committee|cttee|sub-?committee|panel|board|council|cabinet|commission|authority|"
              r"scrutiny|forum|executive|planning|licensing|highways)\b")
BODY_WORD = re.compile(BODY_NOUNS, re.I)
# the noun just before the date: "panel jan 2025", "the board in september 2023", "scrutiny 23 jan 2025", "planning
# back on 11 jan" (people's "back" for a time past)
BODY_BEFORE = re.compile(BODY_NOUNS + r"[\s,]+(?:(?:way\s+)?back\s+)?(?:(?:in|on|of|held|dated)\s+)?(?:the\s+)?$", re.I)
# the minutes of a meeting, approved at a later one: "the minutes from the april meeting" (as the question is read)
MINUTES_OF_DATE = MINUTES_BEFORE
# a question's heading, naming the meeting before what is asked of it: "<council> <body> <date> - <question>"
HEADING = re.compile(r"^(?P<head>[^?]{3,90}?)\s*(?:\s[-–—]+\s|:\s|\?\s)")
ASKING = re.compile(r"\b(?:what|who|whom|whose|which|when|where|why|how|did|does|do|was|were|is|are|has|have|had|"
                    r"will|would|can|could|should|any)\b", re.I)
# intents whose date is a meeting's: its records, and when something was asked for or came up
MEETING_RECORDS = (Intent.ATTENDANCE, Intent.DECLARATION, Intent.VENUE, Intent.NEXT_MEETING, Intent.FOLLOWUP,
                   Intent.TIMELINE, Intent.CLOSING, Intent.START,
                   Intent.CONTACT)
# a season naming a thing, not when a body met: "the summer 2023 holiday programme", "the programme for summer 2023"
THINGS_SEASON = re.compile(r"\b(?:the|its|their|this|that)\s+(?:spring|summer|autumn)\s+(?:19|20)\d\d\s+"
                           r"(?!meeting|session)[a-z]|\b(?!meeting|session)[a-z]+\s+for\s+(?:the\s+)?"
                           r"(?:spring|summer|autumn)\s+(?:19|20)\d\d\b", re.I)
RECORDS_ASKED = 0.5  # the confidence of a meeting-record intent that makes a date the meeting's
DATED_HITS = 5  # the best hits looked at for a date printed in their items


def dates_as_words(papers: Papers, asked: Asked, plan: QueryPlan | None = None) -> list[Period]:
    """The question's periods (``plan``'s, when the meeting is the conversation's) that are words to find."""
    plan = plan or asked.plan
    if not plan.periods or any(plan.confidence(i) >= RECORDS_ASKED for i in MEETING_RECORDS):
        return []
    things = bool(THINGS_SEASON.search(asked.question))  # the season of a thing, held meetings then or not
    if asks_quantity(asked.question) and not things:
        return []  # "how many children in care in January 2024": when the figure is of, printed or not
    if plan.bodies and plan.confidence(Intent.RESOLUTION) >= RECORDS_ASKED and not things:
        return []  # "what did Cabinet decide on the policy in January 2024": when the body named decided
    spans = find_dates(asked.question, max(papers.meeting_dates, default=None), prefer_future=False)
    out = []
    for period in plan.periods:
        if held_in(papers, asked, period) and not things:
            continue
        # where the question names it: a date's words, or a season's ("summer 2023")
        at = [(f.start, f.end) for f in spans if in_periods(f.date.isoformat(), [period])] + [
            (m.start(), m.end()) for m in SEASON.finditer(asked.question)
            if in_periods(in_season(m), [period])]
        if any(tied(asked.question, start, end) for start, end in at) or (
                not at and MEETING_OF_DATE.search(asked.question)):
            continue  # "at its 18 August 2017 meeting": the meeting asked about, which the papers do not hold
        if any(prints_date(papers, asked, h, period) for h in asked.hits[:DATED_HITS]):
            out.append(period)
    return out


def tied(question: str, start: int, end: int) -> bool:
    """Is the date at ``question[start:end]`` the date of the meeting asked about: with the meeting's or body's noun
    before or after it ("the 24 April 2018 meeting", "the panel jan 2025"), its attendance asked on it ("absent on 26
    july 2018"), or in the question's heading that names
    the meeting and asks nothing ("kettlewick planning & highways march 2025 - ...")?"""
    if MEETING_OF_DATE.match(question[end:]) or DATE_OF_MEETING.search(question[:start]) \
            or ATTENDED_ON.search(question[:start]) or DECIDED_ON.search(question[:start]):
        return True
    if MINUTES_OF_DATE.search(question[:start]) or 0 <= question.find("?") < start:
        return False  # "were the minutes from the april meeting agreed"; a later question's date is its own
    if BODY_BEFORE.search(question[:start]):
        return True
    head = HEADING.match(question)
    return head is not None and end <= head.end("head") and not ASKING.search(head.group("head")) \
        and bool(BODY_WORD.search(head.group("head")))


def in_season(season: re.Match[str]) -> str:
    """A day in the season named with its year ("Summer 2023": 2023-07-15), as an ISO date."""
    return f"{season.group(2)}-{SEASONS[season.group(1).lower()][0] + 1:02d}-15"


def held_in(papers: Papers, asked: Asked, period: Period) -> bool:
    """Was a meeting of the council the question names (any, if it names none) held in ``period``?"""
    f = asked.filters
    held = papers.in_where(asked, papers.meetings(f.committee, f.date_from, f.date_to))
    return any(in_periods(s.date.isoformat(), [period]) for s in held)


def prints_date(papers: Papers, asked: Asked, hit: Hit, period: Period) -> bool:
    """Does the hit's item print a date in ``period`` that is not its own meeting's?"""
    if in_periods(hit.node.meeting_date.isoformat(), [period]):
        return False
    nodes = papers.index.item_nodes(hit.node.item_key, asked.filters.audience)
    text = item_text(nodes)
    if any(in_periods(f.date.isoformat(), [period]) for f in find_dates(text, hit.node.meeting_date)):
        return True
    # a season named with its year ("Holiday Activities and Food Programme - Summer 2023"), as the question names it
    title = nodes[0].citation.item_title if nodes else ""
    return any(in_periods(in_season(m), [period])
               for m in SEASON.finditer(f"{title}\n{text}"))


def prints_minutes_date(papers: Papers, asked: Asked, hit: Hit) -> bool:
    """Does the hit's item print a date of the minutes the question names ("the Dec 2017 minutes", "the september
    minutes"), other than its own meeting's: the item approving them?"""
    plan = asked.plan
    if not (plan.minutes_of or plan.minutes_months):
        return False
    text = item_text(papers.index.item_nodes(hit.node.item_key, asked.filters.audience))
    # a day typed without its year ("the 22 aug minutes") is that day of whichever year the papers' minutes are
    yearless = not YEAR_TYPED.search(asked.question)

    def named(day: dt.date) -> bool:
        return in_periods(day.isoformat(), plan.minutes_of) or day.month in plan.minutes_months or (
            yearless and any((a.month, a.day) <= (day.month, day.day) <= (b.month, b.day) for a, b in plan.minutes_of))

    return any(f.date != hit.node.meeting_date and named(f.date) for f in find_dates(text, hit.node.meeting_date))


YEAR_TYPED = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b")
