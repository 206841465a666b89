"""Questions asked of several meetings at once, and of the meeting after one, in papers no test had.

The forms, each in ``tests/fixtures/meetings-compared/`` (three fictional councils):

- the date of the next meeting printed as the last public item, under which a divider heads the private business
  ("PART B - RESTRICTED ITEMS" and the motion to go 'In Committee', a Northern Irish committee; "EXEMPT ITEMS" and
  the Section 100A exclusion, an English county's): the item is public, the business after the divider is not, and
  "next meeting?" is answered by the date alone;
- one council's three bodies (its cabinet, its audit committee, the full council) asked of together: "how many
  declarations at the cabinet in nov 2022 and the audit committee in feb 2024" is answered by each meeting's record
  (a member's declaration, "There were no declarations"), one line each; and a second meeting placed by how long
  after the first it came ("the audit committee feb 2024 and the full council a year on").

The papers are ingested with the real model into a real store and asked through the same ``Minutebook`` the
service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "meetings-compared"


papers = papers_fixture(PAPERS)


# ----------------------------------------------------------------------------- read without a store

@pytest.mark.parametrize(("paper", "public", "private"), [
    ("ballyfeard-and-glenmoy-district-council-leisure-committee-2026-05-07.md", "Date of Next Meeting",
     "Catering Concession, Ballyfeard Pavilion"),
    ("wellsby-county-council-rights-of-way-committee-2026-03-17.txt", "Report on Obstructions Cleared",
     "Prosecution - Obstruction of Bridleway 9, Ashby Moor"),
])
def test_a_divider_under_an_item_heads_the_business_after_it(paper: str, public: str, private: str) -> None:
    """The divider and the motion to exclude are printed under the last public item, in its text: what they say
    (the Northern Irish Act's Schedule 6, the 1972 Act's Schedule 12A) makes the business after them private, not the
    item they are printed under."""
    (meeting,) = parse_file(PAPERS / paper).meetings
    exempt = {i.title: i.exempt for i in meeting.items}
    assert exempt[public] is False
    assert exempt[private] is True


# ----------------------------------------------------------------------------- asked of the store

def test_the_next_meeting_printed_before_private_business(papers: Minutebook) -> None:
    a = papers.ask("ballyfeard leisure cttee - next meeting?")
    assert a.found and "4 June 2026" in a.answer
    assert [c.item_title for c in a.citations] == ["Date of Next Meeting"]
    assert "RESTRICTED" not in a.answer and "In Committee" not in a.answer  # the divider's words are not the date


def test_declarations_counted_at_two_bodies_of_one_council(papers: Minutebook) -> None:
    a = papers.ask("harnbury - how many interest declarations were there at the cabinet in nov 2022 and the audit "
                   "committee in feb 2024, and who made them")
    assert a.found
    cited = {(c.meeting_date, c.item_title) for c in a.citations}
    assert {(dt.date(2022, 11, 16), "DECLARATIONS OF INTEREST"), (dt.date(2024, 2, 8), "DECLARATIONS OF INTEREST")} \
        <= cited
    assert "Patel" in a.answer and "There were no declarations of interest" in a.answer
    assert dt.date(2025, 2, 12) not in {c.meeting_date for c in a.citations}  # the council's third body, not asked


@pytest.mark.parametrize("question", [
    "harnbury: who sent apologies - audit committee feb 2024 and the full council a year on",
    "harnbury, who sent their regrets: the audit committee on 8/2/24 and then full council twelve months later",
])
def test_a_meeting_placed_by_how_long_after_another(papers: Minutebook, question: str) -> None:
    a = papers.ask(question)
    assert a.found
    assert "Lomas" in a.answer and "Pennington" in a.answer
    assert {c.meeting_date for c in a.citations} == {dt.date(2024, 2, 8), dt.date(2025, 2, 12)}


def test_a_meeting_placed_after_another_is_not_a_year_named() -> None:
    """"A year on" from February 2024 is about February 2025, not all of 2024 again, nor 2026."""
    from index.query import QueryPlan, _dates

    question = "the audit committee in feb 2024 and the full council a year on"
    plan = QueryPlan(text=question)
    _dates(plan, question, dt.date(2026, 1, 1))
    later = [p for p in plan.periods if p[0].year >= 2024 and p[0] > dt.date(2024, 3, 1)]
    assert len(later) == 1
    ((start, end),) = later
    assert start <= dt.date(2025, 2, 12) <= end and end < dt.date(2025, 12, 31)
    assert "year" in plan.date_words and "on" in plan.date_words


@pytest.mark.parametrize("question", [
    "upper tillingham pc - what is the clerk due to report on when they next get together",
    "what's the upper tillingham clerk reporting back on when the council meets again",
])
def test_what_is_to_be_reported_when_the_body_next_meets(papers: Minutebook, question: str) -> None:
    """"When they next get together" is the next meeting, asked for what is to come to it, not for its date: the
    part of the item that asks the clerk to report back, with the subject the part prints before its words."""
    a = papers.ask(question)
    assert a.found and "Churchyard Wall" in a.answer
    assert "13th July" not in a.answer  # not when the next meeting is


@pytest.mark.parametrize("question", [
    "of the harnbury meetings on file, which one was held in a committee room, and which could people join remotely",
    "harnbury - which of the three meetings could people join remotely?",
])
def test_which_of_several_meetings_was_held_so(papers: Minutebook, question: str) -> None:
    """Which of several meetings is asked: each one's venue, oldest first, so that the one held in a committee room
    and the one joined remotely are both there to be read (not the likeliest meeting's alone)."""
    a = papers.ask(question)
    assert a.found
    assert [c.meeting_date for c in a.citations] == [dt.date(2022, 11, 16), dt.date(2024, 2, 8), dt.date(2025, 2, 12)]
    assert "Committee Room 2" in a.answer and "remotely via Microsoft Teams" in a.answer


def test_where_one_meeting_was_held_is_that_meetings_venue_alone(papers: Minutebook) -> None:
    a = papers.ask("where was the harnbury audit committee held in feb 2024")
    assert a.found and [c.meeting_date for c in a.citations] == [dt.date(2024, 2, 8)]


@pytest.mark.parametrize("question", [
    "coldharbour pc - what were the total funds at the may meeting vs june",
    "coldharbour parish council: how did the total funds compare between the may and june meetings",
])
def test_each_meetings_line_is_the_decision_that_prints_what_is_asked(papers: Minutebook, question: str) -> None:
    """Each finance minute lists its decisions (a) payments "totalling" a sum, b) the bank reconciliation "showing
    total funds of" another): each meeting's line is the one giving the total funds asked, not the first that shares
    a word with it."""
    a = papers.ask(question)
    assert a.found
    assert "£38,420.55" in a.answer and "£36,902.15" in a.answer
    assert {c.meeting_date for c in a.citations} == {dt.date(2026, 5, 11), dt.date(2026, 6, 8)}


@pytest.mark.parametrize("question", [
    "pellbridge amenities - how did the allotment rents thing play out over the two meetings",
    "pellbridge town council amenities cttee, allotment rents - what happened across both meetings",
])
def test_a_matter_asked_over_the_meetings_that_took_it_up(papers: Minutebook, question: str) -> None:
    """"Over the two meetings", "across both meetings": one line a meeting, each with what it heard and what it
    decided then (deferred to consult the allotment holders; the rise phased from 1 October 2026)."""
    a = papers.ask(question)
    assert a.found
    assert "deferred" in a.answer and "£45 a plot from 1 October 2026" in a.answer
    assert {c.meeting_date for c in a.citations} == {dt.date(2026, 1, 20), dt.date(2026, 3, 17)}
