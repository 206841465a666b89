"""A meeting's particulars as its header prints them: when it began ("Minutes of Meeting of the Highland Council
held in the Council Chamber ... on Thursday, 28 June 2018 at 10.35am", "Cabinet - Tuesday, 14th March, 2023
6.30 pm"), cited to the header by its heading. Where it was held is :func:`service.records.venue`'s; the header's
other lines (the contact officer, a call-in deadline, "via Microsoft Teams") are quoted by the facts route, which
sees the header only when a question asks for such particulars (:attr:`index.query.QueryPlan.asks_particulars`)."""

from __future__ import annotations

from service.drafting import not_found, when
from service.papers import Asked, Papers
from service.records import meetings_asked
from service.schemas import Answer


def starting_time(papers: Papers, asked: Asked) -> Answer | None:
    """When the meeting asked about began, as its header prints the time; None where the header prints none (a time
    read from elsewhere, an agenda's cover, is not quoted as the minutes')."""
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    for m in meetings:
        cite = papers.header_citation(m, m.time.rstrip(" .") if m.time else "")
        if cite is not None:
            draft = papers.draft()
            draft.say(f"{m.committee}, {when(m.date)}: the meeting began at {cite.quote}.", cite)
            return draft.done()
    return None
