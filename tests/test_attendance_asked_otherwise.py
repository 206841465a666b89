"""Attendance asked in other words (tests/fixtures/attendance-asked-otherwise, fictional papers written for this
test): "who was presiding" (the word Northern Irish minutes print over the chair), "which members sent regrets"
(apologies in the older word), "list of absentees", "who was only in for part of the session" (the record notes it
beside the name: "(part meeting)"), "what time did proceedings open". Each is the record's to answer, with the part
of it asked about; "the waiting list" or "regrets the delay" is no attendance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "attendance-asked-otherwise"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "Who was presiding when Ardnaglass council met in April 2024?",
    "which board members sent regrets to the fernleigh trust board in may",
    "ardnaglass council mtg 9/4/24 - list of absentees",
    "which fernleigh board people were only in for part of the 16 may 2024 session",
    "who was there for part of the sitting only?",
])
def test_asked_as_attendance(question: str) -> None:
    intents = cue_intents(question)
    assert intents.get(Intent.ATTENDANCE, 0) > max(
        (c for i, c in intents.items() if i != Intent.ATTENDANCE), default=0), intents


def test_proceedings_opening_asks_the_start() -> None:
    assert Intent.START in cue_intents("ardnaglass april 2024 sitting - what time did proceedings open")


@pytest.mark.parametrize("question", [
    "how long is the waiting list for allotments?",
    "the board regrets the delay to the audit - when is it due?",
    "which part of the bypass was the council presiding over the funding of",
    "did the road safety progress report the panel asked for in march come to the june meeting?",  # a paper
])
def test_not_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


def test_who_presided(asked: Minutebook) -> None:
    answered = asked.ask("Who was presiding when Ardnaglass council met in April 2024?")
    assert answered.found, answered.answer
    assert "Doherty" in answered.answer


def test_regrets_are_the_apologies(asked: Minutebook) -> None:
    answered = asked.ask("which board members sent regrets to the fernleigh trust board in may")
    assert answered.found, answered.answer
    assert "Sarah Okafor" in answered.answer and "Tom Beale" in answered.answer
    assert "Ravi Mistry" not in answered.answer  # present, not away


def test_list_of_absentees(asked: Minutebook) -> None:
    answered = asked.ask("ardnaglass council mtg 9/4/24 - list of absentees")
    assert answered.found, answered.answer
    assert "Kearney" in answered.answer and "O'Neill" in answered.answer
    assert "Gormley" not in answered.answer


def test_only_there_for_part_of_it(asked: Minutebook) -> None:
    answered = asked.ask("which fernleigh board people were only in for part of the 16 may 2024 session")
    assert answered.found, answered.answer
    assert "Helen Tasker" in answered.answer and "Joan Wilde" in answered.answer
    assert "Peter Lund" not in answered.answer and "Ravi Mistry" not in answered.answer  # there throughout


def test_when_proceedings_opened(asked: Minutebook) -> None:
    answered = asked.ask("ardnaglass april 2024 sitting - what time did proceedings open")
    assert answered.found, answered.answer
    assert "7.30" in answered.answer


def test_a_kind_of_member_asked_after_those_away_too(asked: Minutebook) -> None:
    """"Did any district or county councillors come": the record's line of them names who came, and the minute of
    apologies who of them sent apologies; a parish councillor's apologies are not asked after."""
    answered = asked.ask("did any of the district or county councillors come to hollowmere pc on 12 june 2024?")
    assert answered.found, answered.answer
    assert "Owen Sayle" in answered.answer and "Nadia Brook" in answered.answer
    assert any(c.minute == "24/071" for c in answered.citations), answered.citations
    alone = asked.ask("was district cllr owen sayle at hollowmere pc in june 2024?")
    assert "Owen Sayle" in alone.answer and "Nadia Brook" not in alone.answer  # a person asked after, not a kind


FERNLEIGH_RECORD = """Present:
Dr Anya Kerr AK Chair
Mrs Helen Tasker HT Director of Finance (part meeting)
Dr Ravi Mistry RM Medical Director
Apologies:
Mr Tom Beale TB Non-Executive Director"""


@pytest.mark.parametrize(("question", "part_only"), [
    ("which board people were only in for part of the session", True),
    ("did anyone come late to the board?", True),
    ("who left early?", True),
    ("who was at the board?", False),
    ("who left the board last year, and who was present?", False),  # no coming or going during the meeting
])
def test_the_lines_noting_part_attendance(question: str, part_only: bool) -> None:
    from service.record_parts import asked_part

    parts = asked_part(FERNLEIGH_RECORD, question, set())
    assert (parts == ["Mrs Helen Tasker HT Director of Finance (part meeting)"]) is part_only, parts
