"""The days a meeting's later sittings were held: a meeting adjourned part-way through its business and reconvened on
a later day is minuted as one meeting under its first day's date, the later day printed in its sitting's heading
("RECONVENED MEETING - THURSDAY 1 JULY 2032"). A question that names the later day ("when the panel came back on 1
july, who was missing") asks of that meeting: the day is read as the meeting's own date, and the answer comes from the
sitting's part of its minutes (:mod:`service.sittings_asked`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from index.nodes import IndexNode, NodeKind
from index.query import in_periods
from minutebook.dates import find_dates
from minutebook.vocabulary import SITTING_HEADINGS, alternation

# a later sitting's heading, as :mod:`service.sittings_asked` reads it (not "Adjournment", the first day's end)
_LATER_SITTING = re.compile(rf"^\W*{alternation(SITTING_HEADINGS[1:])}\b", re.I)
# the same heading printed as a divider line inside the item it resumed ("--- Reconvened meeting, Tuesday 3 April 2035,
# 2.00 pm ---"), or the later day given in the minutes' heading ("... held on Tuesday 27 March 2035 ..., and reconvened
# on Tuesday 3 April 2035"): the text that follows, as far as a date is printed
_SITTING_SAID = re.compile(rf"(?:^|\n)[^\w\n]*(?:{alternation(SITTING_HEADINGS[1:])})\b[^\n]{{0,60}}|"
                           rf"\b(?:and\s+)?(?:reconvened|resumed)\s+on\s+[^\n]{{0,50}}", re.I)


def sitting_days(nodes: Iterable[IndexNode]) -> dict[str, set[dt.date]]:
    """Each meeting's later sittings' days (meeting key -> days), from the headings of its minutes' parts that print
    one with its year, after the meeting's own date, or print it as a divider in the item it resumed or in the
    minutes' heading ("and reconvened on Tuesday 3 April 2035")."""
    out: dict[str, set[dt.date]] = {}
    for n in nodes:
        title = n.citation.item_title
        if not n.citation.minute and _LATER_SITTING.match(title):
            said = [title]
        elif n.kind in (NodeKind.HEADER, NodeKind.PASSAGE) and _SITTING_SAID.search(n.body):
            said = [m.group(0) for m in _SITTING_SAID.finditer(n.body)]
        else:
            continue
        days = {f.date for text in said for f in find_dates(text) if f.explicit_year and f.date > n.meeting_date}
        if days:
            out.setdefault(n.meeting_key, set()).update(days)
    return out


def periods_sat(periods: list[tuple[dt.date, dt.date]], held: dict[str, dt.date],
                sittings: dict[str, set[dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """``periods`` with each one no meeting of ``held`` (key -> date) was held in, but a later sitting of one of them
    was, read as that meeting's own date."""
    out: list[tuple[dt.date, dt.date]] = []
    for period in periods:
        if any(in_periods(d.isoformat(), [period]) for d in held.values()):
            out.append(period)
            continue
        sat = sorted(held[k] for k, days in sittings.items() if k in held
                     and any(in_periods(d.isoformat(), [period]) for d in days))
        out.extend([(d, d) for d in sat] or [period])
    return out
