"""Where a thing decided stands, from a later meeting's matters arising that names its minute.

A decision to have something done ("RESOLVED to accept the quote of Shelterwise Ltd", "RESOLVED to buy a replacement
bin") is no follow-up the register keeps, yet the clerk reports on it at the next meetings, an entry per minute:
"- Bus shelter (PH67c): The side panel was replaced by Shelterwise Ltd on 4th February. ... Complete.", "Minute 17
(Gallows Lane) - the CCTV camera was put up on 2 September 2024. ... Action completed." Asked whether it is done, the
answer quoting the decision says where it stands from the latest such entry on the subject asked, in its own words.
"""

from __future__ import annotations

import datetime as dt

from ingest.arising_entries import entry_at, lettered_mentions
from minutebook.model import Citation, Meeting, MinuteItem
from service.drafting import when
from service.papers import Asked, Papers
from service.said_status import GENERIC, SUBJECT_MATCH, latest_paper, stated
from service.schemas import Answer

WITHIN = dt.timedelta(days=366)  # minute numbers restart each year: a later year's "Minute 17" is another


def with_later_entry(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the status a later meeting's entry on a minute it quotes states, said in a sentence of its
    own; unchanged where it has a status already, or no later entry on the subject states one."""
    if answer.status is not None or not answer.found:
        return answer
    subject = [t for t in asked.terms if t not in GENERIC]
    if not subject:
        return answer
    found: list[tuple[float, dt.date, Meeting, MinuteItem, str]] = []
    for c in answer.citations:
        for meeting, item, entry in _entries(papers, asked, c):
            # an entry names its matter briefly ("Dog bin (P45a): The new bin was fitted ..."): read with the decision
            # it reports on, it must speak to the question; of a minute's several entries, the one whose own words do
            own = papers.cover(asked, entry, subject)
            if own > 0 and papers.cover(asked, (c.quote, entry), subject) >= SUBJECT_MATCH:
                found.append((own, meeting.date, meeting, item, entry))
    if not found:
        return answer
    _, held, meeting, item, entry = max(found, key=lambda f: (f[0], f[1]))
    status = stated(entry, held, asked.question, latest=latest_paper(papers, meeting.committee))
    if status is None:
        return answer
    citations = list(answer.citations)
    citations.append(papers.item_citation(meeting, item, entry).model_copy(update={"n": len(citations) + 1}))
    said = f"Status: {status.value} — {when(held)}: “{entry}” [{len(citations)}]"
    return answer.model_copy(update={"answer": f"{answer.answer}\n{said}", "status": status, "citations": citations})


def _entries(papers: Papers, asked: Asked, c: Citation) -> list[tuple[Meeting, MinuteItem, str]]:
    """The entries of the same committee's later minutes (within a year) that name the cited minute: "Minute 17
    (...)" as the minutes' references read it, or a lettered number alone ("(PH67c)")."""
    if not c.minute:
        return []
    out: list[tuple[Meeting, MinuteItem, str]] = []
    later = c.meeting_date + dt.timedelta(days=1)
    for summary in papers.catalogue.meetings(c.committee, date_from=later, date_to=c.meeting_date + WITHIN,
                                             audience=asked.filters.audience):
        meeting = papers.catalogue.meeting(summary.key, asked.filters.audience)
        for item in meeting.items:
            named = [max(item.text.find(r.text), 0) for r in item.references if r.minute == c.minute
                     and (r.meeting_date is None or r.meeting_date == c.meeting_date)]
            named += [at for at, _ in lettered_mentions(item.text, c.minute)]
            others = [max(item.text.find(r.text), 0) for r in item.references if r.minute != c.minute]
            for at in named:
                entry = entry_at(item.text, at, [o for o in others + named if o != at])
                if entry:
                    out.append((meeting, item, entry))
    return out
