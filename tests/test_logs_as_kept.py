"""Action logs as bodies keep them, and follow-ups asked after as people ask.

* A log printed without a heading row, in the item going through the actions: each line the action, its owner in
  brackets, and where it stands ("Water rescue cover review (ACFO)   - Outstanding, due March 2027"). Each line is a
  row, and the row is the latest word on the action line it answers ("ACTION: ACFO - review of water rescue cover at
  Fenby station - March 2027": its owner, what they are to do and by when, an action of its own).
* A scrutiny panel's log printed under its minutes names each row by the minute it came from, in the log's shorthand
  ("12 | Recruitment progress note" for minute 12's "a further report on home care recruitment"): the row is the
  minute's one ask's, and a later meeting's log bringing row 12 up to date is the latest word on it. Decisions in a
  lettered list ("a. That ... b. That ... c. That ...") are each their own.
* Asked as "did the <body named in full> get its report on ...", "where's the <thing> they asked for": where the
  follow-up stands.

The papers are written for the test (a fire authority's two meetings, in plain text; a scrutiny panel's two
meetings, in HTML), read by the real parser, and asked through a real store with the real model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from ingest.actions import track
from ingest.pipeline import parse_file
from minutebook.model import Action, ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "logs-as-kept"


@pytest.fixture(scope="module")
def register() -> list[Action]:
    return track([parse_file(p) for p in sorted(PAPERS.iterdir())])


def _one(register: list[Action], words: str) -> Action:
    found = [a for a in register if words in a.text]
    assert len(found) == 1, [a.text for a in found]
    return found[0]


def test_a_log_without_a_heading_row_is_read_row_by_row(register: list[Action]) -> None:
    cover = _one(register, "Water rescue cover review")
    assert cover.owner == "ACFO" and cover.due == dt.date(2027, 3, 31)
    assert cover.status == ActionStatus.OUTSTANDING
    refresh = _one(register, "Capital programme refresh (Treasurer)")
    assert refresh.status == ActionStatus.COMPLETED
    # the lines around it are no rows: the Clerk's lead-in, the Chief Fire Officer's note
    assert not any("loan boat" in a.text or "took members through" in a.text for a in register)


def test_an_action_line_naming_its_owner_first_is_an_action_of_its_own(register: list[Action]) -> None:
    review = _one(register, "review of water rescue cover at Fenby station")
    assert review.owner == "ACFO" and review.due == dt.date(2027, 3, 31)
    # the decision above it keeps its own words, no owner made of the action's
    assert not any(a.owner and "review of water rescue" in a.owner for a in register)
    # the log's row at the next meeting is its latest word
    assert review.status == ActionStatus.OUTSTANDING
    assert review.evidence and review.evidence[-1].meeting_date == dt.date(2026, 12, 10)
    assert "Outstanding, due March 2027" in review.evidence[-1].quote
    refresh = _one(register, "ACTION: Treasurer - capital programme refresh")
    assert refresh.status == ActionStatus.COMPLETED


def test_a_lettered_list_of_decisions_is_read_part_by_part() -> None:
    paper = parse_file(PAPERS / "ferncastle-council-adult-social-care-scrutiny-panel-2026-09-16.html")
    item = next(i for i in paper.meetings[0].items if i.number == "13")
    assert [r.number for r in item.resolutions] == ["a", "b", "c"]
    assert item.resolutions[2].text.startswith("That the Carers Lead supply a ward-by-ward breakdown")


def test_a_row_naming_its_minute_in_shorthand_is_that_minutes_one_ask(register: list[Action]) -> None:
    update = _one(register, "further report on home care recruitment")
    assert update.status == ActionStatus.SCHEDULED
    assert update.evidence[-1].meeting_date == dt.date(2026, 11, 18)
    assert "January 2027 meeting" in update.evidence[-1].quote
    breakdown = _one(register, "ward-by-ward breakdown")
    assert breakdown.status == ActionStatus.COMPLETED


def test_of_a_minute_asking_two_things_a_row_sharing_one_word_is_not_taken(register: list[Action]) -> None:
    # "Discharge delays data" is the report asked for, not the visit to the discharge hub promised beside it
    visit = _one(register, "agreed to visit the discharge hub")
    assert not visit.evidence
    assert _one(register, "report discharge delays").evidence


@pytest.mark.parametrize("question", [
    "did the marshby fire and rescue authority get its report on water rescue cover",
    "has the adult social care scrutiny panel received the breakdown it wanted",
    "ferncastle - where's the update on home care recruitment they asked for",
])
def test_asked_after_as_people_ask_it_is_a_follow_up(question: str) -> None:
    assert Intent.FOLLOWUP in cue_intents(question)


@pytest.mark.parametrize("question", [
    "did the parish council get planning permission for the hall",
    "did the planning committee get any objections to the mast",
])
def test_what_a_body_got_that_no_one_asked_for_is_no_follow_up(question: str) -> None:
    assert Intent.FOLLOWUP not in cue_intents(question)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in PAPERS.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_did_the_body_get_its_report_is_answered_from_the_latest_log(bodies: Minutebook) -> None:
    answered = bodies.ask("did the marshby fire and rescue authority get its report on water rescue cover at fenby")
    assert answered.found, answered.answer
    assert answered.status == ActionStatus.OUTSTANDING, answered.answer
    assert any(c.meeting_date == dt.date(2026, 12, 10) and c.item_title == "ACTION LOG" for c in answered.citations)
    assert "March 2027" in answered.answer


def test_the_update_they_asked_for_is_answered_from_the_later_log(bodies: Minutebook) -> None:
    answered = bodies.ask("ferncastle care panel - where's the report on home care recruitment they asked for")
    assert answered.found, answered.answer
    assert answered.status == ActionStatus.SCHEDULED, answered.answer
    assert any(c.meeting_date == dt.date(2026, 11, 18) for c in answered.citations), answered.answer
    assert "January 2027" in answered.answer


def test_what_the_meeting_was_told_beside_the_row_is_said_with_it(bodies: Minutebook) -> None:
    answered = bodies.ask("did the ferncastle panel ever get the ward breakdown of carers assessments")
    assert answered.found, answered.answer
    assert answered.status == ActionStatus.COMPLETED, answered.answer
    assert "212 of the 540" in answered.answer, answered.answer
