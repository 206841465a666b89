"""A person asked by their full name is the one minutes print with an initial ("did cllr darren price declare
anything": "Cllrs T Davies and D Price declared ..."); another initial is someone else.

The paper is written for the test (a fictional community council), ingested with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """PENTRE FAWR COMMUNITY COUNCIL
Minutes of the meeting of Pentre Fawr Community Council held at the Memorial Hall on Monday 10 June 2019 at 7pm

Present: Cllrs Gareth Hughes (Chair), Rhian Bowen, Sian Thomas and Eleri Pugh.

90. PUBLIC PARTICIPATION
Mr Mark Bowen, a resident of Heol Las, asked about the bus shelter. The Clerk would report to the July meeting.

91. DECLARATIONS OF INTEREST
Cllr R Bowen declared a personal interest in item 94 as a trustee of the Memorial Hall.

92. DEFIBRILLATOR
The Clerk reported that the defibrillator at the Memorial Hall had been checked in May.

93. PLANNING
Cllrs S. Thomas and E. Pugh declared prejudicial interests in application 19/0412 as neighbours of the site and \
left the room.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"pentre-fawr-cc-2019-06-10.txt": MINUTES}) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("did cllr rhian bowen declare an interest at pentre fawr in june 2019?", "Memorial Hall"),
    ("did sian thomas declare anything at pentre fawr community council in june 2019?", "neighbours"),
    ("did cllr eleri pugh have an interest in the planning application at pentre fawr in june 2019?", "neighbours"),
])
def test_a_full_name_is_the_initialled_one(council: Minutebook, question: str, said: str) -> None:
    answer = council.ask(question)
    assert answer.found, answer.answer
    assert said in answer.answer


def test_another_initial_is_someone_else(council: Minutebook) -> None:
    answer = council.ask("did cllr mark bowen declare an interest at pentre fawr in june 2019?")
    assert not answer.found, answer.answer
