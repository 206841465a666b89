"""An opened minute book: catalogue, index and answerer, shared by the HTTP service, the CLI and the Slack bot.

Open it once per process (``Minutebook.open(settings)``); it holds the store's
writer lock when the vectors are embedded, so an ``ingest`` started while the
service runs gets a clear error naming the service instead of corrupting it.
"""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from index.query import SearchFilters
from minutebook.errors import InvalidQueryError, NotFoundError
from minutebook.model import Action, ActionStatus, Citation, item_key, meeting_key
from minutebook.settings import Settings
from service.schemas import Answer

if TYPE_CHECKING:
    from index.store import Hit, MinutebookIndex
    from ingest.catalogue import Catalogue


class Minutebook:
    """What the service and the bot ask of the papers: answers, hits, meetings, follow-ups, feedback."""

    def __init__(self, settings: Settings, catalogue: Catalogue, index: MinutebookIndex) -> None:
        from service.answer import build_answerer

        self.settings = settings
        self.catalogue = catalogue
        self.index = index
        self.answerer = build_answerer(
            settings, catalogue, index, lambda f: self.actions(committee=f.committee, public=not f.include_exempt)
        )

    @classmethod
    def for_index(cls, index: MinutebookIndex) -> Minutebook:
        """The minute book over an index already open (the evaluation harness's), built once per index."""
        mb = _BY_INDEX.get(index)
        if mb is None:
            from ingest.catalogue import Catalogue

            mb = _BY_INDEX[index] = cls(index.settings, Catalogue(index.settings.catalogue_path), index)
        return mb

    @classmethod
    @contextmanager
    def open(cls, settings: Settings) -> Iterator[Minutebook]:
        """Open the store read-only for answering (the catalogue stays writable for feedback)."""
        from index.store import open_index
        from ingest.catalogue import Catalogue

        with Catalogue(settings.catalogue_path) as catalogue, open_index(settings, writer=False) as index:
            yield cls(settings, catalogue, index)

    # ------------------------------------------------------------------ answers

    def ask(
        self,
        question: str,
        *,
        committee: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        context: Sequence[str] = (),
        public: bool = False,
    ) -> Answer:
        """Answer ``question`` from the papers. ``context``: earlier questions of the same conversation.

        ``public`` answers as if to anyone (a Slack channel): exempt material is never used, whatever the
        deployment's ``include_exempt``.
        """
        question = self._check_question(question)
        filters = self._filters(committee, date_from, date_to, public)
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
        public: bool = False,
    ) -> list[Hit]:
        question = self._check_question(question)
        if not 1 <= k <= self.settings.max_k:
            raise InvalidQueryError(f"k must be between 1 and {self.settings.max_k}")
        filters = self._filters(committee, date_from, date_to, public, doc_kind)
        return self.index.search(question, k=k, filters=filters)

    def _check_question(self, question: str) -> str:
        question = " ".join(question.split())
        if not question:
            raise InvalidQueryError("the question is empty")
        if len(question) > self.settings.max_question_chars:
            raise InvalidQueryError(f"the question is longer than {self.settings.max_question_chars} characters")
        return question

    def _filters(
        self,
        committee: str | None,
        date_from: dt.date | None,
        date_to: dt.date | None,
        public: bool,
        doc_kind: str | None = None,
    ) -> SearchFilters:
        if date_from and date_to and date_from > date_to:
            raise InvalidQueryError("date_from is after date_to")
        if committee:
            known = {c.lower(): c for c in self.catalogue.committees()}
            asked, committee = committee, known.get(" ".join(committee.split()).lower())
            if committee is None:
                raise InvalidQueryError(f"no committee called {asked!r}; known: {', '.join(known.values())}")
        return SearchFilters(
            committee=committee,
            date_from=date_from,
            date_to=date_to,
            doc_kind=doc_kind,
            include_exempt=self.settings.include_exempt and not public,
        )

    # ------------------------------------------------------------------ follow-ups and feedback

    def actions(
        self,
        *,
        committee: str | None = None,
        status: ActionStatus | None = None,
        as_of: dt.date | None = None,
        public: bool = False,
    ) -> list[Action]:
        """The follow-up register, filtered; recomputed from the papers when ``as_of`` is given.

        Actions arising from exempt minutes are left out unless this deployment serves exempt material
        (and never when ``public``).
        """
        from ingest.actions import register

        actions = register(self.catalogue, committee=committee, status=status, as_of=as_of)
        if self.settings.include_exempt and not public:
            return actions
        return [a for a in actions if not self._exempt(a)]

    def _exempt(self, a: Action) -> bool:
        key = item_key(meeting_key(a.committee, a.meeting_date), a.minute, a.item_title)
        try:
            return self.catalogue.item(key, "minute").item.exempt
        except NotFoundError:
            return True  # not in the minutes we serve: do not vouch for it

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


_BY_INDEX: weakref.WeakKeyDictionary[MinutebookIndex, Minutebook] = weakref.WeakKeyDictionary()
