"""The shapes the service speaks: requests and answers. Field names of ``AskRequest``/``Answer`` are a contract."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from minutebook.model import ActionStatus, Citation


class AskRequest(BaseModel):
    """A member's question, with optional limits on where to look."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, description="The question, in plain words.")
    committee: str | None = Field(default=None, description="Only this committee's papers.")
    date_from: dt.date | None = Field(default=None, description="Only meetings on or after this date.")
    date_to: dt.date | None = Field(default=None, description="Only meetings on or before this date.")


class Answer(BaseModel):
    """An answer in plain English: every sentence ends in [n] markers, each a citation below.

    ``found`` is false, with no citations, when the papers do not hold the answer. ``status`` is set for
    follow-up questions: where the action asked about stands.
    """

    answer: str
    found: bool
    citations: list[Citation] = Field(default_factory=list)
    status: ActionStatus | None = None
    mode: str = Field(default="extractive", description="Which answerer wrote it: extractive or llm.")


NOT_FOUND = "I could not find this in the papers."


def item_url(public_url: str | None, key: str) -> str:
    """The service's page for an item (``GET /items/{key}``): absolute when ``public_url`` is set, else a path."""
    return f"{(public_url or '').rstrip('/')}/items/{key}"
