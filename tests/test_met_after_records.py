""""When did they next meet after the 3 March decisions?" where no paper announces the next meeting: the first later
meeting, cited to its item approving the earlier record, whatever the record is called: an executive member's
"Decision record", a forum's "Notes of the last meeting", as well as "Minutes". An executive member's decisions
meeting prints no attendance record (nor do a forum's notes), so without the approving item nothing said when it
met.

The papers are written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """Member Decisions Meeting for the Cabinet Member for Highways - Thursday, 3rd March, 2022 10.00 am
Venue: Cabinet Member's Office - County Hall, Brenford

1. DECLARATIONS OF PERSONAL INTERESTS

There were no declarations of personal interest.

2. WINTER GRITTING ROUTES

RESOLVED that the revised winter gritting routes be approved.
"""

APRIL = """Member Decisions Meeting for the Cabinet Member for Highways - Wednesday, 13th April, 2022 10.00 am
Venue: Cabinet Member's Office - County Hall, Brenford

1. DECLARATIONS OF PERSONAL INTERESTS

There were no declarations of personal interest.

2. DECISION RECORD - 3RD MARCH 2022

RESOLVED that the decision record of the meeting held on the 3rd March 2022 be signed as a correct record.

3. BUS SHELTER GRANTS

RESOLVED that grants of £2,000 be made to Ashby and Corley parish councils for bus shelters.
"""


NOVEMBER = """Dunmere Schools Forum
Notes of the meeting held on Thursday 4 November 2021 at 2.00pm, Council Chamber, Dunmere Civic Centre

1. HIGH NEEDS BLOCK

The Forum noted the projected overspend on the high needs block of £1.2 million.
"""

JANUARY = """Dunmere Schools Forum
Notes of the meeting held on Thursday 20 January 2022 at 2.00pm, Council Chamber, Dunmere Civic Centre

1. NOTES OF THE LAST MEETING

The notes of the meeting held on 4 November 2021 were agreed as an accurate record.

2. EARLY YEARS FUNDING FORMULA

The Forum agreed the early years funding formula for 2022/23.
"""


@pytest.fixture(scope="module")
def highways(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brenford-highways-member-decisions-2022-03-03.txt": MARCH,
            "brenford-highways-member-decisions-2022-04-13.txt": APRIL,
            "dunmere-schools-forum-2021-11-04.txt": NOVEMBER,
            "dunmere-schools-forum-2022-01-20.txt": JANUARY}) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "the highways member decisions meeting on 3 march 2022 - when was the next one after that?",
    "the decision record from 3rd march 2022, when was the next highways decisions meeting after it",
])
def test_the_next_meeting_is_the_one_approving_the_decision_record(highways: Minutebook, question: str) -> None:
    answered = highways.ask(question)
    assert answered.found and "13 April 2022" in answered.answer, answered.answer
    assert "decision record of the meeting held on the 3rd March 2022" in answered.citations[0].quote


def test_the_next_meeting_is_the_one_approving_the_notes(highways: Minutebook) -> None:
    answered = highways.ask("the dunmere schools forum met on 4 november 2021 - when did it next meet?")
    assert answered.found and "20 January 2022" in answered.answer, answered.answer
    assert "notes of the meeting held on 4 November 2021" in answered.citations[0].quote
