"""An opened minute book for one audience: what the HTTP service, the web page, the CLI and the Slack bot ask.

The composition root (``entry.compose``) builds it from an open catalogue, index and answerer and gives each
surface the one for its audience: the deployment's (entitled only where ``MINUTEBOOK_INCLUDE_EXEMPT`` is set)
for the HTTP service and the CLI, always the public one for Slack (:meth:`Minutebook.public`). Every read
applies that audience, so no surface checks exemption itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from index.fusion import Hit
from index.query import SearchFilters
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue, ItemRecord, MeetingSummary
from ingest.register import read_register
from minutebook.errors import InvalidQueryError
from minutebook.model import Action, ActionStatus, Audience, Citation, DocumentKind, Meeting
from minutebook.settings import Settings
from service.answer import Answerer
from service.schemas import Answer


class Minutebook:
    """Answers, hits, meetings, items, follow-ups and feedback, as ``audience`` may see them."""

    def __init__(
        self, settings: Settings, catalogue: Catalogue, index: MinutebookIndex, answerer: Answerer, audience: Audience
    ) -> None:
        self.settings = settings
        self.catalogue = catalogue
        self.index = index
        self.answerer = answerer
        self.audience = audience

    def for_audience(self, audience: Audience) -> Minutebook:
        """The same open papers, for another audience."""
        return Minutebook(self.settings, self.catalogue, self.index, self.answerer, audience)

    def public(self) -> Minutebook:
        """The same open papers for anyone (a Slack channel): never exempt material, whatever the deployment."""
        return self.for_audience(Audience.public())

    # ------------------------------------------------------------------ answers

    def ask(
        self,
        question: str,
        *,
        committee: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        context: Sequence[str] = (),
    ) -> Answer:
        """Answer ``question`` from the papers. ``context``: earlier questions of the same conversation."""
        question = self._check_question(question)
        filters = self._filters(committee, date_from, date_to)
        return self.answerer.answer(question, filters, context=list(context))

    def search(
        self,
        question: str,
        *,
        k: int = 10,
        committee: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        doc_kind: str | None = None,
    ) -> list[Hit]:
        """Ranked hits, one per citable item, each with its :class:`~minutebook.model.Citation`."""
        question = self._check_question(question)
        if not 1 <= k <= self.settings.max_k:
            raise InvalidQueryError(f"k must be between 1 and {self.settings.max_k}")
        filters = self._filters(committee, date_from, date_to, doc_kind)
        return self.index.search(question, k=k, filters=filters)

    def _check_question(self, question: str) -> str:
        question = " ".join(question.split())
        if not question:
            raise InvalidQueryError("the question is empty")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQueryError(f"the question is longer than {self.settings.max_question_chars} characters")
        return question

    def _filters(
        self, committee: str | None, date_from: dt.date | None, date_to: dt.date | None, doc_kind: str | None = None
    ) -> SearchFilters:
        # date_from after date_to is an empty range, not an error: nothing was held in it
        return SearchFilters(
            committee=self._committee(committee),
            date_from=date_from,
            date_to=date_to,
            doc_kind=_kind(doc_kind),
            audience=self.audience,
        )

    def _committee(self, committee: str | None) -> str | None:
        """The committee's name as the papers write it (any case or spacing asked); unknown: 422 naming those known.

        One rule for every surface that filters by committee (answers, hits, meetings, follow-ups)."""
        if committee is None:
            return None
        known = {c.lower(): c for c in self.catalogue.committees()}
        found = known.get(" ".join(committee.split()).lower())
        if found is None:
            raise InvalidQueryError(f"no committee called {committee!r}; known: {', '.join(known.values())}")
        return found

    # ------------------------------------------------------------------ the minute book

    def committees(self) -> list[str]:
        return self.catalogue.committees()

    def meetings(
        self, committee: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[MeetingSummary]:
        """Meetings in the papers, newest first, their item counts of what the audience may see."""
        return self.catalogue.meetings(self._committee(committee), date_from, date_to, self.audience)

    def meeting(self, key: str) -> Meeting:
        """One meeting with attendance, declarations, items and agenda, less what the audience may not see."""
        return self.catalogue.meeting(key, self.audience)

    def item(self, key: str) -> ItemRecord:
        """One minute or agenda item with its meeting and paper; not found when the audience may not see it."""
        return self.catalogue.item(key, audience=self.audience)

    # ------------------------------------------------------------------ follow-ups and feedback

    def actions(
        self,
        *,
        committee: str | None = None,
        status: ActionStatus | None = None,
        as_of: dt.date | None = None,
    ) -> list[Action]:
        """The follow-up register, filtered; recomputed from the papers when ``as_of`` is given."""
        committee = self._committee(committee)
        return read_register(self.catalogue, self.audience, committee=committee, status=status, as_of=as_of)

    def record_feedback(
        self,
        question: str,
        answer: str,
        helpful: bool,
        *,
        reason: str | None = None,
        user: str | None = None,
        channel: str | None = None,
        citations: Sequence[Citation] = (),
    ) -> None:
        self.catalogue.add_feedback(question, answer, helpful, reason, user, channel, list(citations))

    def stats(self) -> dict[str, int]:
        """Nodes and vectors in the open index (what ``/healthz`` reports)."""
        return self.index.stats()


def _kind(kind: str | None) -> str | None:
    """A document kind (``minutes``, ``agenda``, ...); unknown: 422 naming the kinds there are."""
    if kind is None:
        return None
    try:
        return DocumentKind(kind.strip().lower()).value
    except ValueError:
        raise InvalidQueryError(
            f"no document kind called {kind!r}; known: {', '.join(k.value for k in DocumentKind)}"
        ) from None
