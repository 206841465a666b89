"""A figure asked of one named place a council runs, and quotes that give it for another place of that kind.

"Swimming lesson waiting list at derrylogan leisure centre?" against "swimming lesson waiting lists at Carrowmena
Leisure Centre had reached 412": the support test finds the subject's words, but the figure is another leisure centre's.
Where the question names a place by a word the papers print as a name ("derrylogan"), before a kind of place ("leisure
centre"), and the quoted sentences giving a figure name that kind of place only by other names, never by the one asked,
the papers do not give what is asked.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import FACILITY_NAME_END
from service.evidence import has_money, has_quantity, stems
from service.figures_asked import RECORD_ROUTES, asks_figure, quoted_pieces
from service.papers import Asked, Papers
from service.schemas import Answer

_KIND = rf"(?P<kind>{FACILITY_NAME_END.form})"
_ASKED = re.compile(rf"\b(?P<name>[\w'’-]+)\s+{_KIND}\b", re.I)
# as papers print a named place: its name in capitals before the kind ("Carrowmena Leisure Centre"; not "The Village
# Hall", no name)
_PRINTED = re.compile(rf"\b(?P<name>(?-i:[A-Z])[\w'’-]*)\s+{_KIND}\b", re.I)


def _kind(text: str) -> str:
    return " ".join(stems(text.replace("center", "centre")))


def facility_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quoted figures are another place's than the named one asked; None where one is of it, or where no
    place of a kind is asked by name, or no figure is asked ("what's happened on the moor lane depot")."""
    if route in RECORD_ROUTES or not answer.citations or not asks_figure(asked.plan.corrected):
        return None
    named = [(m.group("name").lower(), _kind(m.group("kind"))) for m in _ASKED.finditer(asked.question)
             if papers.index.prints_as_name(m.group("name"))]
    if not named:
        return None
    figures = [s for _, _, s in quoted_pieces(answer) if has_money(s) or has_quantity(s)]
    for name, kind in named:
        own = set(stems(name))
        if any(own & set(stems(s)) for s in figures):
            return None  # a figure sentence names the place asked
        others = {" ".join(m.group(0).split()) for s in figures for m in _PRINTED.finditer(s)
                  if _kind(m.group("kind")) == kind and stems(m.group("name"))
                  and not own & set(stems(m.group("name")))}
        if others:
            return f"The papers give that figure for another place ({', '.join(sorted(others))}), not the one asked."
    return None
