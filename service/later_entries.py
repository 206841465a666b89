"""Where a thing decided or asked for stands, from a later meeting's matters arising that names its minute.

Clerks report on the last meetings' decisions and actions an entry per minute (read by
:mod:`ingest.arising_entries`): "- Bus shelter (PH67c): The side panel was replaced by Shelterwise Ltd on 4th
February. ... Complete.", "Minute 17 (Gallows Lane) - the CCTV camera was put up on 2 September 2024. ... Action
completed.", "5. Letter to Minister (M.15/19) - ... No reply has been received. OUTSTANDING." A decision to have
something done ("RESOLVED to accept the quote of Shelterwise Ltd") is often no follow-up the register keeps, and an
action the register keeps may have no later word it found; either way, asked whether it is done, the answer says
where it stands from the latest such entry on the subject asked, in its own words.
"""

from __future__ import annotations

import datetime as dt
import re

from ingest.arising_entries import brought_back, entries, entry_at
from minutebook.errors import NotFoundError
from minutebook.model import (
    Action,
    ActionStatus,
    ArisingEntry,
    Citation,
    Meeting,
    MinuteItem,
    meeting_key,
    standing_body,
)
from service.drafting import label, when
from service.papers import Asked, Papers
from service.said_status import SUBJECT_MATCH, latest_paper, stated, subject_terms
from service.schemas import Answer

WITHIN = dt.timedelta(days=366)  # minute numbers restart each year: a later year's "Minute 17" is another
Found = tuple[Meeting, MinuteItem, ArisingEntry]


def later_entries(papers: Papers, asked: Asked, committee: str, held: dt.date, minute: str | None) -> list[Found]:
    """The entries of the same committee's later minutes (within a year of ``held``) that name its minute
    ``minute``, each with its meeting and item, newest meeting first."""
    if not minute:
        return []
    out: list[Found] = []
    body = standing_body(committee)  # (an annual meeting's minute is followed up at the body's ordinary meetings)
    for summary in papers.catalogue.meetings(None, date_from=held + dt.timedelta(days=1), date_to=held + WITHIN,
                                             audience=asked.filters.audience):
        if standing_body(summary.committee) != body:
            continue
        meeting = papers.meeting(summary.key, asked.filters.audience)
        out += [(meeting, item, e) for item in meeting.items for e in entries(item, minute, held)]
    return out


def on_subject(papers: Papers, asked: Asked, found: list[Found], quoted: str = "") -> Found | None:
    """Of ``found``, the entry on what the question asks: its own words speak to it (an entry names its matter
    briefly, "Dog bin (P45a): The new bin was fitted ..."), and read with what the answer quotes of the matter
    (``quoted``) it covers the question's subject; the one most on it, the latest of equals."""
    subject = subject_terms(asked)
    if not subject:
        return None
    # (an entry alone on its minute in its meeting may name the matter in other words than the question's, "Quayside
    # lighting" for "the quay lamp": what the answer quotes of the minute speaks for it)
    alone = {key for key in (_entry_key(f) for f in found) if sum(_entry_key(f) == key for f in found) == 1}
    scored = [(own, meeting.date, n, (meeting, item, e)) for n, (meeting, item, e) in enumerate(found)
              if ((own := papers.cover(asked, e.text, subject)) > 0 or _entry_key((meeting, item, e)) in alone)
              and papers.cover(asked, (quoted, e.text), subject) >= SUBJECT_MATCH]
    return max(scored, key=lambda s: (s[0], s[1], -s[2]))[3] if scored else None


def _entry_key(found: Found) -> tuple[str, str]:
    meeting, _, entry = found
    return meeting.key, entry.minute


def entry_status(papers: Papers, asked: Asked, meeting: Meeting, entry: ArisingEntry) -> ActionStatus | None:
    """Where the entry says its matter stands: its last word of status, read against the committee's latest paper;
    else done where it opens on the earlier minute and brings back what it asked for ("Further to minute 4 of 6
    February 2025, Chief Superintendent Bright presented the 101 improvement plan")."""
    said = stated(entry.text, meeting.date, asked.question, latest=latest_paper(papers, meeting.committee))
    return said if said is not None or not brought_back(entry.text) else ActionStatus.COMPLETED


def referred_back(papers: Papers, asked: Asked, action: Action) -> tuple[Citation, ActionStatus | None] | None:
    """The later entry on an action the register found no word on since, cited, and the status it states; None
    where no later meeting's matters arising names its minute on what is asked."""
    best = on_subject(papers, asked, later_entries(papers, asked, action.committee, action.meeting_date,
                                                   action.minute), action.text)
    if best is None:
        return None
    meeting, item, entry = best
    return papers.item_citation(meeting, item, entry.text), entry_status(papers, asked, meeting, entry)


def with_later_entry(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the status a later meeting's entry on a minute it quotes states, the entry quoted and cited
    in a sentence of its own; unchanged where it has a status already, or no later entry on the subject states
    one."""
    if answer.status is not None or not answer.found:
        return answer
    quoted = {" ".join(c.quote.split()) for c in answer.citations}
    found: list[tuple[Found, str]] = []
    seen: set[tuple[object, ...]] = set()
    for c in answer.citations:
        key = (c.committee, c.meeting_date, c.minute)
        if key in seen:
            continue
        seen.add(key)
        best = on_subject(papers, asked, later_entries(papers, asked, c.committee, c.meeting_date, c.minute),
                          " ".join(q.quote for q in answer.citations if (q.committee, q.meeting_date, q.minute) == key))
        if best is not None and " ".join(best[2].text.split()) not in quoted:
            found.append((best, c.quote))
    said = [(meeting, item, entry, status) for (meeting, item, entry), _ in found
            if (status := entry_status(papers, asked, meeting, entry)) is not None]
    if not said:
        return answer
    meeting, item, entry, status = max(said, key=lambda s: (papers.cover(asked, s[2].text), s[0].date))
    citations = list(answer.citations)
    cite = papers.item_citation(meeting, item, entry.text).model_copy(update={"n": len(citations) + 1})
    citations.append(cite)
    line = f"Status: {status.value} — {when(meeting.date)}: “{' '.join(entry.text.split())}” [{cite.n}]"
    return answer.model_copy(update={"answer": f"{answer.answer}\n{line}", "status": status, "citations": citations})


def with_whole_point(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the rest of each matters-arising entry it quotes the start of ("Minute 20 (HVO trial) - the
    trial had been extended ... so the results were not yet available." goes on "The Waste and Fleet Manager would
    now report them to the January meeting."): the entry's later words, cited."""
    if not answer.found:
        return answer
    said = " ".join(" ".join(c.quote.split()) for c in answer.citations)
    citations = list(answer.citations)
    lines = [answer.answer]
    for c in answer.citations:
        if not c.minute or not re.match(r"\W*minute\b", c.quote, re.I):
            continue  # only a point that opens with the minute it updates
        item = _item(papers, asked, c)
        at = item.text.find(c.quote) if item is not None else -1
        if item is None or at < 0:
            continue
        named = [item.text.find(r.text) for r in item.references]
        whole = entry_at(item.text, at, [n for n in named if n > at])
        rest = whole[whole.find(c.quote) + len(c.quote):].strip() if whole.startswith(c.quote) else ""
        if not rest or " ".join(rest.split()) in said:
            continue
        cite = c.model_copy(update={"quote": rest, "n": len(citations) + 1})
        citations.append(cite)
        lines.append(f"{label(cite.minute, None, cite.item_title, cite.meeting_date)} ({cite.item_title}): "
                     f"{' '.join(rest.split())} [{cite.n}]")
    if len(citations) == len(answer.citations):
        return answer
    return answer.model_copy(update={"answer": "\n".join(lines), "citations": citations})


def _item(papers: Papers, asked: Asked, c: Citation) -> MinuteItem | None:
    """The minute a citation quotes, as the audience may read it."""
    try:
        meeting = papers.meeting(meeting_key(c.committee, c.meeting_date), asked.filters.audience)
    except NotFoundError:
        return None
    return papers.item_cited(meeting, c)
