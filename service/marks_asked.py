"""A figure asked as how far it misses its mark: "how far over budget is the West Campus", "how much behind target
are the repairs". The answer is how the figure stands against that mark (an overspend, a variance, "within budget",
"below target"); an item on the thing that prints its cost or its count, and nothing of the mark, does not say
(a capital scheme's "total cost of £78.5 million" is no overspend)."""

from __future__ import annotations

import re

from minutebook.vocabulary import MARK_MISSED_ASKED, MARK_STANDING
from service.schemas import Answer

_ASKED = re.compile(MARK_MISSED_ASKED.form, re.I)
_STANDING = re.compile(MARK_STANDING.form, re.I)


def mark_unmet(question: str, answer: Answer, route: str) -> str | None:
    """Where the question asks how far a figure misses its mark and no quote says how it stands against that mark
    (or any mark), why not; else None."""
    asked = _ASKED.search(question)
    if asked is None or route in ("attendance", "declarations", "venue") or not answer.citations:
        return None
    mark = re.compile(rf"\b{asked.group('mark')}", re.I)
    if any(_STANDING.search(c.quote) or mark.search(c.quote) for c in answer.citations):
        return None
    return f"The papers do not say how it stands against its {asked.group('mark').lower()}."
