"""Near misses asked as people ask them, refused: a council's panel named with a word saying which of its panels
("farrowdale's adults scrutiny panel", where its papers are a children's panel's) is no panel of that council,
though the papers capitalise "Adult" (another council's "Adult Social Care") and the bare "adults" could read as a
possessive; and "what's the budget for" a thing asks for a sum, which an item saying only that the thing is being
considered does not give. Beside them, the same questions of what the papers do hold, answered.

The papers are written for the test (tests/fixtures/near-misses21a: a fictional borough's children's scrutiny panel
and planning committee, and another council's adults panel), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from service.evidence import asks_money
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "near-misses21a"


asked = papers_fixture(PAPERS, "*.txt")


def test_a_panel_the_council_does_not_have_is_refused(asked: Minutebook) -> None:
    answer = asked.ask("what did farrowdale's adults scrutiny panel say about care home fees")
    assert not answer.found
    assert "Adults Scrutiny Panel" in answer.answer and "Children and Families Scrutiny Panel" in answer.answer


def test_the_panel_it_has_is_answered(asked: Minutebook) -> None:
    answer = asked.ask("what did farrowdale's childrens scrutiny panel say about care home fees")
    assert answer.found and "8%" in answer.answer


def test_a_budget_not_given_is_refused(asked: Minutebook) -> None:
    assert not asked.ask("whats the budget for farrowdale's new millbeck childrens home").found


def test_a_budget_given_is_answered(asked: Minutebook) -> None:
    answer = asked.ask("whats the budget for the foster carer recruitment campaign")
    assert answer.found and "£45,000" in answer.answer


def test_the_budget_for_a_thing_asks_a_sum() -> None:
    assert asks_money("whats the budget for the new children's home")
    assert asks_money("parish council - what's the budget for the jubilee beacon")
    assert not asks_money("what did they say about the budget for 2027/28")
