"""The default answerer: no LLM, never invents. It routes by what is asked and quotes the papers.

- attendance, apologies, chair  → the meeting's attendance record (:mod:`service.records`);
- declarations of interest      → the meeting's declarations, or its "no declarations" minute (same);
- the next meeting              → the meeting's "date and time of next meeting" item (same);
- follow-ups                    → the follow-up register, status with its evidence (:mod:`service.followups`);
- what was resolved             → the matching minutes' resolutions, newest first (:mod:`service.resolutions`);
- anything else (facts)         → the best supporting sentences of the best items (:mod:`service.facts`).

Each route is a function of the papers (:class:`service.papers.Papers`) and the question as read once
(:class:`service.papers.Asked`).

Every sentence of an answer ends in [n] markers; each citation carries a
verbatim quote. When the evidence is weak the answer is ``found: false`` with no
citations. Weak means: a date or meeting the question names is not in the papers,
or the best item lacks the words the question turns on (see ``service.evidence``),
or a question for a figure meets text without one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from index.query import SearchFilters
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue
from service.drafting import not_found
from service.evidence import stem_map, stems
from service.facts import facts
from service.followups import followups
from service.papers import Asked, Papers
from service.records import attendance, declarations, next_meeting
from service.resolutions import resolved
from service.schemas import Answer

__all__ = ["Answerer", "Asked", "ExtractiveAnswerer"]

STATUS_WORDS = re.compile(
    r"\b(outstanding|overdue|still|yet|done|complete\w*|circulated|sent|arriv\w*|where\s+are\s+we|"
    r"follow[- ]?ups?|chased|happened\s+to|c[oa]me\s+back|c[oa]me\s+of)\b",
    re.I,
)

Route = Callable[[Papers, Asked], Answer | None]


class Answerer(Protocol):
    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer: ...


class ExtractiveAnswerer:
    """Answers composed from the catalogue and retrieved passages, quoting them verbatim.

    Everything it reads goes through the reads that apply the question's audience: the index's searches and
    item nodes, the catalogue's meetings, and the follow-up register.
    """

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, *, public_url: str | None) -> None:
        self.papers = Papers(catalogue, index, public_url)

    @property
    def public_url(self) -> str | None:
        return self.papers.public_url

    def ask(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Asked:
        """Read the question once: its plan, the filters it implies, the search, and its content terms."""
        papers = self.papers
        papers.refresh()
        plan = papers.index.plan(question)
        if plan.committee and not filters.committee:
            filters = dataclasses.replace(filters, committee=plan.committee)
        query = " ".join([*context[-1:], question])
        searched = plan if query == question else papers.index.plan(query)  # each text is planned once
        hits = papers.index.search(query, k=10, filters=filters, plan=searched)
        committees = [plan.committee] if plan.committee else []
        committees += [c for c in papers.catalogue.committees() if c.lower() in query.lower()]
        drop = set(stems(" ".join(committees)))
        terms = {t: w for t, w in stem_map(query).items() if t not in drop}
        return Asked(question, query, plan, filters, hits, terms)

    def answer(self, question: str, filters: SearchFilters, *, context: Sequence[str] = ()) -> Answer:
        return self.answer_asked(self.ask(question, filters, context=context))

    def answer_asked(self, asked: Asked) -> Answer:
        """Route a question read by :meth:`ask` by what it asks for; the first route with an answer gives it."""
        wants = asked.plan.wants
        routes: list[Route] = []
        if "next_meeting" in wants:
            routes.append(next_meeting)
        if "declaration" in wants:
            routes.append(declarations)
        if "attendance" in wants:
            routes.append(attendance)
        if "followup" in wants and ("resolution" not in wants or STATUS_WORDS.search(asked.question)):
            routes.append(followups)
        if "resolution" in wants:
            routes.append(resolved)
        routes.append(facts)
        for route in routes:
            result = route(self.papers, asked)
            if result is not None:
                return result
        return not_found()
