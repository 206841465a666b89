"""The shapes the service speaks: requests and answers. Field names of ``AskRequest``/``Answer`` are a contract."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from minutebook.model import ActionStatus, Citation


def _iso_date(value: Any) -> Any:
    """Only a date written YYYY-MM-DD (pydantic alone would take ``0`` as 1 January 1970)."""
    if isinstance(value, dt.date) or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return value
    raise ValueError("must be a date written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]
QUESTION_CHARS = 1000  # the default limit of a question (MINUTEBOOK_MAX_QUESTION_CHARS); the schema states it


class AskRequest(BaseModel):
    """A member's question, with optional limits on where to look."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(
        min_length=1,
        max_length=QUESTION_CHARS,
        pattern=r"\S",
        description=f"The question, in plain words: at most {QUESTION_CHARS:,} characters, not only spaces.",
    )
    committee: str | None = Field(
        default=None, description="Only this committee's papers (any case); unknown: 422 naming those known."
    )
    date_from: IsoDate | None = Field(default=None, description="Only meetings on or after this date (YYYY-MM-DD).")
    date_to: IsoDate | None = Field(
        default=None, description="Only meetings on or before this date (YYYY-MM-DD); before date_from: none."
    )


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


class ErrorBody(BaseModel):
    """Every error: what kind, and one line saying what was wrong (422s also list each problem)."""

    error: str = Field(description="invalid_request, invalid_query, unauthorised, not_found, store_unavailable, ...")
    message: str
    problems: list[str] | None = None
