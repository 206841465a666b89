"""A figure asked of one quarter or season, and quotes that give it for another.

"What's the on-call availability in the fourth quarter" against "availability of 71.4% in the third quarter"; "the
car park income for the winter" against "£38,900 for the summer season". The figure is there, but of another period:
where the quoted sentences with a figure name a quarter or season and none names the one asked, the papers do not
give what is asked.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import QUARTER_NAMES, QUARTER_PRINTED, QUARTER_TYPED, SEASONS
from service.evidence import has_money, has_quantity
from service.figures_asked import RECORD_ROUTES, quoted_pieces
from service.papers import Asked
from service.schemas import Answer

_SEASON = re.compile(rf"\b({SEASONS.form})\b", re.I)
_QUARTER_TYPED = re.compile(rf"\b{QUARTER_TYPED.form}\b", re.I)
_QUARTERS = {n: re.compile(r"\b(?:" + QUARTER_PRINTED.form.format(n=n, word=word, ordinal=ordinal) + r")\b", re.I)
             for n, (word, ordinal) in QUARTER_NAMES.items()}


def _quarters(text: str) -> set[int]:
    return {n for n, printed in _QUARTERS.items() if printed.search(text)}


def _seasons(text: str) -> set[str]:
    return {m.lower() for m in _SEASON.findall(text)}


def period_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quoted figures are not of the quarter or season asked; None where one is, or none is asked."""
    if route in RECORD_ROUTES or not answer.citations:
        return None
    question = asked.question
    quarters = _quarters(question) | {int(m.group(1)) for m in _QUARTER_TYPED.finditer(question)}
    seasons = _seasons(question) if not quarters else set()
    if not quarters and not seasons:
        return None
    figures = [f"{c.item_title}\n{lead}\n{s}" for c, lead, s in quoted_pieces(answer)
               if has_money(s) or has_quantity(s)]
    if not figures:
        return None
    if quarters:
        printed = [_quarters(f) for f in figures]
        if any(printed) and not any(q & quarters for q in printed):
            return "The papers give that figure for another quarter."
        return None
    named = [_seasons(f) for f in figures]
    if any(named) and not any(n & seasons for n in named):
        return "The papers give that figure for another season."
    return None
