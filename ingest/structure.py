"""From a paper's text to the minute book: meetings, items, resolutions, agenda and papers.

This is the one entry point of the structure stage. It decides what a paper
is from its content (an agenda pack opens with an agenda; minutes open with a
meeting header), finds every meeting in it (:mod:`ingest.headers`), reads each
one's minutes (:mod:`ingest.minutes`), and ties the papers in a pack to their
agenda items. One file can yield several meetings: a pack's own meeting and the
earlier meeting whose minutes it reprints. A paper with text is never thrown
away: without a recognised header its meeting is named and dated from its
opening lines; ``notes`` says what was not understood.
"""

from __future__ import annotations

import re

from ingest.agenda import attach_sections, find_cover, parse_agenda
from ingest.cleaning import Row, clean_rows
from ingest.headers import MeetingHeader, council_in_title, fallback_header, find_meeting_headers, tidy_committee
from ingest.headings import find_item_headings
from ingest.item_tables import split_item_tables
from ingest.minutes import parse_minutes
from ingest.repeats import join_repeated_meetings
from ingest.titles import committee_like
from minutebook.dates import find_dates
from minutebook.errors import IngestError, IngestReason
from minutebook.model import DocumentKind, Meeting, ParsedDocument, SourceText

_TITLE = re.compile(r"(?i)^(?:minutes|agenda|decisions)\s+(?:of|for)\s+(?:the\s+)?(?P<committee>.+?)\s+on\s+")


def parse_text(text: SourceText, source: str, sha256: str) -> ParsedDocument:
    """Understand one paper. Raises :class:`IngestError` (no-structure) when no meeting can be found."""
    rows = split_item_tables(clean_rows(text.lines))
    if not rows:
        raise IngestError(IngestReason.EMPTY, "no text in the file")
    title_committee = m.group("committee") if text.title and (m := _TITLE.match(text.title)) else None
    # a page headed by a body's name only ("<h1>Thamesmead Vale Police and Crime Panel</h1>"), its date below: the
    # meeting's name when nothing nearer the date names one
    titled = text.title if text.title and committee_like(text.title) and not find_dates(text.title) else None
    cover = find_cover(rows, text.title)
    fallback = cover.committee if cover else title_committee
    headers = find_meeting_headers(rows, fallback, require_attendance=cover is not None, titled=titled)
    if cover:
        headers = [h for h in headers if h.start > cover.agenda_row]
    meetings: list[Meeting] = []
    minutes_end = len(rows)
    if cover:
        agenda_end = headers[0].start if headers else len(rows)
        pack = Meeting(
            committee=tidy_committee(cover.committee),
            date=cover.date,
            time=cover.time,
            venue=cover.venue,
            agenda=parse_agenda(rows, cover.agenda_row + 1, agenda_end),
        )
        papers_from = _after_last_minute(rows, headers[-1]) if headers else _after_agenda(rows, pack, agenda_end)
        first_paper = attach_sections(rows, papers_from, pack.agenda, pack.committee)
        if first_paper is not None:
            minutes_end = first_paper
        pack.pages = sorted({r.page for r in rows if r.page is not None})
        meetings.append(pack)
    for k, header in enumerate(headers):
        end = headers[k + 1].start if k + 1 < len(headers) else minutes_end
        # what a paper of minutes prints ahead of its first meeting's header (a publication note with the call-in
        # deadline, a summary of the meeting) is that meeting's
        ahead = 0 if k == 0 and not cover else None
        meetings.append(parse_minutes(rows, header, end, opening_from=ahead))
    if text.site_title:  # a page whose content does not name its council may name it in its title
        for meeting in meetings:
            meeting.council = meeting.council or council_in_title(text.site_title, meeting.committee)
    meetings = join_repeated_meetings(meetings)
    notes: list[str] = []
    if not meetings:
        opening = fallback_header(rows, text.title, fallback)
        if opening is None:
            raise IngestError(
                IngestReason.NO_STRUCTURE,
                "no meeting date anywhere in the text: it does not read as committee papers",
            )
        meetings.append(parse_minutes(rows, opening, len(rows)))
        notes.append("no meeting header: the meeting is named and dated from the opening lines")
    for meeting in meetings:
        if len(meeting.items) == 1 and meeting.items[0].number is None and not meeting.items[0].title:
            notes.append(
                f"no item headings in the minutes of {meeting.date:%-d %B %Y}: their text is one untitled item"
            )
    return ParsedDocument(
        source=source,
        sha256=sha256,
        format=text.format,
        kind=DocumentKind.AGENDA if cover else DocumentKind.MINUTES,
        title=text.title,
        page_count=text.page_count,
        meetings=meetings,
        notes=notes,
    )


def _after_last_minute(rows: list[Row], header: MeetingHeader) -> int:
    headings = find_item_headings(rows, header.body, len(rows))
    return headings[-1].row + 1 if headings else header.body


def _after_agenda(rows: list[Row], pack: Meeting, agenda_end: int) -> int:
    if not pack.agenda:
        return agenda_end
    last = pack.agenda[-1]
    for i in range(len(rows)):
        if rows[i].text.startswith(f"{last.number}") and last.title[:20] in rows[i].text:
            return i + 1
    return agenda_end
