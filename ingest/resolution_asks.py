"""What a resolution asks for, of whom and by when: the language of resolutions that makes one an *action*.

A resolution is an action when it asks for something to happen after the meeting (a report to come back,
information circulated, a matter referred, a visit arranged, something reviewed, a named officer to act); not
noting, receiving, supporting or approving, nor procedure (minutes approved, the next meeting, thanks recorded,
the press and public excluded). Its *owner* is the officer named as the subject or the "by the ..." of a passive
ask; its *due* date is read against the meeting's date (:func:`find_due`, rules in :mod:`ingest.actions`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from minutebook.dates import MONTHS, find_dates
from minutebook.vocabulary import ACTION_LABEL

NEXT_MEETING_HELD = re.compile(r"\b(?:next|further)\s+meeting\b[^.]*\b(?:take\s+place|be\s+held)\b", re.I)
PROCEDURAL = re.compile(
    rf"\bcorrect\s+record\b|{NEXT_MEETING_HELD.pattern}|\bthanks\b[^.]*\b(?:placed\s+on\s+record|recorded)\b"
    r"|\bwork\s+programme\b[^.]*\bbe\s+(?:approved|updated|noted|agreed)\b|\b(?:public|press)\b[^.]{0,40}\bbe\s+excluded"
    # the meeting's own views passed on ("That the Panel's comments on the plan be forwarded to the Board"): done
    # by sending the minutes, nothing to follow up
    r"|^\s*that\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:comments|views|observations|feedback)\b[^.]{0,80}\bbe\s+"
    r"(?:forwarded|passed|sent|reported|fed\s+back)\b",
    re.I,
)
LABELLED = re.compile(rf"^\W{{0,3}}(?:{ACTION_LABEL.form})", re.I)  # "ACTION: Install the camera."
PASSIVE_ASK = re.compile(
    r"\bbe\s+(?:\w+\s+){0,2}?(?:submitted|brought|circulated|provided|forwarded|referred|arranged|reviewed|explored|sent"
    r"|shared|presented|reported|written|investigated|undertaken|carried\s+out|made\s+available|scheduled|sought"
    r"|considered\s+(?:at|by))\b|\bconsideration\s+be\s+given\b",
    re.I,
)
RECEIVE_ASK = re.compile(r"\b(?:receives?|requests?)\s+(?:that\s+)?(?:an?\s+)?(?:further\s+|more\s+)?"
                         r"(?:information|report|updates?|briefing|details)\b", re.I)  # fmt: skip
_CAPS = r"[A-Z][\w'’&-]*(?:(?:\s+|,\s*)(?:[A-Z][\w'’&-]*|of|and|for|the))*"  # "Head of Service, Early Help"
OFFICER_ASK = re.compile(
    rf"^(?i:that)\s+(?P<owner>(?:the\s+)?{_CAPS}),?\s+(?:be\s+(?:asked|requested|invited)\s+to\s+\w+"
    r"|(?:submit|provide|circulate|bring|forward|refer|arrange|review|explore|send|share|write|make|undertake|report"
    r"|investigate|present|prepare|liaise|seek|issue|notify|publish|commission|obtain|contact|consult|draft|order)s?\b)"
)
BY_OWNER = re.compile(rf"\bbe\s+(?:\w+\s+){{0,2}}?\w+ed\s+by\s+(?P<owner>the\s+{_CAPS})")
NOTED_CONTENT = re.compile(r"\bnot(?:e|es|ed|ing)\s+that\b", re.I)
CLAUSE = re.compile(r",?\s+and,?\s+(?=that\b)|;\s+(?=that\b)", re.I)
COMMITTEE_WORD = re.compile(r"\b(?:commission|panel|committee|board|council|cabinet)$", re.I)

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "eighteen": 18, "twenty-four": 24,
            "twenty-eight": 28, "thirty": 30}  # fmt: skip
_ABOUT = r"(?:(?:approximately|about|around|roughly|some)\s+)?"
RELATIVE = re.compile(  # "in six months' time", "within 28 days", "in approximately 6 months", "in a fortnight"
    rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_ABOUT}(?:(?P<n>\d{{1,3}}|{'|'.join(_NUMBERS)})[\s-]+"
    r"(?P<working>working\s+)?(?P<unit>day|week|month|year)s?|an?\s+(?P<fortnight>fortnight))\b", re.I)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_MEETING = re.compile(  # "the December meeting", "December's meeting", "the meeting in December"
    rf"\b(?P<month>{MONTH_NAMES})(?:\.|['’]s)?\s+meeting\b"
    rf"|\bmeeting\s+(?:(?:to\s+be\s+)?held\s+)?(?:in|during)\s+(?P<month2>{MONTH_NAMES})\b(?!\.?,?\s+\d)", re.I)
NEXT_YEAR = re.compile(r"\bnext\s+(?:calendar\s+)?year\b", re.I)
THIS_YEAR = re.compile(r"\blater\s+this\s+year\b|\b(?:by|before)\s+the\s+end\s+of\s+(?:this|the)\s+(?:calendar\s+)?"
                       r"year\b", re.I)  # fmt: skip
MUNICIPAL_YEAR_END = re.compile(r"\b(?:by|before)\s+the\s+end\s+of\s+(?:this|the)\s+(?:current\s+)?municipal\s+year\b",
                                re.I)  # fmt: skip
NEXT_MEETING = re.compile(r"\bnext\s+meeting\b", re.I)
REPORT_ASK = re.compile(r"\b(?:report|update|item|submit\w*|brought|bring|present(?:ed)?|receive)\b"
                        r"|\b(?:to|at)\s+(?:\w+\s+){0,3}meeting\b", re.I)  # something comes back to a meeting
CIRCULATION = re.compile(r"\bbe\s+(?:\w+\s+){0,2}?(?:circulated|shared|sent|emailed)\b|\bcirculates?\b", re.I)


def is_action_line(text: str) -> bool:
    """Is this an action line under a decision ("ACTION: Town Clerk - obtain a second quote"): the decision's follow-up,
    not what the meeting decided?"""
    return bool(LABELLED.match(text))


def is_action(text: str) -> bool:
    """Does this resolution ask for something to be done after the meeting? (An action line is one: "ACTION: Launch
    the consultation.")"""
    if is_action_line(text):
        return True
    if PROCEDURAL.search(text):
        return False
    for clause in CLAUSE.split(text):
        asked = NOTED_CONTENT.split(clause)[0].strip()  # what is merely noted is not asked for
        if PASSIVE_ASK.search(asked) or RECEIVE_ASK.search(asked) or OFFICER_ASK.match(asked):
            return True
    return False


def find_owner(text: str) -> str | None:
    """The officer asked to act, where the resolution names one (not the committee itself)."""
    m = OFFICER_ASK.match(text.strip()) or BY_OWNER.search(text)
    owner = re.sub(r"\s+", " ", m.group("owner")).strip(" ,") if m else None
    return None if owner is None or COMMITTEE_WORD.search(owner) else owner


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: dt.date, months: int) -> dt.date:
    year, month = d.year + (d.month - 1 + months) // 12, (d.month - 1 + months) % 12 + 1
    return dt.date(year, month, min(d.day, month_end(year, month).day))


def find_due(text: str, held: dt.date, next_meeting: dt.date | None = None) -> dt.date | None:
    """When the action falls due, resolved against ``held``, the date of the meeting that asked for it."""
    if m := RELATIVE.search(text):
        if m.group("fortnight"):
            return held + dt.timedelta(weeks=2)
        n, unit = _NUMBERS.get(m.group("n").lower()) or int(m.group("n")), m.group("unit").lower()
        if unit == "day":  # five working days are a calendar week
            return held + dt.timedelta(days=-(-n * 7 // 5) if m.group("working") else n)
        return held + dt.timedelta(weeks=n) if unit == "week" else _add_months(held, n * (12 if unit == "year" else 1))
    for f in find_dates(text, held, prefer_future=True):
        due = f.date if f.day_given else month_end(f.date.year, f.date.month)
        if due >= held:
            return due
    if m := MONTH_MEETING.search(text):
        month = MONTHS[(m.group("month") or m.group("month2")).lower()]
        return month_end(held.year + (month <= held.month), month)
    if NEXT_YEAR.search(text):
        return dt.date(held.year + 1, 12, 31)
    if THIS_YEAR.search(text):
        return dt.date(held.year, 12, 31)
    if MUNICIPAL_YEAR_END.search(text):  # municipal years run from May to April
        return dt.date(held.year + (held.month >= 5), 4, 30)
    return next_meeting if NEXT_MEETING.search(text) else None
