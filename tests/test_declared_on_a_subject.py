"""A declarations question that names what the interest was on is answered from the meeting whose declarations
speak to it, not from the meeting the subject came up at first (fictional papers in ``fixtures/layouts-misread``: a
joint crematorium committee awards the contract for new cremators in March, where a member declares an interest in
the award, and hears how their installation is going in June, where another declares an interest in the accounts)."""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "layouts-misread"


crematorium = papers_fixture(FIXTURES, "thornmere-*.txt")


@pytest.mark.parametrize("question", [
    "did anyone on the thornmere crematorium committee declare an interest in the new cremators?",
    "thornmere crematorium - any interests declared over the cremator replacement?",
    "who had an interest to declare on the cremator contract at the thornmere joint committee",
])
def test_the_declaration_on_the_subject_asked_is_answered(crematorium: Minutebook, question: str) -> None:
    answer = crematorium.ask(question)
    assert answer.found and "Penhaligon" in answer.answer and "Chaudry" not in answer.answer, answer.answer
    assert answer.citations[0].meeting_date.isoformat() == "2025-03-06"


def test_a_declarations_question_of_a_meeting_is_still_answered_from_that_meeting(crematorium: Minutebook) -> None:
    answer = crematorium.ask("did anyone declare an interest at the thornmere crematorium committee in june 2025?")
    assert answer.found and "Chaudry" in answer.answer and "Penhaligon" not in answer.answer, answer.answer
