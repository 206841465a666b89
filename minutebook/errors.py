"""The named errors of minutebook.

Every error a user can cause or meet is one of these; the CLI turns them into
exit messages and the service into JSON errors with an HTTP status, each in
one place (``entry.cli`` and ``service.errors``).
"""

from __future__ import annotations

from enum import StrEnum


class MinutebookError(Exception):
    """Base of every error minutebook raises on purpose."""


class IngestReason(StrEnum):
    """Why a file could not be read, in one word a clerk understands."""

    EMPTY = "empty"
    ENCRYPTED = "encrypted"
    SCANNED = "scanned"  # no text layer: an image of a page
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    TIMEOUT = "timeout"
    TOO_LARGE = "too-large"  # more than a reader may take: size, text, memory or nesting over the limits
    CRASHED = "crashed"  # the reader failed on this file in a way it does not know (the error is logged)
    NO_STRUCTURE = "no-structure"  # read, but no meeting could be found in it


class IngestError(MinutebookError):
    """A paper that could not be read or understood. The batch goes on without it."""

    def __init__(self, reason: IngestReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return f"{self.reason.value}: {self.message}"


class StoreError(MinutebookError):
    """The store (catalogue, vectors, lexical index) cannot be used as asked."""


class StoreLockedError(StoreError):
    """Another process is writing to this store."""


class NotFoundError(MinutebookError):
    """A meeting, minute, document or action that does not exist."""


class InvalidQueryError(MinutebookError):
    """A question or filter that cannot be answered as given."""


class BackendError(MinutebookError):
    """An optional backend (LLM, Chroma server, Slack) failed or timed out."""


class StoreFormatError(StoreError):
    """A store written in another layout than this minutebook reads: it must be ingested again."""
