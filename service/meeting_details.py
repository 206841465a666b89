"""Answers from a meeting's header and its opening and closing lines: where and when it was held, when it
finished, and whom its papers name as the contact. Each quotes the paper's words and cites the meeting's record
(or the item whose line it quotes)."""

from __future__ import annotations

import dataclasses
import re

from minutebook.model import Audience, Meeting
from minutebook.vocabulary import MEETING_CLOSED, MEETING_OPENED, TIME_RANGE
from service.drafting import held_where, not_found, when
from service.evidence import sentences
from service.meeting_before import asks_meeting_before, venue_before
from service.papers import Asked, Papers
from service.records import meetings_asked
from service.schemas import Answer


def venue(papers: Papers, asked: Asked) -> Answer | None:
    """Where the meeting asked about was held, as its header prints it ("Venue: Lancaster Town Hall", "held at the
    Town Hall, Moorgate", "at 7.30pm in the John Lampon Hall"), cited to the meeting's record."""
    if asks_meeting_before(asked.question):  # "where did they meet the time before": not the meeting named
        return venue_before(papers, asked)
    each = [meetings_asked(papers, a) or of_bodies_named(papers, a) for a in each_period(asked)] \
        if len(set(asked.periods)) > 1 else []
    if each and all(each):  # "were the licensing committee in march and the council in may held in the same place"
        held = list({m.key: m for ms in each for m in (ms or [])[:1] if m.venue}.values())
        if len(held) > 1:
            return venues_said(papers, held)
    meetings = meetings_asked(papers, asked, most=EACH_MOST if WHICH_MEETING.search(asked.question) else 1)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    # "which of the three sessions was held in the leader's office": each one's venue; else the likeliest meeting's
    held = [m for m in meetings if m.venue]
    return venues_said(papers, held if len(held) > 1 else held[:1]) if held else None


def venues_said(papers: Papers, held: list[Meeting]) -> Answer:
    """Where each of the meetings ``held`` was held (each prints a venue), oldest first, cited to its record."""
    draft = papers.draft()
    for m in sorted(held, key=lambda m: m.date):
        draft.say(f"{m.committee}, {when(m.date)}: {held_where(m.venue or '')}.",
                  papers.record_citation(m, m.venue or ""))
    return draft.done()


# which of several meetings is asked ("of the three sessions on file, which one was held in the leader's office",
# "which of the meetings in spring 2021 were held online"): each is read, not the likeliest one
WHICH_MEETING = re.compile(r"\bwhich\s+(?:ones?|of\s+(?:the|them|these|those|its|their)|(?:[\w&'’-]+\s+){0,2}?"
                           r"(?:meetings|sessions|sittings))\b", re.I)
EACH_MOST = 6  # meetings read for which of them it was


def of_bodies_named(papers: Papers, asked: Asked) -> list[Meeting] | None:
    """The meetings of the period asked of the bodies the question names, where the words read as naming a place
    name only another period's meetings (a committee's word its file names print: "licensing")."""
    if asked.where is None or not asked.scope:
        return None
    # (of the same council: another council's planning committee is not the one asked)
    councils = {s.council for s in papers.meetings() if s.key in asked.where}
    found = meetings_asked(papers, dataclasses.replace(asked, where=None))
    return [m for m in found or [] if m.committee in asked.scope and m.council in councils] or None


def each_period(asked: Asked) -> list[Asked]:
    """The question asked of each period it names, of any body it names (not only the one the filters chose): "the
    licensing committee in march and the county council in may" is asked of March's meetings and of May's, each
    preferring a body it names."""
    named = list(dict.fromkeys([*(c for b in asked.plan.bodies for c in b.committees[:1]),
                                *([asked.filters.committee] if asked.filters.committee else []), *asked.scope]))
    filters = asked.filters if asked.filters.committee != asked.plan.committee else dataclasses.replace(
        asked.filters, committee=None)  # a committee the reader chose stays chosen
    return [dataclasses.replace(asked, periods=[p], filters=filters, scope=named)
            for p in dict.fromkeys(asked.periods)]


def contact(papers: Papers, asked: Asked) -> Answer | None:
    """Whom the papers name for enquiries about the meeting asked about, as its header prints it ("Contact: Frank
    Jeffrey 01483 743012"), cited to the meeting's record; None where it names no one, or where the question names
    no meeting or body ("who do I contact about potholes?" asks who deals with a subject, not a meeting's clerk)."""
    if not (asked.plan.names_meeting or MEETING_NOUN.search(asked.question)):
        return None
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    m = next((m for m in meetings if m.contact), None)
    if m is None or m.contact is None:
        return None
    draft = papers.draft()
    draft.say(f"{m.committee}, {when(m.date)}: the papers name {m.contact} as the contact.",
              papers.record_citation(m, m.contact))
    return draft.done()


def start_time(papers: Papers, asked: Asked) -> Answer | None:
    """When the meeting asked about began, as its header prints it ("Council - Thursday, 5th April, 2018 6.00 pm",
    "held at 7.00pm on Monday 4 February 2008"), cited to the meeting's record; None where it prints no time."""
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    for m in meetings:
        if m.time:
            draft.say(f"{m.committee}, {when(m.date)}: the meeting began at {m.time.rstrip('.')}.",
                      papers.record_citation(m, m.time))
            return draft.done()
        # a header run into the text ("Minutes of a Meeting of Groby Parish Council held at 7.00pm on Monday"), or
        # the clerk's opening line ("The meeting commenced at 7.02pm") in the first items
        for text, item in [(m.attendance_text, None), *((i.text, i) for i in m.items[:3])]:
            line = next((s for s in sentences(text) if OPENED.search(s)), None)
            if line is not None:
                cite = papers.item_citation(m, item, line) if item else papers.record_citation(m, line)
                draft.say(f"{m.committee}, {when(m.date)}: {line}", cite)
                return draft.done()
        # the times its header prints as a range ("10.00 - 10.50 am"): the first is when it began
        if (ranged := printed_range(papers, m)) is not None:
            times = ranged.group(0)
            draft.say(f"{m.committee}, {when(m.date)}: the meeting's times are printed as {times}.",
                      papers.record_citation(m, times))
            return draft.done()
    return None


def printed_range(papers: Papers, m: Meeting) -> re.Match[str] | None:
    """The times a meeting's header prints as a range ("10.00 - 10.50 am"), where the paper runs its header into the
    record of attendance, that record's; None where it prints none."""
    header = [n.body for n in papers.index.item_nodes(f"{m.key}/header", Audience.public())]
    return next((r for text in [*header, m.attendance_text] if (r := RANGED.search(text))), None)


CLOSED = re.compile(MEETING_CLOSED.form, re.I | re.M)
OPENED = re.compile(MEETING_OPENED.form, re.I)
DURATION_ASKED = re.compile(r"\bhow\s+long\b|\bstart\s+to\s+finish\b", re.I)  # a meeting's length, not its close
MEETING_NOUN = re.compile(r"\b(?:meeting|(?:sub-?)?committee|cttee|council|panel|board|cabinet|hearing)s?\b", re.I)


def closing_time(papers: Papers, asked: Asked) -> Answer | None:
    """When the meeting asked about finished, as its minutes' closing line says ("The meeting concluded at
    4.30pm"), wherever the clerk put it (most often at the end of the last item), cited to that item; None where
    the minutes print no such line."""
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    for m in meetings:
        # how long it went on ("how long did it last, start to finish"): when it began, then when it closed
        draft = papers.draft()
        if DURATION_ASKED.search(asked.question) and m.time:
            draft.say(f"{m.committee}, {when(m.date)}: the meeting began at {m.time.rstrip('.')}.",
                      papers.record_citation(m, m.time))
        for item in reversed(m.items):
            line = next((s for s in reversed(sentences(item.text)) if CLOSED.search(s)), None)
            if line is not None:
                draft.say(f"{m.committee}, {when(m.date)}: {line}", papers.item_citation(m, item, line))
                return draft.done()
        # the closing line kept in the meeting's record, where the last item was taken in private (ingest.minutes)
        line = next((s for s in sentences(m.header_text) if CLOSED.search(s)), None)
        if line is not None:
            draft.say(f"{m.committee}, {when(m.date)}: {line}", papers.record_citation(m, line))
            return draft.done()
        # no closing line: the times its header prints as a range ("10.00 - 10.50 am"), the second its close; where
        # the paper runs its header into the record of attendance, that record prints them
        ranged = printed_range(papers, m)
        if ranged is not None:
            draft = papers.draft()
            times, close = ranged.group(0), ranged.group("close")
            draft.say(f"{m.committee}, {when(m.date)}: the meeting's times are printed as {times}, closing at {close}.",
                      papers.record_citation(m, times))
            return draft.done()
    return None


RANGED = re.compile(TIME_RANGE.form, re.I)
