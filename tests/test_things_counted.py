"""Things asked for by their number ("which 9 grant schemes did officers run", "which of the 6 recommendations did
cabinet accept"): where the papers give only how many there were ("had run 9 different grant schemes", "The task
group had made six recommendations"), the answer is refused; where they list them ("three priorities: affordable
homes, bus services and town centre jobs") or say it of all of them ("accepted all four recommendations"), it is
answered. Some of a set counted ("how many of the riverside quarter homes r affordable") counts the set's things,
the homes; text-speak ("r", "u", "ur") is read as the words meant. The papers are written for the test
(tests/fixtures/things-counted).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "things-counted"


counted = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "tolland council june 2024 - which 9 grant schemes did officers run?",
    "which of the 6 library hours recommendations did brackenfield cabinet accept",
    "what six recommendations did the library task group make to brackenfield cabinet?",
])
def test_a_count_is_not_the_things(counted: Minutebook, question: str) -> None:
    answered = counted.ask(question)
    assert not answered.found, answered.answer


def test_things_said_of_all_of_them(counted: Minutebook) -> None:
    answered = counted.ask("which of the four grass verge recommendations did brackenfield cabinet accept?")
    assert answered.found, answered.answer
    assert "all four recommendations" in answered.answer
    assert {c.minute for c in answered.citations} == {"CAB25-15"}


def test_things_listed(counted: Minutebook) -> None:
    answered = counted.ask("which 3 priorities did brackenfield cabinet adopt for 2025/26?")
    assert answered.found, answered.answer
    assert "bus services" in answered.answer
    assert {c.minute for c in answered.citations} == {"CAB25-16"}


@pytest.mark.parametrize("question", [
    "rexham regeneration panel - how many of the riverside quarter homes r affordable",
    "how many of the riverside quarter homes are going to be affordable?",
])
def test_some_of_a_set_counted(counted: Minutebook, question: str) -> None:
    # "how many of the riverside quarter homes": homes are counted, the scheme's name is the item's ("r": "are")
    answered = counted.ask(question)
    assert answered.found, answered.answer
    assert "60 homes" in answered.answer
    assert {c.minute for c in answered.citations} == {"12"}


def test_text_speak_read_as_meant() -> None:
    # written out before the question is read (minutebook.vocabulary.SHORTHAND), as the answerer reads every question
    read = written_out("how many of the homes r affordable, and did u see ur report? (Appendix R)")
    assert "homes are affordable" in read and "did you see your report" in read
    assert "Appendix R" in read


def test_some_of_another_set_is_not_counted(counted: Minutebook) -> None:
    # the panel's homes are the riverside quarter's: none of a canal basin scheme the papers never name
    answered = counted.ask("rexham regeneration panel - how many of the canal basin homes r affordable")
    assert not answered.found, answered.answer
