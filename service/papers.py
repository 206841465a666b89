"""What every answer route reads: the question as read once (:class:`Asked`), and the papers as the routes
share them (:class:`Papers`): the catalogue and the index through their audience-applying reads, term weights
over the store, the days meetings were held, and how well an item supports a question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from index.fusion import Hit
from index.nodes import IndexNode
from index.query import QueryPlan, SearchFilters
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue
from minutebook.model import Citation, Meeting, MinuteItem
from service.drafting import Draft
from service.evidence import TermWeights, stems, words

# Calibrated on the shared dev set (see evals/ and the README); generic, not per question.
ITEM_SUPPORT = 0.70  # share of the question's term weight the best item must contain
PARAPHRASE = 0.65  # a question word counts as present when the item has a word this close in meaning


@dataclass
class Asked:
    """A question as the answerer reads it, made once per question and passed to every route.

    ``text`` is what was searched (the question, after the conversation's last question when there is one);
    ``plan`` is the question's own plan; ``filters`` carry the caller's limits and audience (and the committee
    the question names); ``hits`` the search's; ``terms`` the content terms (stem → the word asked).
    """

    question: str
    text: str
    plan: QueryPlan
    filters: SearchFilters
    hits: list[Hit]
    terms: dict[str, str]


class Papers:
    """The papers as the routes read them; term weights and meeting days are rebuilt when the store changes."""

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, public_url: str | None) -> None:
        self.catalogue = catalogue
        self.index = index
        self.public_url = public_url
        self._cache_key = ""
        self.weights = TermWeights([])
        self.documents: dict[str, str] = {}  # meeting key -> file name its minutes are cited from
        self.meeting_dates: set[dt.date] = set()  # the days meetings in the papers were held

    def refresh(self) -> None:
        """Term weights and meeting days, rebuilt when the store changes."""
        self.index.sync()
        generation = self.index.generation()
        if generation == self._cache_key:
            return
        counts = self.index.term_counts()  # kept at ingest; counted here for a store written without them
        self.weights = TermWeights.from_counts(*counts) if counts else TermWeights(n.body for n in self.index.nodes())
        self.documents = {}
        self.meeting_dates = {s.date for s in self.catalogue.meetings()}
        self._cache_key = generation

    def draft(self) -> Draft:
        return Draft(self.public_url)

    def support(self, asked: Asked, key: str) -> float:
        """How much of what the question turns on the item ``key`` contains, paraphrases included."""
        nodes = self.index.item_nodes(key, asked.filters.audience)
        present = _item_stems(nodes)
        missing = [t for t in asked.terms if t not in present]
        if missing:
            vocab = _item_vocab(nodes)
            for t in missing:
                if vocab and max(self.index.similarities(asked.terms[t], vocab)) >= PARAPHRASE:
                    present = present | {t}
        return self.weights.coverage(list(asked.terms), present)

    def minutes_document(self, meeting: Meeting) -> str:
        """The file name of the paper the meeting's minutes (else its agenda) come from; looked up once."""
        if meeting.key not in self.documents:
            s = next((s for s in self.catalogue.meetings(meeting.committee, meeting.date, meeting.date)
                      if s.key == meeting.key), None)
            self.documents[meeting.key] = Path((s.minutes_document or s.agenda_document or "") if s else "").name
        return self.documents[meeting.key]

    def item_citation(self, meeting: Meeting, item: MinuteItem, quote: str, resolution: str | None = None) -> Citation:
        return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=item.number,
                        resolution=resolution, item_title=item.title, document=self.minutes_document(meeting),
                        page=item.pages[0] if item.pages else None, quote=quote)  # fmt: skip

    def held(self, plan: QueryPlan) -> bool:
        """Do the question's dates fall on or before the newest meeting in the papers (not a future one)?"""
        return bool(self.meeting_dates) and min(a for a, _ in plan.periods) <= max(self.meeting_dates)


def _item_stems(nodes: list[IndexNode]) -> set[str]:
    title = nodes[0].citation.item_title if nodes else ""
    return set(stems(" ".join([title, *(n.body for n in nodes)])))


def _item_vocab(nodes: list[IndexNode]) -> list[str]:
    text = " ".join([nodes[0].citation.item_title if nodes else "", *(n.body for n in nodes)])
    return sorted({w for w in words(text) if w.isalpha() and len(w) > 2 and stems(w)})
