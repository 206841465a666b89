"""Answers to when the committee meets next: the date the latest minutes (or agenda) announce, in the clerk's
words, cited."""

from __future__ import annotations

import re

from index.query import in_periods
from minutebook.dates import find_dates, first_date
from minutebook.model import Citation, Meeting, MinuteItem
from minutebook.vocabulary import (
    MET_AGAIN,
    PART_TWO_DIVIDER,
    PREVIOUS_RECORD,
)
from service.drafting import Draft, held_where, when
from service.evidence import sentences
from service.held_between import WENT_AHEAD, held_between, moved_meeting
from service.papers import Asked, Papers
from service.records import ELECTORS_ASKED, NEXT_MEETING, meetings_asked, record_lines, rejoined
from service.scheduled_dates import (
    SCHEDULE,
    dated_lines,
    named_by_season,
    out_of_cycle,
    out_of_cycle_asked,
    scheduled,
)
from service.schemas import Answer

# what someone is to bring to the next meeting, not when it is: "what's the clerk reporting back on at the next
# meeting", "what are officers bringing to the next one", "what is the clerk due to report on when they next get
# together"
BROUGHT_TO_NEXT = re.compile(r"\bwhat(?:['’]s|\s+is|\s+are|\s+will)?\s+(?:[\w'’-]+\s+){0,4}?(?:report\w*|bring\w*|"
                             r"present\w*|com(?:e|ing)\s+back|feed(?:ing)?\s+back|updat\w*)\b[^?]*?"
                             rf"(?:\bnext\s+(?:meeting|mtg|one)\b|{MET_AGAIN.form})", re.I)


def next_meeting(papers: Papers, asked: Asked) -> Answer | None:
    if BROUGHT_TO_NEXT.search(asked.question):
        return None  # the business put on it: the minute that put it there says
    meetings = meetings_asked(papers, asked, most=6)
    held = meetings is not None and bool(asked.periods)
    if held and meetings and named_by_season(asked) and not asked.plan.after:
        # "date of their autumn sitting", held in the papers: the meeting's own record prints its date
        draft = papers.draft()
        for m in meetings:
            draft.say(f"{m.committee} met on {when(m.date)}.", dated_record(papers, m))
        return draft.done()
    if meetings is None:
        # the date asked about is no meeting's: it may be the next meeting's own ("is the December meeting still
        # on?"), which the meeting before it announces
        start = min(a for a, _ in asked.periods)
        before = [s for s in papers.in_where(asked, papers.meetings(asked.filters.committee,
                                                                             asked.filters.date_from, start))
                  if s.date < start and (not asked.scope or s.committee in asked.scope)]
        # the latest that announces its next meeting (a meeting in between may have no such item)
        meetings = [papers.meeting(s.key, asked.filters.audience) for s in before[:3]]
    draft = papers.draft()
    if (electors := ELECTORS_ASKED.search(asked.question)) is not None:
        # "when is the annual town meeting": the electors' meeting, not the council's next; the minute arranging it by
        # that name ("RESOLVED that the Annual Town Meeting be held on Thursday 16th May 2024 at 7.00pm")
        named = re.compile(r"\b" + r"\s+".join(map(re.escape, electors.group(0).split())) + r"\b", re.I)
        for m in meetings:
            for arranging in m.items:
                said = [s for s in sentences(rejoined(arranging.text))
                        if named.search(s) or named.search(arranging.title)]
                if said and not draft.parts:
                    draft.say(f"{m.committee}, {when(m.date)}: {said[0]}", papers.item_citation(m, arranging, said[0]))
        if draft.parts:
            return draft.done()
    dating = scheduled(asked, meetings, held=held)
    if dating is None and out_of_cycle_asked(asked):
        # "when's the extraordinary meeting on the bypass consultation": the sentence announcing it in the item on the
        # matter, else the passages on it (service.facts); the next ordinary meeting is not it
        announcing = out_of_cycle(asked, meetings)
        if announcing is None:
            return None
        on, row, line = announcing
        draft.say(f"{on.committee}, {when(on.date)}: {line}", papers.item_citation(on, row, line))
        return draft.done()
    if dating is not None:  # "the budget and precept meeting", "their autumn sitting": the line dating it
        on, row, line, alone = dating
        if alone:
            draft.say(f"{on.committee}, {when(on.date)}: {line}", papers.item_citation(on, row, line))
            return draft.done()
        meetings = [on, *(m for m in meetings if m is not on)]  # its next-meeting item, read as any is
    for m in meetings:
        if draft.parts:
            break
        lead = f"{m.committee}, {when(m.date)}:"
        item = next((i for i in m.items if NEXT_MEETING.search(i.title)), None)
        if item is not None:
            for s in sentences(rejoined(own_words(item.text)))[:2] or [item.title]:
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
            continue
        announced = announcement(m)
        if announced is not None:  # "The Chair reminded members that the next meeting ... would be held on ..."
            item, s = announced
            draft.say(f"{lead} {s}", papers.item_citation(m, item, s))
            continue
        first = first_scheduled(m)
        if first is not None:  # an annual meeting's schedule of the year's meetings: the first date on it
            item, line = first
            draft.say(f"{lead} {item.title}: {line}", papers.item_citation(m, item, line))
    if not draft.parts and asked.periods:
        met_after(papers, asked, draft)
    elif draft.parts and meetings:
        next_held(papers, asked, meetings[0], draft)
    return draft.done() if draft.parts else None


def first_scheduled(m: Meeting) -> tuple[MinuteItem, str] | None:
    """The first date to come on a schedule of meetings the minutes set ("It was resolved that full council meetings
    be held ... on the following dates:" / "- Monday 21 July 2035" ...), where no item names the next meeting: an
    annual meeting fixes the year's dates, the first of them the next."""
    for item in m.items:
        if SCHEDULE.search(item.title) or SCHEDULE.search(item.text[:300]):
            lines = dated_lines(m, item)
            if lines:
                return item, min(lines, key=lambda line: first_date(line, m.date) or m.date)
    return None


# a divider before private business ("PART B - RESTRICTED ITEMS"), printed under the last public item with the
# motion to exclude: it and what follows head the business after it
DIVIDER = re.compile(PART_TWO_DIVIDER.form, re.I | re.M)


def own_words(text: str) -> str:
    """An item's text before a divider printed under it (:data:`DIVIDER`): the item's own words."""
    m = DIVIDER.search(text)
    return text[:m.start()] if m is not None and text[:m.start()].strip() else text


def next_held(papers: Papers, asked: Asked, m: Meeting, draft: Draft) -> None:
    """After the date ``m`` set for its next meeting, what the first later meeting of its body in the papers says of
    it, in its item approving earlier minutes: a meeting held in between, whose minutes it approves ("the minutes of
    the Extraordinary Meeting held on 23 September"), and, where the question asks whether the date set went ahead,
    that it was moved ("the meeting which had been arranged for 12th October, 2023 had been rearranged to this
    date")."""
    later = sorted((s for s in papers.in_where(asked, papers.meetings(m.committee))
                    if s.date > m.date and s.has_minutes), key=lambda s: s.date)
    if not later:
        return
    n = papers.meeting(later[0].key, asked.filters.audience)
    approving = [i for i in n.items if approves_record(i)]
    between = held_between(approving, n.committee, n.date, m.date)
    if between is not None:
        held, item, said = between
        draft.say(f"It met before that on {when(held)}, as its minutes of {when(n.date)} record: {said}",
                  papers.item_citation(n, item, said))
    moved = moved_meeting(approving) if WENT_AHEAD.search(asked.question) else None
    if moved is not None:  # "did the meeting they set for october actually go ahead"
        item, said = moved
        draft.say(f"{n.committee}, {when(n.date)}: {said}", papers.item_citation(n, item, said))


ANNOUNCED = re.compile(r"\bnext\s+(?:[\w-]+\s+){0,4}?meeting\b", re.I)  # "the next meeting of the County Council"


def announcement(m: Meeting) -> tuple[MinuteItem, str] | None:
    """A sentence of the minutes, under any heading, that gives the next meeting's date ("9.2 The Chair reminded
    members that the next meeting of the County Council would be held on Thursday, 21 April 2016"): the last."""
    for item in reversed(m.items):
        for s in reversed(sentences(rejoined(item.text))):
            when_said = first_date(s, m.date) if ANNOUNCED.search(s) else None
            if when_said is not None and when_said > m.date:
                return item, s
    return None


# the item approving the earlier meeting's record, whatever the record is called ("Minutes", "Decision records",
# "Notes of the last meeting"), and the sentence approving it ("the decision record ... be signed as correct records")
APPROVED_RECORD = re.compile(PREVIOUS_RECORD.form, re.I)


RECORD_SIGNED = re.compile(r"\b(?:correct|true|accurate)\s+records?\b", re.I)


def approves_record(item: MinuteItem) -> bool:
    """Is ``item`` the one approving an earlier meeting's record: by its title ("Minutes", "Decision records -17th and
    27th November"), or, untitled as printed, by its words ("the decision record of the meeting held on ... be signed
    as a correct record")?"""
    return bool(APPROVED_RECORD.search(item.title)) or any(
        APPROVED_RECORD.search(s) and RECORD_SIGNED.search(s) for s in sentences(item.text)[:3])


def dated_record(papers: Papers, m: Meeting) -> Citation:
    """The meeting's record where it prints when the meeting was held: its header's first line ("Minutes of a Meeting
    of Groby Parish Council held at 7.00pm on Monday 4 February 2008"), else its record of attendance."""
    printed = next((line for line in m.header_text.split("\n") if line.strip()), "")
    return papers.record_citation(m, printed or next(iter(record_lines(m.attendance_text)), ""))


def met_after(papers: Papers, asked: Asked, draft: Draft) -> None:
    """"When did they meet after the 7 January meeting?" where no paper announces it: the first meeting in the
    papers after the time asked (of the council and committee asked about), cited to its minute approving the
    earlier minutes when it has one ("The minutes of the meeting held on 7th January 2019 were signed ..."), else
    to the record that prints its date (:func:`dated_record`)."""
    end = max(b for _, b in asked.periods)
    later = sorted((s for s in papers.in_where(asked, papers.meetings(asked.filters.committee))
                    if s.date > end and s.has_minutes and (not asked.scope or s.committee in asked.scope)),
                   key=lambda s: s.date)
    if not later:
        return
    m = papers.meeting(later[0].key, asked.filters.audience)
    between = held_between([i for i in m.items if approves_record(i)], m.committee, m.date, end)
    if between is not None:  # a meeting held in between, whose minutes this one approves
        held, item, said = between
        draft.say(f"{m.committee} met next on {when(held)}, as its minutes of {when(m.date)} record: {said}",
                  papers.item_citation(m, item, said))
        return
    approving = next((i for i in m.items if approves_record(i) and any(
        in_periods(d.date.isoformat(), asked.periods) for d in find_dates(f"{i.title} {i.text}", m.date))), None)
    if approving is not None:
        said = next((s for s in sentences(approving.text) if RECORD_SIGNED.search(s)), None) \
            or next((s for s in sentences(approving.text) if APPROVED_RECORD.search(s)), approving.title)
        draft.say(f"{m.committee} met next on {when(m.date)}: {said}", papers.item_citation(m, approving, said))
    elif m.attendance_text or m.header_text:  # the record that prints when it met
        draft.say(f"{m.committee} met next on {when(m.date)}.", dated_record(papers, m))
    if draft.parts and m.venue and re.search(r"\bwhere\b", asked.question, re.I):  # "when and where"
        draft.say(f"It was {held_where(m.venue)}.", papers.record_citation(m, m.venue))
