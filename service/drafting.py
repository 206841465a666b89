"""Drafting an answer: sentences with [n] markers, the citations they point at, and the not-found answer."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from minutebook.model import ActionStatus, Citation
from minutebook.vocabulary import REMOTE_VENUE
from service.links import citation_url
from service.schemas import NOT_FOUND, Answer


@dataclass
class Draft:
    """An answer being written: sentences with [n] markers, and the citations they point at."""

    public_url: str | None  # citation links: absolute against it when set, else paths (made absolute per request)
    parts: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def cite(self, c: Citation) -> int:
        for existing in self.citations:
            if (existing.meeting_date, existing.minute, existing.resolution, existing.item_title, existing.quote) == (
                c.meeting_date, c.minute, c.resolution, c.item_title, c.quote
            ):
                return existing.n
        n = len(self.citations) + 1
        url = c.url or citation_url(self.public_url, c)
        # the paper by its file name: the register keeps where a paper was read from, which is the server's business
        document = PurePath(c.document).name if c.document else c.document
        self.citations.append(c.model_copy(update={"n": n, "url": url, "document": document}))
        return n

    def say(self, sentence: str, *citations: Citation) -> None:
        """Add a sentence with its [n] markers; a sentence that only quotes again what is already quoted from the
        same place is not said again (a sentence that says something of its own, a status, is)."""
        flat = " ".join(sentence.split())
        if citations and all(self.said(c) and " ".join(c.quote.split()) in flat for c in citations):
            return
        marks = "".join(f"[{self.cite(c)}]" for c in citations)
        self.parts.append(f"{sentence.rstrip()} {marks}".rstrip())

    def line(self, lead: str, pieces: list[tuple[str, Citation]]) -> None:
        """One line of several cited pieces ("9 November 2023 — <what it heard> [1] Resolved (...): ... [2]"),
        each piece with its own marker; a piece already quoted from the same place is left out."""
        said = [f"{text.rstrip()} [{self.cite(c)}]" for text, c in pieces
                if not (self.said(c) and " ".join(c.quote.split()) in " ".join(text.split()))]
        if said:
            self.parts.append(lead + " ".join(said))

    def said(self, c: Citation) -> bool:
        """Is ``c``'s quote already in the answer, cited from the same item?"""
        quote = " ".join(c.quote.split())
        return bool(quote) and any(
            (e.meeting_date, e.minute, e.item_title) == (c.meeting_date, c.minute, c.item_title)
            and quote in " ".join(e.quote.split()) for e in self.citations)

    def done(self, status: ActionStatus | None = None) -> Answer:
        if not self.parts:
            return not_found()
        return Answer(answer="\n".join(self.parts), found=True, citations=self.citations, status=status)


NO_FIGURE = "The papers give no figure of that."  # a figure asked met by quotes without one


def not_found(reason: str | None = None) -> Answer:
    return Answer(answer=f"{NOT_FOUND} {reason}".strip() if reason else NOT_FOUND, found=False, citations=[])


def when(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


REMOTE = re.compile(REMOTE_VENUE.form, re.I)


def held_where(venue: str) -> str:
    """Where a meeting was held, as its header's venue says it: "held at Lancaster Town Hall", or "held remotely
    (Venue: Remote)" where the venue says the meeting was not held in a room (a room and a remote manner both, a
    hybrid meeting's, is where it was held: "held at Chamber - County Hall and remotely")."""
    venue = venue.rstrip(".")
    if (m := HYBRID.search(venue)) and m.start() > 0:  # "Chamber - County Hall, Carmarthen and remotely": both
        return f"held at {venue}"
    return f"held remotely ({venue})" if REMOTE.search(venue) else f"held at {venue}"


# a venue naming a room and a remote manner as well: ModernGov's "Chamber - County Hall, Carmarthen. SA31 1JP and
# remotely", "Council Chamber and via Microsoft Teams" (hybrid meetings since 2021)
HYBRID = re.compile(rf"\s*(?:,|\band\b|&|/)\s*(?:(?:via|on|by)\s+)?{REMOTE_VENUE.form}.*$", re.I)


def label(minute: str | None, resolution: str | None, title: str, d: dt.date) -> str:
    """"Minute 83(3), 28 July 2020" — or the item's title where the minute has no number."""
    if minute:
        return f"Minute {minute}{f'({resolution})' if resolution else ''}, {when(d)}"
    return f"{title}, {when(d)}"
