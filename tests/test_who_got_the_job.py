""""Who got the job", "who won the contract", asked of an item whose prose is about the work and whose decision gives
it to someone ("That the tender from X be accepted", "That the contract be awarded to X"): the sentence that says
whom the work went to answers, not the account of why the work was needed. The papers are written for the test (a
fictional parish council), ingested with the real model into a real store and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PARISH = """SEDGECOMBE PARISH COUNCIL
Minutes of the meeting of Sedgecombe Parish Council held on Tuesday 6 February 2024 at 7.30pm in the Reading Room

Present: Cllr Joy Bream (Chairman), Cllrs Ian Rook, Kay Stott and Len Wace.

24/11 APOLOGIES

None.

24/12 VILLAGE HALL CAR PARK RESURFACING

The Clerk reported that the car park surface had broken up over the winter and that resurfacing the car park was now \
urgent, as two residents had tripped. Members walked the car park before the meeting.

Resolved: That the quotation from Tarmac Plus Ltd at £8,450 be accepted.

24/13 GRASS CUTTING CONTRACT 2024-2027

The grass cutting on the green and the churchyard had been done by volunteers for two years, and members agreed \
that the grass cutting should now be contracted out.

Resolved: That the contract be awarded to Greenway Grounds at £4,200 a year.

24/14 PAVILION ROOF

The pavilion roof had leaked again in January and the replacement of the pavilion roof could not wait for the \
lottery bid.

Resolved: That the tender from Slate and Stone Roofing of £12,600 be accepted.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"sedgecombe-parish-council-2024-02-06.txt": PARISH}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "winner"), [
    ("who got the job resurfacing the village hall car park at sedgecombe & how much", "Tarmac Plus"),
    ("who won the grass cutting contract for the green and churchyard", "Greenway Grounds"),
    ("sedgecombe pavilion roof replacement - who got the job?", "Slate and Stone"),
    ("who is doing the works on the leaking pavilion roof at sedgecombe", "Slate and Stone"),
    ("who landed the contract for cutting the grass on the green at sedgecombe", "Greenway Grounds"),
])
def test_who_got_the_job_is_whom_the_decision_gave_it_to(parish: Minutebook, question: str, winner: str) -> None:
    answer = parish.ask(question)
    assert answer.found and winner in answer.answer, answer.answer
