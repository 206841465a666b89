"""A figure asked of one month, quarter or season, and quotes that give it for another.

"What's the on-call availability in the fourth quarter" against "availability of 71.4% in the third quarter"; "the
car park income for the winter" against "£38,900 for the summer season"; "the footfall on Tuesdays" against "had
fallen by 18% on Mondays"; "a&e 4 hr performance for january" against "the four-hour A&E standard for 76.2% of
attendances in February". The figure is there, but of another period: where the quoted sentences with a figure name
a month, quarter, season or day of the week and none names the one asked, the papers do not give what is asked. (A
month asked may name the meeting instead, "the apologies in march": a quote from a meeting held in that month
answers it.)
"""

from __future__ import annotations

import re

from minutebook.dates import MONTHS
from minutebook.vocabulary import QUARTER_NAMES, QUARTER_PRINTED, QUARTER_TYPED, SEASONS
from service.evidence import has_money, has_quantity
from service.figures_asked import RECORD_ROUTES, asks_figure, quoted_pieces
from service.papers import Asked
from service.schemas import Answer

_SEASON = re.compile(rf"\b({SEASONS.form})\b", re.I)
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.I)
# a month a figure is asked of: "performance for january", "the waiting list in feb" (not a day's date, "on 3 march",
# nor a meeting's month and year, "asked for in June 2020"; nor a range's end, "since march"); a month a quote
# names, as papers print it ("in February", "February 2038")
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_ASKED = re.compile(rf"\b(?:for|in|during|over|of)\s+(?:the\s+month\s+of\s+)?({_MONTHS})\b(?!,?\s*\d)",
                          re.I)
_MONTH_PRINTED = re.compile(r"\b(" + "|".join(m.title() for m in sorted(MONTHS, key=len, reverse=True)
                                              if len(m) > 3 or m == "may") + r")\b")
_QUARTER_TYPED = re.compile(rf"\b{QUARTER_TYPED.form}\b", re.I)
_QUARTERS = {n: re.compile(r"\b(?:" + QUARTER_PRINTED.form.format(n=n, word=word, ordinal=ordinal) + r")\b", re.I)
             for n, (word, ordinal) in QUARTER_NAMES.items()}


def _quarters(text: str) -> set[int]:
    return {n for n, printed in _QUARTERS.items() if printed.search(text)}


def _seasons(text: str) -> set[str]:
    return {m.lower() for m in _SEASON.findall(text)}


def _weekdays(text: str) -> set[str]:
    return {m.lower() for m in _WEEKDAY.findall(text)}


def _months(text: str) -> set[int]:
    return {MONTHS[m.lower()] for m in _MONTH_PRINTED.findall(text)}


def _months_asked(question: str, figure_asked: bool) -> set[int]:
    return {MONTHS[m.group(1).lower()] for m in _MONTH_ASKED.finditer(question)
            if not re.search(r"\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?$", question[:m.start(1)])
            and (figure_asked or not m.group(0).lower().startswith("in"))}


def period_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quoted figures are not of the month, quarter, season or weekday asked; None where one is, or none is
    asked."""
    if route in RECORD_ROUTES or not answer.citations:
        return None
    question = asked.question
    quarters = _quarters(question) | {int(m.group(1)) for m in _QUARTER_TYPED.finditer(question)}
    seasons = _seasons(question) if not quarters else set()
    days = _weekdays(question)
    # (a month the meeting quoted was held in is the meeting's: "what did the board hear in march"; and a month
    # something happened "in", where no figure is asked, names a meeting: "they kicked it down the road in december,
    # what happened when it came back"; a figure "for january" is the month's)
    months = _months_asked(question, asks_figure(asked.plan.corrected)) - {c.meeting_date.month
                                                                        for c in answer.citations}
    if not quarters and not seasons and not days and not months:
        return None
    figures = [f"{c.item_title}\n{lead}\n{s}" for c, lead, s in quoted_pieces(answer)
               if has_money(s) or has_quantity(s)]
    for asked_for, printed_in, kind in ((months, _months, "month"), (quarters, _quarters, "quarter"),
                                        (seasons, _seasons, "season"), (days, _weekdays, "day of the week")):
        named = [printed_in(f) for f in figures]
        if asked_for and any(named) and not any(n & asked_for for n in named):
            return f"The papers give that figure for another {kind}."
    return None
