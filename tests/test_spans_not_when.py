"""A time still to come asked ("when will they close tanyard lane") is refused where the clause on the subject gives
only how long something lasts ("closing Tanyard Lane ... for six weeks as a trial", "for several years"), not when it
happens; a clause that says when ("will close for resurfacing in six weeks") answers.

Papers in tests/fixtures/spans-not-when/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

from service.answer_types import TIME
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "spans-not-when"


papers = papers_fixture(PAPERS)


def test_how_long_is_not_when() -> None:
    assert not TIME.search("closing the lane to through traffic for six weeks as a trial")
    assert TIME.search("the car park will close within six weeks")
    assert TIME.search("the car park will close in six weeks")


def test_a_trial_length_does_not_say_when(papers: Minutebook) -> None:
    answer = papers.ask("when will dunholme close tanyard lane to through traffic")
    assert not answer.found
    answer = papers.ask("when will the dunholme quayside car park close for resurfacing")
    assert answer.found and "six weeks" in answer.answer
