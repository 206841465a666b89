"""What a later meeting did with a meeting's minutes, asked by their date ("were the Dec 2017 minutes signed off as
they were, or did something get corrected?", "did full council approve the community services cttee minutes from 10
dec or just note them?").

A body approves its own minutes at its next meeting ("That the minutes of the previous meeting ... held on 12th
December, 2017, be approved as a correct record ... with the inclusion of a clerical error ..."); a parent body
receives or notes its committees' minutes under a heading of their own ("4a Community Services Committee - 10 December
2015: The Minutes ... were noted"). The meeting whose minutes they are need not be in the papers at all. The item of
a later meeting whose title or text names minutes (minutebook.vocabulary.PREVIOUS_RECORD) of that date, and whose
sentences say what was done with them, answers: those sentences, cited to it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from index.query import in_periods
from ingest.catalogue import MeetingSummary
from minutebook.dates import find_dates
from minutebook.lexicon import MINUTES_APPROVED
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import PREVIOUS_RECORD
from service.drafting import label, not_found, when
from service.evidence import sentences, stems
from service.papers import Asked, Papers
from service.private_minutes import OPEN_TOO, PRIVATE, private_listed
from service.schemas import Answer

RECORD = re.compile(PREVIOUS_RECORD.form, re.I)
# what was done with the minutes, asked: approved, signed (off), confirmed, noted, corrected, amended, "as they were",
# "what happened to"
TAKEN_UP_ASKED = re.compile(r"\b(?:approv\w*|confirm\w*|sign\w*|agree\w*|accept\w*|adopt\w*|ratif\w*|not(?:e|ed|ing)|"
                            r"receiv\w*|correct\w*|amend\w*|chang\w*|alter\w*|errors?|mistakes?|happen\w*|"
                            # put right, in everyday words: "has that been fixed", "was it put right", "sorted?"
                            r"fix\w*|put\s+right|sorted|updated|rectified|"
                            r"dealt\s+with|as\s+they\s+were|true\s+record|"
                            # "when did full council pick up its minutes", "take them up", "look at them"
                            r"pick(?:ed|s)?\s+up|t(?:ake|akes|ook|aken)\s+up|look(?:ed|s)?\s+at|"
                            # everyday words for approved: "sign off", "ok'd", "passed", "went through"
                            + "|".join(r"\s+".join(map(re.escape, f.split())) for f in MINUTES_APPROVED.forms)
                            + r")\b", re.I)
# what a meeting did with minutes, as minutes say it
# ("the minutes, A40, were passed by resolution"; "resolved that the Chairman sign these as a correct record")
DONE_WITH = re.compile(r"\b(?:approved|confirmed|sign|signed|agreed|accepted|adopted|ratified|noted|received|amended|"
                       r"corrected|amendments?|correction|error|passed)\b", re.I)
WINDOW = dt.timedelta(days=200)  # how long after a meeting its minutes may wait to be taken up
LINES = 3  # the item's sentences quoted at most ("... confirmed", "X said he was not present", "were updated")
UNTAKEN_LISTED = 4  # the dates of minutes taken up named in a refusal at most (the latest)
# asked of what the item says besides the minutes' fate: who moved or signed them, what was changed in them
# (and why they were changed, or what was wrong with them: "what was wrong with the march minutes before they got
# passed", "why did the march minutes have to be changed")
# ("what got changed in the 8 march minutes", "what was corrected": the change asked by its verb)
DETAIL_ASKED = re.compile(r"\b(?:who|whom|which|why)\b|\bwhat\s+(?:\w+\s+){0,2}?(?:chang(?:es?|ed)|amend(?:ments?|ed)|"
                          r"correct(?:ions?|ed)|alter(?:ations?|ed)|errors?|mistakes?|wrong)\b|\bhow\s+many\b", re.I)



def asks_taken_up(asked: Asked) -> bool:
    """Does the question ask what was done with minutes it names by their date (or month: "the minutes from their
    april meeting")?"""
    return bool(minutes_periods(asked)) and bool(TAKEN_UP_ASKED.search(asked.question))


def minutes_periods(asked: Asked) -> list[tuple[dt.date, dt.date]]:
    """The periods of the minutes asked about: their dates, and each month named without a year as that month of a
    leap year (read without its year: see ``minutes_taken_up``)."""
    months = [(dt.date(2000, m, 1), dt.date(2000, m, calendar.monthrange(2000, m)[1]))
              for m in asked.plan.minutes_months]
    return [*asked.plan.minutes_of, *months]


def minutes_taken_up(papers: Papers, asked: Asked) -> Answer | None:
    """The item of a later meeting that took up the minutes of the date asked, quoting what it did with them (see the
    module's doc); None where no item of the meetings asked about names them, or where the question asks what else
    the item says (who moved them, what was changed: the other routes read the item whole)."""
    periods = minutes_periods(asked)
    if not asks_taken_up(asked):
        return None
    # who moved them, what was changed: the item read whole by the other routes, where the search found it
    detail = bool(DETAIL_ASKED.search(asked.question))
    months = periods[len(asked.plan.minutes_of):]
    yearless = [p for p in periods if p in asked.plan.yearless] or ([] if re.search(r"\b(?:19|20)\d\d\b",
                                                                                    asked.question) else periods)
    yearless += [p for p in months if p not in yearless]

    def named(day: dt.date) -> bool:
        return in_periods(day.isoformat(), periods) or any(
            (a.month, a.day) <= (day.month, day.day) <= (b.month, b.day) for a, b in yearless)

    start, end = min(a for a, _ in periods), max(b for _, b in periods)
    summaries = papers.in_where(asked, papers.meetings(asked.filters.committee))
    if not yearless:
        summaries = [s for s in summaries if start < s.date <= end + WINDOW]
    found: list[tuple[float, dt.date, Meeting, MinuteItem, list[str]]] = []
    # the minutes of a private part asked ("were the exempt minutes from 17 april confirmed"): the item confirming
    # those, not the open minutes of the same date
    private = bool(PRIVATE.search(asked.question))
    # (asked with the open ones: "the 17/4 public + confidential minutes, both signed?")
    both = private and bool(OPEN_TOO.search(asked.question))
    for summary in sorted(summaries, key=lambda s: s.date):
        meeting = papers.meeting(summary.key, asked.filters.audience)
        for item in meeting.items:
            lines = taken_up_lines(meeting, item, named)
            if lines and private and not both and not any(PRIVATE.search(t) for t in (item.title, *lines)):
                continue
            if lines:
                cover = papers.cover(asked, (item.title, *lines))
                found.append((cover, meeting.date, meeting, item, lines))
    if not found and detail:
        return None
    if not found and private:
        # taken in private, which the papers open to this audience say only by the agenda's listing of them
        return private_listed(papers, asked, named)
    if not found:
        return minutes_untaken(papers, asked, summaries, named)
    best = max(c for c, *_ in found)
    _, _, meeting, item, lines = min((f for f in found if f[0] == best), key=lambda f: f[1])
    if detail:
        return read_whole(papers, asked, meeting, item, lines)
    lines = [*lines, *put_right(asked, item, lines)]
    if names_unquoted(papers, asked, meeting, [i for *_, i, _ in found], item, lines):
        return None  # "did the march minutes get corrected for david jeffels": the item read whole
    draft = papers.draft()
    for line in lines:
        draft.say(f"{label(item.cited, None, item.title, meeting.date)} ({item.title}): {line}",
                  papers.item_citation(meeting, item, line))
    if both and not any(PRIVATE.search(t) for t in (item.title, *lines)):
        return private_listed(papers, asked, named, draft)  # and the private ones, as the open papers list them
    return draft.done()


# an entry of a list a lead-in ends in ":" ("approved with amendments to the following:" / "- Paragraph 5 - ...")
ENTRY = re.compile(r"^(?:[-•*–·]\s|\(?[a-z0-9]{1,3}[.)]\s)", re.I)
ENTRIES = 8  # the entries of such a list quoted at most


def read_whole(papers: Papers, asked: Asked, meeting: Meeting, item: MinuteItem, lines: list[str]) -> Answer | None:
    """What else the item taking up the minutes says, asked ("what changes were made to the 22 aug minutes before
    they were approved": the amendments listed under "approved with amendments to the following:"), where the
    search did not find the item, whose words need not be the question's (its "amendments" for "changes"): its lines
    on the minutes with the list they lead into. None where the search found it (the other routes read it whole)."""
    key = dict(zip(map(id, meeting.items), meeting.item_keys(), strict=True))[id(item)]
    if any(h.node.item_key == key for h in asked.hits):
        return None
    said = [s.strip() for s in sentences(item.text)]
    quoted: list[str] = []
    for line in lines:
        quoted.append(line)
        if not line.rstrip().endswith(":") or line not in said:
            continue
        for entry in said[said.index(line) + 1:][:ENTRIES]:
            if not ENTRY.match(entry):
                break
            quoted.append(entry)
    draft = papers.draft()
    for n, line in enumerate(dict.fromkeys(quoted)):  # the item named once, before its first line
        said_as = f"{label(item.cited, None, item.title, meeting.date)} ({item.title}): {line}" if n == 0 else line
        draft.say(said_as, papers.item_citation(meeting, item, line))
    return draft.done()


# what was done to put the minutes right, as minutes say it ("The minutes were updated prior to being signed off")
PUT_RIGHT = re.compile(r"\b(?:updated|amended|corrected|altered|changed|rectified)\b", re.I)
MORE_LINES = 2  # the item's sentences on what the question names of the minutes besides their fate, at most


def put_right(asked: Asked, item: MinuteItem, lines: list[str]) -> list[str]:
    """The sentences of ``item`` after ``lines`` on what the question names besides the minutes' fate ("were the
    March minutes corrected to record David Jeffels as absent": "Following the meeting David Jeffels verbally informed
    ... that he was not present ...", then "The minutes were updated prior to being signed off"): a sentence holding
    a word of the question the lines lack, and one naming the minutes and how they were put right."""
    said = {t for t in asked.terms if any(asked.has(t, set(stems(line))) for line in lines)}
    out: list[str] = []
    for s in sentences(item.text):
        s = s.strip()
        if s in lines or len(out) >= MORE_LINES:
            continue
        new = {t for t in asked.terms if t not in said and asked.has(t, set(stems(s)))}
        if new or (out and RECORD.search(s) and PUT_RIGHT.search(s)):
            out.append(s)
            said |= new
    return out


def taken_up_lines(meeting: Meeting, item: MinuteItem, named: Callable[[dt.date], bool]) -> list[str]:
    """The sentences of ``item`` saying what was done with minutes of a date ``named`` accepts, where its title or
    text names them; [] otherwise."""
    title_dated = RECORD.search(item.title) and any(
        f.date != meeting.date and named(f.date) for f in find_dates(item.title, meeting.date))
    out: list[str] = []
    for s in sentences(item.text):
        dated = any(f.date != meeting.date and named(f.date) for f in find_dates(s, meeting.date))
        # (an item titled by the minutes' date may say what was done with "these": "It was resolved that the
        # Chairman sign these as a correct record of that meeting")
        # (and a later sentence on minutes of the same meeting: "The exempt minutes of that meeting were also
        # confirmed")
        if DONE_WITH.search(s) and ((RECORD.search(s) and (dated or out)) or title_dated):
            out.append(s.strip())
    return out[:LINES]


def minutes_untaken(papers: Papers, asked: Asked, summaries: list[MeetingSummary],
                    named: Callable[[dt.date], bool]) -> Answer | None:
    """The refusal where the minutes asked about are taken up by none of the meetings asked about, which take up
    other dates' ("did they sign off the minutes from their january meeting", where the papers approve March's and
    April's), and no meeting of that date is in the papers either (whose own record another route reads). None where
    one is, or where no item names minutes by their date: an undated "minutes of the last meeting" may be them."""
    if any(named(s.date) for s in papers.in_where(asked, papers.meetings(asked.filters.committee))):
        return None
    dates: set[dt.date] = set()
    for summary in summaries:
        meeting = papers.meeting(summary.key, asked.filters.audience)
        for item in meeting.items:
            for line in taken_up_lines(meeting, item, lambda _: True):
                dates.update(f.date for f in find_dates(line, meeting.date) if f.date != meeting.date)
            if RECORD.search(item.title) and taken_up_lines(meeting, item, lambda _: True):
                dates.update(f.date for f in find_dates(item.title, meeting.date) if f.date != meeting.date)
    if not dates:
        return None
    said = [when(d) for d in sorted(dates)[-UNTAKEN_LISTED:]]
    listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
    return not_found(f"No meeting asked about takes up minutes of that date; they take up the minutes of {listed}.")


def names_unquoted(papers: Papers, asked: Asked, meeting: Meeting, items: list[MinuteItem], item: MinuteItem,
                   lines: list[str]) -> bool:
    """Does the question name someone or something one of the ``items`` taking up minutes of the date prints and the
    quoted lines of ``item`` do not ("did the march minutes get corrected for david jeffels", "has cllr leone put the
    approved march minutes on the website"): does it ask something else of the minutes than what was done with them?
    The words naming the body or council are no such names."""
    names = asked.plan.names - asked.plan.scope_words - papers.named_words({meeting.key})
    printed = {w for i in items for w in re.findall(r"[a-z]+", i.text.lower())}
    quoted = set(re.findall(r"[a-z]+", " ".join([item.title, *lines]).lower()))
    return any(n in printed and n not in quoted for n in names)
