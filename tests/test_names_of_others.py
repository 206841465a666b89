"""A word another council prints only in a name is no name of the council asked about.

Read from two fictional bodies' minutes (``fixtures/names-of-others``): a council's cabinet, whose papers print
"Fresh" only in its "Fresh Start Improvement Plan", and a police and crime panel told how many towns will get new
cameras. "Towns in line for fresh cctv spending per the moxley commissioner - how many" asks the panel's figure: its
"fresh" is an everyday word, not a name the figure must be singled out by, since the panel's papers never print it.
"""

from __future__ import annotations

import pytest

from service.core import Minutebook
from tests.conftest import REPO, papers_fixture

FIXTURES = REPO / "tests" / "fixtures" / "names-of-others"


opened = papers_fixture(FIXTURES)


@pytest.mark.parametrize("question", [
    "towns in line for fresh cctv spending per the moxley commissioner - how many",
    "how many towns are getting fresh cameras from the moxley commissioner",
])
def test_an_everyday_word_another_council_prints_as_a_name(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert answer.found and "9 towns" in answer.answer, answer.answer


def test_the_figure_is_still_of_the_council_asked(opened: Minutebook) -> None:
    answer = opened.ask("towns getting fresh cctv in brackwater - how many")
    assert not answer.found, answer.answer
