"""A member's declaration minuted over several sentences (tests/fixtures/declarations-said-whole, a fictional
planning committee's minutes written for this test): the interest, the reason, what she took no part in, and that she
would come to the application with an open mind. "What was Cllr Farrow's interest in the Mill Lane application" is
answered with all of it, and not with the next member's declaration that follows it in the same paragraph.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "declarations-said-whole"


planning = papers_fixture(PAPERS)


def test_the_declaration_quoted_whole(planning: Minutebook) -> None:
    answered = planning.ask("What was Cllr Farrow's interest in the Mill Lane application at thornbury vale planning?")
    assert answered.found, answered.answer
    assert "Ashcombe Parish Council" in answered.answer  # the reason
    assert "open mind" in answered.answer  # the last sentence about her declaration
    assert "Quarry Farm" not in answered.answer and "Hale" not in answered.answer  # another member's


def test_the_next_members_declaration_is_his_own(planning: Minutebook) -> None:
    answered = planning.ask("what interest did cllr hale declare at the thornbury vale planning committee?")
    assert answered.found, answered.answer
    assert "neighbour" in answered.answer and "left the meeting" in answered.answer
    assert "Farrow" not in answered.answer
