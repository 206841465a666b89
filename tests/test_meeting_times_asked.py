"""A meeting's times and absentees asked in other words.

Read from a fictional district council's planning committee (``fixtures/venue-and-times``), whose heading prints
when it began and whose last line when it closed:

* "what time did proceedings open", "when did the sitting begin": when the meeting began (its business, its sitting);
* "how long did the sitting on the plans list last, start to finish": when it began and when it closed, not the close
  alone;
* "list of absentees": the record of apologies.
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "venue-and-times"


opened = papers_fixture(FIXTURES)


@pytest.mark.parametrize("question", [
    "greyholt planning committee, may 2026 - what time did proceedings open",
    "when did the sitting of greyholt's planning committee begin in may 2026",
])
def test_when_the_business_began_is_when_the_meeting_did(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert answer.found and "10.00am" in answer.answer, answer.answer


def test_how_long_it_went_on_is_from_its_start_to_its_close(opened: Minutebook) -> None:
    answer = opened.ask("How long did Greyholt's planning committee sitting on the plans list last in May 2026, start "
                        "to finish?")
    assert answer.found and "10.00am" in answer.answer and "11.40am" in answer.answer, answer.answer


def test_the_list_of_absentees_is_the_record_of_apologies(opened: Minutebook) -> None:
    answer = opened.ask("greyholt planning cttee 7/5/26 - list of absentees")
    assert answer.found and "Moss" in answer.answer, answer.answer
