"""A day asked without its year ("who was away on 15/9", "the 3rd march meeting") where meetings in the papers were
held on that day in more than one year: the question's other words say which. "rotheram's advisers ... away on 15/9"
names the Metro Mayor and his advisers, whom the Combined Authority's record of 15 September 2017 prints and a police
panel's of 15 September 2020 does not. Of those days, the one whose meetings print the most of the question's words
is meant, where one prints more than the rest; otherwise the latest is (as before)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping


def day_meant(day: dt.date, held: Iterable[tuple[str, dt.date]], words: Mapping[str, set[str]],
              asked: Iterable[str]) -> dt.date | None:
    """Of the meetings ``held`` (key, date) on ``day``'s day and month in any year, the date of those printing
    the most of the ``asked`` words (lower case) by their papers' ``words``; None where no one date prints more
    than every other, or only one year had such a meeting."""
    by_date: dict[dt.date, set[str]] = {}
    for key, date in held:
        if (date.month, date.day) == (day.month, day.day):
            by_date.setdefault(date, set()).update(words.get(key, set()))
    if len(by_date) < 2:
        return None
    wanted = {w.lower() for w in asked}
    scores = sorted(((len(wanted & printed), date) for date, printed in by_date.items()), reverse=True)
    (best, date), (second, _) = scores[0], scores[1]
    return date if best > second else None
