"""The next meeting's date where the minutes give it under another heading.

A fictional county council's minutes announce the next meeting in the Chair's announcements ("The Chair reminded
members that the next meeting of the County Council would be held on ..."), with no "Date of next meeting" item.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """Glanmor County Council

Minutes of the meeting of the County Council held on 3 March 2016

1. Apologies for Absence
Apologies were received from Councillor D. Rees.

2. Revenue Budget 2016/17
RESOLVED that the revenue budget for 2016/17 be approved and the council tax increased by 3.9%.

3. Chair's Announcements
3.1 The Chair congratulated the Glanmor youth choir on its success at the national Eisteddfod.
3.2 The Chair reminded members that the next meeting of the County Council would be held on Thursday,
28 April 2016 at 10.00 am.
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "glanmor-county-council-2016-03-03.txt": MINUTES}) as opened:
        yield opened


def test_the_next_meeting_announced_under_another_heading(county: Minutebook) -> None:
    answer = county.ask("glanmor - date of the next full council after the budget one?")
    assert answer.found and "28 April 2016" in answer.answer
    assert answer.citations[0].minute == "3"


@pytest.mark.parametrize("question", [
    "glanmor county council met on 3 march 2016 - when did it next sit?",
    "when did glanmor county council convene again after the march 2016 budget meeting?",
    "after the 3 march 2016 meeting, when did glanmor council sit again?",
])
def test_a_council_that_sits_or_convenes_next_is_its_next_meeting(county: Minutebook, question: str) -> None:
    answer = county.ask(question)
    assert answer.found and "28 April 2016" in answer.answer, answer.answer
