"""A meeting to come named by when it falls or by its business, and the line of the papers that dates it: "date of
their autumn sitting?" met by the next-meeting item's "Monday 23 October 2034 at 10.30 am"; "when's the budget and
precept meeting next year" met by the row of a schedule of meetings "Monday 22 January 2035 (budget and precept)".
A meeting so named that the papers hold is answered by its own record ("the spring meeting": it met on 13 March)."""

from __future__ import annotations

import re

from index.query import in_periods
from minutebook.dates import first_date
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import MEETING_IN_SEASON, MEETING_OUT_OF_CYCLE, MEETINGS_SCHEDULE
from service.evidence import sentences, stems
from service.item_words import initials_held, typed_capitals
from service.papers import Asked
from service.records import NEXT_MEETING

SCHEDULE = re.compile(MEETINGS_SCHEDULE.form, re.I)
SEASON_NAMED = re.compile(MEETING_IN_SEASON.form, re.I)
# the words of such a question that name no business (stems): "when's the date of the next meeting next year"
DATE_WORDS = frozenset(stems("date dates day days time when next year yr meeting meetings mtg sitting sit session "
                             "schedule scheduled calendar due held hold"))
OUT_OF_CYCLE = frozenset(stems(" ".join(MEETING_OUT_OF_CYCLE)))  # "special", "extraordinary": one for another
OUT_OF_CYCLE_SAID = re.compile(rf"\b(?:{'|'.join(MEETING_OUT_OF_CYCLE)})\s+(?:[\w&'’-]+\s+){{0,2}}?(?:meeting|session|"
                               r"sitting)\b", re.I)
ROOT = 4  # the fewest letters a word and another of its root share, one the start of the other ("audit", "auditor")
BULLET = re.compile(r"^\s*(?:[-*•·–]|\(?[a-z\d]{1,3}[.)])\s+", re.I)  # "- Monday 22 January 2035", "(c) 5 May"


def named_by_season(asked: Asked) -> bool:
    """Does the question name the meeting by its season, no year given ("their autumn sitting")?"""
    return bool(SEASON_NAMED.search(asked.question)) and bool(asked.plan.yearless)


def dated_lines(m: Meeting, item: MinuteItem) -> list[str]:
    """The lines of ``item`` that each give a day after the meeting (a schedule's rows, the next meeting's date), as
    printed, less a bullet."""
    lines = [BULLET.sub("", line).strip() for line in item.text.split("\n")]
    return [line for line in lines if line and (d := first_date(line, m.date)) is not None and d > m.date]


def scheduled(asked: Asked, meetings: list[Meeting], *, held: bool) -> tuple[Meeting, MinuteItem, str, bool] | None:
    """The line, in the meetings' items setting dates to come (the next meeting's, a schedule of meetings), that
    dates the meeting asked: the row of a schedule naming the business the question names it by (every word of it:
    "budget and precept"), else, where no meeting was ``held`` in the period the question names ("autumn"), the first
    date to come in that period, else the sentence of a next-meeting item announcing a meeting by the business asked
    ("A special meeting to receive the external auditor's annual report will be held on ...", :func:`named_among`); None
    where the question names neither. The flag: the line is a row of a schedule, or one of the meetings an item
    announces, the answer alone (a next-meeting item is read whole: "the December meeting will not take place, and
    ...")."""
    business = {t for t in asked.terms if t not in DATE_WORDS}
    periods = [] if held else asked.periods
    if not business and not periods:
        return None
    for m in sorted(meetings, key=lambda m: m.date, reverse=True):
        for item in m.items:
            if not (NEXT_MEETING.search(item.title) or SCHEDULE.search(item.title)):
                continue
            lines = dated_lines(m, item)
            for line in lines:
                if business and len(lines) > 1 and names(asked, business, line):
                    return m, item, line, True  # a schedule's row naming the business asked
                when = first_date(line, m.date)
                if not business and when is not None and in_periods(when.isoformat(), periods):
                    return m, item, line, bool(SCHEDULE.search(item.title))
            if business and NEXT_MEETING.search(item.title) and (named := named_among(asked, m, lines, business)):
                # "when's the special mtg for the irmp responses": the sentence of a next-meeting item
                # announcing it, beside the next ordinary meeting's
                return m, item, *named
    return None


def names(asked: Asked, business: set[str], text: str) -> bool:
    """Does ``text`` name every word of the business a meeting is asked by ("the IRMP": "the Integrated Risk Management
    Plan"), a word for a meeting out of the cycle standing for another ("the extraordinary meeting" is the "special
    meeting" minuted)?"""
    said = set(stems(text))
    kinds = business & OUT_OF_CYCLE
    # (a word of one root with another ending: "the external audit report" is the "external auditor's report")
    unsaid = {t for t in business - kinds - said
              if not any(len(w) >= ROOT and len(t) >= ROOT and (w.startswith(t) or t.startswith(w)) for w in said)}
    if unsaid:
        unsaid -= initials_held({t: asked.terms[t] for t in unsaid if t in asked.terms}, text, said,
                                typed_capitals(asked.question))
    return not unsaid and (not kinds or bool(said & OUT_OF_CYCLE))


def named_among(asked: Asked, m: Meeting, lines: list[str], business: set[str]) -> tuple[str, bool] | None:
    """In a next-meeting item's dated lines, the sentence announcing the meeting asked by its business, of those it
    announces ("An extraordinary meeting to consider the responses to the consultation will be held on Tuesday 9
    September at 10.00 am. The next ordinary meeting will be held on ..."), with whether it is the answer alone: it
    is where the item dates other meetings too; where it dates that one alone, the item is read whole. None where none
    names it."""
    dated = [s for line in lines for s in sentences(line) if (d := first_date(s, m.date)) is not None and d > m.date]
    named = next((s for s in dated if names(asked, business, s)), None)
    if named is None:
        return None
    return named, len(dated) > 1


def out_of_cycle_asked(asked: Asked) -> set[str]:
    """The business a meeting out of the cycle is asked by ("when's the special meeting on the irmp responses": irmp,
    respons), where the question names such a meeting by its business; empty where it does not."""
    business = {t for t in asked.terms if t not in DATE_WORDS}
    return business if business & OUT_OF_CYCLE and business - OUT_OF_CYCLE else set()


def out_of_cycle(asked: Asked, meetings: list[Meeting]) -> tuple[Meeting, MinuteItem, str] | None:
    """The sentence, in any item of the meetings (newest first), announcing a meeting out of the cycle by the business
    asked, with a day to come ("The Chair said that an extraordinary meeting would be held on 5 May to consider the
    bypass consultation"), where no next-meeting item does (:func:`scheduled`)."""
    business = out_of_cycle_asked(asked)
    for m in sorted(meetings, key=lambda m: m.date, reverse=True):
        for item in m.items:
            for s in sentences(item.text):
                if OUT_OF_CYCLE_SAID.search(s) and (d := first_date(s, m.date)) is not None and d > m.date \
                        and names(asked, business, s):
                    return m, item, s
    return None
