"""A meeting to come named by when it falls or by its business, and the line of the papers that dates it: "date of
their autumn sitting?" met by the next-meeting item's "Monday 23 October 2034 at 10.30 am"; "when's the budget and
precept meeting next year" met by the row of a schedule of meetings "Monday 22 January 2035 (budget and precept)".
A meeting so named that the papers hold is answered by its own record ("the spring meeting": it met on 13 March)."""

from __future__ import annotations

import re

from index.query import in_periods
from minutebook.dates import first_date
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import MEETING_IN_SEASON, MEETINGS_SCHEDULE
from service.evidence import stems
from service.papers import Asked
from service.records import NEXT_MEETING

SCHEDULE = re.compile(MEETINGS_SCHEDULE.form, re.I)
SEASON_NAMED = re.compile(MEETING_IN_SEASON.form, re.I)
# the words of such a question that name no business (stems): "when's the date of the next meeting next year"
DATE_WORDS = frozenset(stems("date dates day days time when next year yr meeting meetings mtg sitting sit session "
                             "schedule scheduled calendar due held hold"))
BULLET = re.compile(r"^\s*(?:[-*•·–]|\(?[a-z\d]{1,3}[.)])\s+", re.I)  # "- Monday 22 January 2035", "(c) 5 May"


def named_by_season(asked: Asked) -> bool:
    """Does the question name the meeting by its season, no year given ("their autumn sitting")?"""
    return bool(SEASON_NAMED.search(asked.question)) and bool(asked.plan.yearless)


def dated_lines(m: Meeting, item: MinuteItem) -> list[str]:
    """The lines of ``item`` that each give a day after the meeting (a schedule's rows, the next meeting's date), as
    printed, less a bullet."""
    lines = [BULLET.sub("", line).strip() for line in item.text.split("\n")]
    return [line for line in lines if line and (d := first_date(line, m.date)) is not None and d > m.date]


def scheduled(asked: Asked, meetings: list[Meeting], *, held: bool) -> tuple[Meeting, MinuteItem, str, bool] | None:
    """The line, in the meetings' items setting dates to come (the next meeting's, a schedule of meetings), that
    dates the meeting asked: the row of a schedule naming the business the question names it by (every word of it:
    "budget and precept"), else, where no meeting was ``held`` in the period the question names ("autumn"), the first
    date to come in that period; None where the question names neither. The flag: the line is a row of a schedule,
    the answer alone (a next-meeting item is read whole: "the December meeting will not take place, and ...")."""
    business = {t for t in asked.terms if t not in DATE_WORDS}
    periods = [] if held else asked.periods
    if not business and not periods:
        return None
    for m in sorted(meetings, key=lambda m: m.date, reverse=True):
        for item in m.items:
            if not (NEXT_MEETING.search(item.title) or SCHEDULE.search(item.title)):
                continue
            lines = dated_lines(m, item)
            for line in lines:
                if business and len(lines) > 1 and business <= set(stems(line)):
                    return m, item, line, True  # a schedule's row naming the business asked
                when = first_date(line, m.date)
                if not business and when is not None and in_periods(when.isoformat(), periods):
                    return m, item, line, bool(SCHEDULE.search(item.title))
    return None
