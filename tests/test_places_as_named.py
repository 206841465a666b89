"""A council named as people name it, where its papers print its name only in their headers and file them under names
that say nothing of it ("minutes-2025-06-09.txt"). Small fictional papers written for this test
(``fixtures/places-named``):

* a parish council's own minutes ("Minutes of the Meeting of Pollardby-on-Wold Parish Council"): asked of "pollardby
  parish council", the first part of a name written with hyphens, or of the name in full;
* a heading naming the council and the panel across a dash ("Ardmallow Borough Council — Overview and Scrutiny
  Panel"), the place printed nowhere else: asked of "the ardmallow scrutiny panel";
* a committee named "of" its council ("Planning Committee of Shalecombe District Council"): asked of "shalecombe
  planning".

A council the papers do not hold is still refused.
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "places-named"


opened = papers_fixture(FIXTURES)


@pytest.mark.parametrize(("question", "minute", "said"), [
    ("pollardby parish council june - how much was the playground quote", "25/44", "£4,350"),
    ("pollardby-on-wold parish council: how much was the quote for the playground?", "25/44", "£4,350"),
    ("ardmallow scrutiny panel - what did they want cabinet to do about fly tipping", "3", "enforcement officers"),
    ("shalecombe planning july - what happened with orchard farm?", "PL/25/032", "GRANTED"),
])
def test_a_council_named_as_people_name_it_is_answered(opened: Minutebook, question: str, minute: str,
                                                       said: str) -> None:
    answer = opened.ask(question)
    assert answer.found, answer.answer
    assert answer.citations[0].minute == minute and said in answer.answer, answer.answer


def test_who_sent_apologies_to_a_parish_council_named_by_its_first_word(opened: Minutebook) -> None:
    answer = opened.ask("pollardby pc - who sent apologies")
    assert answer.found and "Gale" in answer.answer, answer.answer


def test_a_council_the_papers_do_not_hold_is_refused(opened: Minutebook) -> None:
    answer = opened.ask("grimsworth parish council june - how much was the playground quote")
    assert not answer.found, answer.answer
