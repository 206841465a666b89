"""Decisions asked in everyday words (class 26a of round 26):

- an approval asked as whether a scheme "went through at" the body deciding it;
- an election asked whether there was "any contest" (minuted "unopposed", "no other nominations"), a later part
  whose "was there any ..." is no question of who was there;
- a choice asked in everyday words ("fine or changed") answered by the papers' other wording ("no amendments");
- a member decisions meeting's records asked as its "decision notes";
- minutes named by a date said month first ("the may fifth minutes");
- an item taken out of order ("FP/43 (taken out of order)" before "FP/42"), and one taken up again at a reconvened
  sitting under its own number ("FP/44 ... (CONTINUED)"), each an item of its own with its decision.

The papers are written for the test (tests/fixtures/everyday-decisions-26a), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from minutebook.dates import month_days
from service.core import Minutebook
from service.evidence import stems
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "everyday-decisions-26a"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("did the miller's croft houses go through at elmsworth planning?", ["approved", "25%"], []),
    ("thornbury ash: who ended up vice chairman, and was there any contest for it?", ["Pell", "unopposed"], []),
    ("thornbury ash june 2030 - the may minutes, signed off fine or changed?", ["no amendments"], []),
    ("marlow vale leader's decisions 7/11/30 - were the october decision notes ok'd?", ["correct records"], []),
    ("thornbury ash 12/6/30 - who proposed taking the may fifth minutes as read", ["Greaves", "Trent"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.real_model
def test_item_out_of_order_cites_its_own_number(asked: Minutebook) -> None:
    answer = answered(asked, "fellbeck park planners - did they turn down the gill foot campsite?", ["REFUSED"])
    assert answer.citations[0].minute == "FP/42"


@pytest.mark.real_model
def test_item_resumed_cites_its_own_number(asked: Minutebook) -> None:
    answer = answered(asked, "fellbeck planning sept 2030 - which car park option got picked?", ["option 2"])
    assert answer.citations[0].minute == "FP/44"


@pytest.mark.real_model
def test_approval_cites_the_application(asked: Minutebook) -> None:
    answer = asked.ask("did the miller's croft houses go through at elmsworth planning?")
    assert any(c.minute == "PC/30/03" for c in answer.citations)


@pytest.mark.parametrize("question", [
    "who got the vice chair job and was there a vote on it",
    "who's the treasurer and were there any objections",
])
def test_there_being_is_no_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


def test_who_was_there_still_attendance() -> None:
    assert Intent.ATTENDANCE in cue_intents("who was there from the parish council")


def test_went_through_at_a_body_is_a_decision() -> None:
    assert Intent.RESOLUTION in cue_intents("did the barn conversion go through at the planning committee")


@pytest.mark.parametrize(("question", "decided"), [
    ("which contractor did the parish pick for the hedge cutting", True),
    ("which of the three designs did the board choose", True),
    ("when did the committee pick it back up", False),
    ("what did the health select commission say about waiting lists", False),
])
def test_picking_one_is_a_decision(question: str, decided: bool) -> None:
    assert (Intent.RESOLUTION in cue_intents(question)) == decided


@pytest.mark.parametrize(("text", "day"), [
    ("the august ninth record", dt.date(2030, 8, 9)),
    ("the may fifth minutes", dt.date(2030, 5, 5)),
    ("the june 3rd meeting", dt.date(2030, 6, 3)),
])
def test_month_first_days(text: str, day: dt.date) -> None:
    assert [f.date for f in month_days(text, dt.date(2030, 12, 31))] == [day]


@pytest.mark.parametrize("text", ["they may second it", "the march 2030 minutes", "august 9th, 2030"])
def test_not_month_first_days(text: str) -> None:
    assert month_days(text, dt.date(2030, 12, 31)) == []


def test_afterwards_says_when() -> None:
    assert stems("kept private afterwards") == stems("kept private")
