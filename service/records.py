"""Answers from a meeting's own records: who attended and sent apologies, declarations of interest, and when
the committee meets next. Each quotes the clerk's words and cites the meeting's minutes (or agenda)."""

from __future__ import annotations

import re

from index.nodes import ATTENDANCE_TITLE
from index.query import in_periods
from minutebook.dates import first_date
from minutebook.model import Citation, Meeting
from service.drafting import not_found, when
from service.evidence import sentences
from service.papers import Asked, Papers
from service.schemas import Answer

NEXT_MEETING = re.compile(r"\bnext\s+meeting\b|\bdate\s+(?:and|&)\s+time\b|\bfuture\s+meeting", re.I)
DECLARATIONS = re.compile(r"\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b", re.I)


def meetings_asked(papers: Papers, asked: Asked) -> list[Meeting] | None:
    """The meetings a records question is about: those in the dates it names, else the best hit's, else the
    latest. ``None`` when it names dates no meeting in the papers was held on."""
    plan, filters, hits = asked.plan, asked.filters, asked.hits
    summaries = papers.catalogue.meetings(filters.committee, filters.date_from, filters.date_to)
    if plan.periods:
        chosen = [s for s in summaries if in_periods(s.date.isoformat(), plan.periods)]
        if not chosen:
            return None
    elif hits:
        best = hits[0].node.meeting_key
        chosen = [s for s in summaries if s.key == best] or summaries[:1]
    else:
        chosen = summaries[:1]
    return [papers.catalogue.meeting(s.key, filters.audience) for s in chosen[:3]]


def attendance(papers: Papers, asked: Asked) -> Answer | None:
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    for m in (m for m in meetings if m.attendance_text):
        cite = Citation(committee=m.committee, meeting_date=m.date, item_title=ATTENDANCE_TITLE,
                        document=papers.minutes_document(m), page=m.pages[0] if m.pages else None)  # fmt: skip
        lead = f"{m.committee}, {when(m.date)}:"
        for n, s in enumerate(sentences(m.attendance_text)):
            draft.say(f"{lead} {s}" if n == 0 else s, cite.model_copy(update={"quote": s}))
    if not draft.parts:
        return not_found("The papers hold no minutes (and so no attendance record) of that meeting.")
    return draft.done()


def declarations(papers: Papers, asked: Asked) -> Answer | None:
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return not_found("No meeting on that date is in the papers.")
    draft = papers.draft()
    for m in meetings:
        where = next((i for i in m.items if DECLARATIONS.search(i.title)), None)
        lead = f"{m.committee}, {when(m.date)}:"
        if m.declarations:
            for d in m.declarations:
                item = next((i for i in m.items if d.text[:60] in i.text), where)
                if item is None:
                    continue
                draft.say(f"{lead} {d.text}", papers.item_citation(m, item, d.text))
                lead = ""
        elif where is not None:
            for s in sentences(where.text)[:3] or [where.title]:
                draft.say(f"{lead} {s}".strip(), papers.item_citation(m, where, s))
                lead = ""
    if not draft.parts:
        return not_found("The papers hold no record of declarations at that meeting.")
    return draft.done()


def next_meeting(papers: Papers, asked: Asked) -> Answer | None:
    meetings = meetings_asked(papers, asked)
    if meetings is None:
        return None  # the dates may be the next meeting's own: let retrieval look
    draft = papers.draft()
    for m in meetings:
        lead = f"{m.committee}, {when(m.date)}:"
        item = next((i for i in m.items if NEXT_MEETING.search(i.title)), None)
        if item is not None:
            for s in sentences(item.text)[:2] or [item.title]:
                draft.say(f"{lead} {s}".strip(), papers.item_citation(m, item, s))
                lead = ""
            continue
        agenda = next((a for a in m.agenda if NEXT_MEETING.search(a.title)), None)
        if agenda is not None:
            # "11. Date and time of the next meeting - Tuesday 24 April, 2018 at 5.30 pm": the title is the
            # answer, and the words printed under it belong to whatever follows on the agenda page
            dated = first_date(agenda.title, m.date) is not None
            text = agenda.title if dated or not agenda.text.strip() else agenda.text.strip()
            cite = Citation(committee=m.committee, meeting_date=m.date, minute=None, item_title=agenda.title,
                            document=papers.minutes_document(m), page=agenda.pages[0] if agenda.pages else None)
            for s in sentences(text)[:2]:
                draft.say(f"{lead} {s}".strip(), cite.model_copy(update={"quote": s}))
                lead = ""
    return draft.done() if draft.parts else None
