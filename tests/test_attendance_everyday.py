"""Attendance asked in everyday words, over fictional papers written for this test
(tests/fixtures/attendance-everyday): "were any locals there" (the record counts the public: "3 members of the
public"), "was anyone from the comms team at the board" (the record prints each person's post: "Deputy Director
Communications and Engagement"), "did X make the licensing committee in october" (the body named for its meeting).
Each is the attendance record's to answer, cited to it; "make the council aware" is no attendance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "attendance-everyday"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "ashby fold annual meeting 2024 - were any locals there?",
    "were any members of the public at the licensing committee",
    "was anybody from finance at the board in march?",
    "did neil duckworth make the wraybeck licensing committee in october 2023?",
    "did the chief nursing officer miss the board?",
])
def test_asked_as_attendance(question: str) -> None:
    intents = cue_intents(question)
    assert intents.get(Intent.ATTENDANCE, 0) > max(
        (c for i, c in intents.items() if i != Intent.ATTENDANCE), default=0), intents


@pytest.mark.parametrize("question", [
    "did the leader make the council aware of the overspend?",
    "did the board make the committee's recommendation its own",
    "were any residents there consulted about the bench",
])
def test_not_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


def test_the_public_counted(asked: Minutebook) -> None:
    answered = asked.ask("ashby fold annual meeting 2024 - were any locals there?")
    assert answered.found, answered.answer
    assert "3 members of the public" in answered.answer
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2024-05-13"}


def test_a_team_asked_by_its_short_name(asked: Minutebook) -> None:
    answered = asked.ask("hollin ridge icb - was anyone from the comms team at the march 2024 board?")
    assert answered.found, answered.answer
    assert "Lena Farrow" in answered.answer
    assert "Colin Platt" not in answered.answer  # the line of the post asked after, not the whole record
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2024-03-21"}


def test_a_member_making_the_body(asked: Minutebook) -> None:
    answered = asked.ask("did neil duckworth make the wraybeck licensing committee in october 2023?")
    assert answered.found, answered.answer
    assert "Neil Duckworth" in answered.answer
    assert {(c.meeting_date.isoformat(), c.minute or "") for c in answered.citations} == {("2023-10-02", "")}
