"""What kind of thing a question asks for, and whether the quotes hold one of that kind on what it asks about.

A route can find the subject and still quote nothing of the kind asked: "how much land does Cllr Davies own near
the Llandeilo bypass", "what did the borough councillor report", "what was item 9(vi) about", met only by the
declarations item's "personal interest in 9.1 Notice of Motion - Llandeilo Bypass" (which says an interest was
declared in it, nothing of what it held); "what's the name of the vice chair" met by "The Vice Chair led the Board
in a tribute to Cllr Roger Wilson" (a name, but not the vice chair's). Each check reads the question for the kind
asked (by how people ask, not one question's words) and the quotes for one of that kind, beside the thing asked
about. The words are council usage (minutebook.vocabulary).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import ITEM_ROLES
from service.papers import Asked
from service.schemas import Answer

# the declarations item ("Declarations of Interest", "Disclosures of Interest"): it names other items only as what
# interests were declared in
DECLARATIONS_ITEM = re.compile(ITEM_ROLES["declarations"].form, re.I)
# a question on interests, or on who: a declaration says who declared what, and why ("as a neighbouring landowner")
ASKS_OF_INTERESTS = re.compile(r"\b(?:declar\w*|interests?|disclos\w*|conflict\w*|withdr[ae]w\w*|left\s+the\s+room|"
                               r"dispensation\w*|related|relative|governor|trustee|employ\w*|member\s+of)\b", re.I)
ASKS_WHO = re.compile(r"^\s*(?:and\s+)?(?:who(?:m|se|['’]s)?|which\s+(?:[\w'’-]+\s+){0,2}?(?:councillors?|members?|"
                      r"cllrs?|people|person))\b", re.I)
ANSWERING_ROUTES = ("facts", "resolved", "resolved_on_point")


def declared_only(asked: Asked, answer: Answer, route: str) -> str | None:
    """The subject met only in the declarations item: a member's interest "in item 23/38 (Quarry Lane Drainage)"
    says the item was on the agenda and who had an interest in it, not what was said, decided or given in it. A
    question on interests, or on who, is answered by it."""
    if route not in ANSWERING_ROUTES or not answer.citations:
        return None
    if ASKS_OF_INTERESTS.search(asked.question) or ASKS_WHO.search(asked.question):
        return None
    if not all(DECLARATIONS_ITEM.search(c.item_title) for c in answer.citations):
        return None
    return "The papers name it only among the interests members declared, not what was said or decided on it."
