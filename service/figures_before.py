"""A figure asked as it stood before a change, where the quotes give only the figure after it.

"How much rent were they paying on the depot before the renewal" met by "That the lease be renewed for 15 years at
£96,000 a year"; "what was the old hire charge" met by "the hire charge will be £14 an hour from April"; "what did
the allowance used to be" met by "the allowance was set at £1,250". The passage is on the subject and gives a figure,
but the figure is the new level: the question asks the one it replaced. A quoted figure answers in a sentence that
names the earlier level beside it (minutebook.vocabulary.EARLIER_SAID: "the current rent of £82,000", "increased
from £82,000 to £96,000", "up from £4.50"), or in a sentence of the paper's own past that no change is spoken of
in.
"""

from __future__ import annotations

from minutebook.vocabulary import EARLIER_ASKED, EARLIER_SAID, NEW_LEVEL_SAID, compiled
from service.evidence import asks_money, has_money, has_quantity, sentences
from service.facts import figure_first
from service.figures_ahead import WHAT_FIGURE
from service.papers import Asked
from service.schemas import Answer

ASKED = compiled((EARLIER_ASKED,), r"\b{}")
SAID = compiled((EARLIER_SAID,), r"\b{}\b")
NEW_LEVEL = compiled((NEW_LEVEL_SAID,))
ROUTES = ("facts", "resolved", "resolved_on_point")


def earlier_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """The figure before a change asked ("before the renewal", "the old charge", "used to be"), where every quoted
    sentence with a figure sets or offers the new level and none names an earlier one."""
    question = asked.question
    if route not in ROUTES or not answer.citations or not ASKED.search(question) \
            or not (asks_money(question) or figure_first(question) or WHAT_FIGURE.search(question)):
        return None
    figure = has_money if asks_money(question) else has_quantity  # a rent asked: "for five years" is no rent
    figured = [s for c in answer.citations for s in sentences(c.quote) if figure(s)]
    if not figured or any(SAID.search(s) or not NEW_LEVEL.search(s) for s in figured):
        return None
    return "The papers give the new figure, not what it was before."
