"""Times a clause gives that were already past when its meeting sat.

"When will the council revoke the Station Road AQMA" meets "nitrogen dioxide on Station Road was 31.6 micrograms in
2023" in minutes of October 2024; "when are the new speed signs going up" meets "data from the SID for 16th-29th
December 2024" in minutes of January 2025. A time ahead is asked; a time that had passed when the meeting sat dates
what was measured or done, and cannot say when the thing asked will be. A clause is past only where every time it
prints is a year, a month of a year or a date before its meeting, and nothing else in it says when ("in 2023, and
would be reviewed next spring" has a time to come).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from minutebook.dates import find_dates

# a time ahead asked: "when will they revoke it", "when's it going up", "when is it due", "when do they next meet"
AHEAD_ASKED = re.compile(r"\b(?:will|shall|going|gonna|due|expected|planned|scheduled|next)\b|['’]ll\b", re.I)
# a year printed alone: "in 2023", "since 2019"; not a sum, a count, a financial year ("2023/24") or a reference
YEAR = re.compile(r"(?<![\d£$.,/-])((?:19|20)\d\d)(?![\d%/-]|[.,]\d)")
# the day of the week a date is printed with ("Monday 16 December 2024"): part of that date, not a time of its own
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def past_only(clause: str, held: dt.date, time: re.Pattern[str]) -> bool:
    """Does ``clause``, from minutes of a meeting held on ``held``, give only times before that day, and no other
    time (``time`` reads any way minutes say when)?"""
    spans: list[tuple[int, int]] = []
    for found in find_dates(clause, held):
        if not found.explicit_year:
            continue  # "in the February newsletter": a month without its year may be to come
        last = found.date if found.day_given else found.date.replace(
            day=calendar.monthrange(found.date.year, found.date.month)[1])
        if last >= held:
            return False
        spans.append((found.start, found.end))
    for m in YEAR.finditer(clause):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if int(m.group(1)) >= held.year:  # "by 2024" at a 2024 meeting may be to come
            return False
        spans.append(m.span())
    if not spans:
        return False
    rest = list(clause)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    return not time.search(WEEKDAY.sub(" ", "".join(rest)))
