"""Where a meeting's minutes themselves stand: still draft, or confirmed.

People ask whether the minutes of a meeting are final ("are the minutes from 13 jan confirmed yet or still
draft?", "have the may minutes been approved yet?"). A later meeting of the same body that approves them as a
correct record answers it; else the minutes say it of themselves above their first item, as clerks print it:
"Draft Minutes of ...", "CONFIRMED", "Unconfirmed", "(These minutes are published subject to approval ...)".
The answer quotes those words, cited to the meeting that approved them or to the minutes' own heading, with the
status they give: draft is outstanding, confirmed is completed.
"""

from __future__ import annotations

import datetime as dt
import re

from minutebook.dates import find_dates
from minutebook.model import ActionStatus, Meeting, MinuteItem
from service.drafting import when
from service.evidence import sentences
from service.papers import Asked, Papers
from service.records import meetings_asked
from service.schemas import Answer

# the minutes' own standing asked: "still draft", "confirmed yet", "unconfirmed", "have they been approved yet"
STANDING_ASKED = re.compile(
    r"\bminutes?\b[^?]{0,80}?\b(?:draft|unconfirmed|provisional|(?:approved|confirmed|signed(?:\s+off)?|agreed|"
    r"ratified|final(?:i[sz]ed)?)\s+(?:yet|now|already)|still\s+(?:draft|unconfirmed|provisional|to\s+be\s+"
    r"(?:approved|confirmed|signed)))\b"
    r"|\b(?:draft|unconfirmed|provisional)\s+minutes\b[^?]{0,80}?\b(?:still|yet|now)\b", re.I)
# how minutes print their own standing above the first item, and what it means
DRAFT_PRINTED = re.compile(r"\b(?:draft|unconfirmed|provisional)\b|\bsubject\s+to\s+(?:approval|confirmation)\b", re.I)
CONFIRMED_PRINTED = re.compile(r"^\s*(?:confirmed|approved|signed)\b|\b(?:confirmed|approved|signed)\s+minutes\b",
                               re.I | re.M)
# a later meeting approving them: "The minutes of the meeting held on 9th May 2016 were approved as a correct record"
APPROVED_LATER = re.compile(r"\b(?:approved|confirmed|signed|agreed|accepted|adopted)\b", re.I)


def asks_standing(question: str) -> bool:
    """Does the question ask whether a meeting's minutes are still draft or confirmed?"""
    return bool(STANDING_ASKED.search(question))


def minutes_standing(papers: Papers, asked: Asked) -> Answer | None:
    """Whether the minutes of the meeting asked about are confirmed (a later meeting of the body approving them, or
    their own heading saying so) or still draft (their heading), quoting the words; None where neither says."""
    if not asks_standing(asked.question):
        return None
    m = minutes_meeting(papers, asked)
    if m is None:
        return None
    draft = papers.draft()
    later = approved_later(papers, asked, m)
    if later is not None:
        meeting, item, line = later
        draft.say(f"The minutes of {m.committee}, {when(m.date)}, were approved at the meeting of "
                  f"{when(meeting.date)}: {line}", papers.item_citation(meeting, item, line))
        return draft.done(status=ActionStatus.COMPLETED)
    for line in heading_lines(m):
        if CONFIRMED_PRINTED.search(line) and not DRAFT_PRINTED.search(line):
            draft.say(f"{m.committee}, {when(m.date)}: the minutes are printed as confirmed: {line}",
                      papers.record_citation(m, line))
            return draft.done(status=ActionStatus.COMPLETED)
        if DRAFT_PRINTED.search(line):
            draft.say(f"{m.committee}, {when(m.date)}: the minutes are printed as not yet approved: {line}",
                      papers.record_citation(m, line))
            return draft.done(status=ActionStatus.OUTSTANDING)
    return None


def minutes_meeting(papers: Papers, asked: Asked) -> Meeting | None:
    """The meeting whose minutes are asked about: held on the date the question gives them ("the minutes from 13 jan
    22", "may 2016's minutes"; a date the plan reads as the minutes', not a meeting's), of the council or body it
    names; else the meeting the question asks about."""
    found = find_dates(asked.question, max(papers.meeting_dates, default=None), prefer_future=False)
    summaries = papers.in_where(asked, papers.meetings(asked.filters.committee))
    scoped = [s for s in summaries if s.committee in asked.scope] or summaries
    held = [s for s in scoped if any(s.date == f.date if f.day_given else
                                     (s.date.year, s.date.month) == (f.date.year, f.date.month) for f in found)]
    if held:
        return papers.meeting(max(held, key=lambda s: s.date).key, asked.filters.audience)
    meetings = meetings_asked(papers, asked)
    return meetings[0] if meetings else None


def heading_lines(meeting: Meeting) -> list[str]:
    """The lines (or sentences) the minutes print above their first item: their heading and header."""
    return [s.strip() for line in meeting.header_text.splitlines() for s in sentences(line) if s.strip()]


def approved_later(papers: Papers, asked: Asked, meeting: Meeting) -> tuple[Meeting, MinuteItem, str] | None:
    """The first later meeting of the same body whose item approves ``meeting``'s minutes (a sentence printing its
    date and an approval), with the item and the sentence."""
    for summary in papers.meetings(meeting.committee, meeting.date + dt.timedelta(days=1), None):
        if summary.committee != meeting.committee:
            continue
        later = papers.meeting(summary.key, asked.filters.audience)
        for item in later.items:
            for line in sentences(item.text):
                if re.search(r"\bminutes\b", line, re.I) and APPROVED_LATER.search(line) and any(
                        f.date == meeting.date for f in find_dates(line, later.date)):
                    return later, item, line
    return None
