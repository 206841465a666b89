"""Away without apologies: a members table marks one member "Apologies" and another "Absent", and the minute of
apologies names only the first. Asked who missed the meeting, or who was away, the answer gives both: the
minute of apologies, and the record's row of the member absent without them.

The paper is written for the test (a fictional harbour board), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MAY = """PORTHAVEN HARBOUR BOARD
Minutes of the meeting held on Thursday 16 May 2024

ATTENDANCE

| Member                   | Representing               | Attendance |
|--------------------------|----------------------------|------------|
| Cllr Morwenna Trelawny   | Porthaven Town Council     | Present    |
| Cllr Jory Pascoe         | Kerrow District Council    | Apologies  |
| Mr Tristan Boase         | Harbour Users' Association | Present    |
| Cllr Demelza Rowe        | Kerrow District Council    | Absent     |
| Mrs Loveday Penrose      | Co-opted member            | Present    |

HB/24/10  APOLOGIES FOR ABSENCE
Apologies were received from Cllr Jory Pascoe.

HB/24/11  DREDGING PROGRAMME
The Harbour Master reported that maintenance dredging of the inner basin would start in September.
RESOLVED that the dredging programme be approved.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"porthaven-harbour-board-2024-05-16.txt": MAY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "who missed the porthaven harbour board in may?",
    "which members were away from the harbour board on 16 may 2024",
    "porthaven harbour board - anyone absent without sending apologies?",
])
def test_absent_without_apologies_is_named_with_the_apologies(board: Minutebook, question: str) -> None:
    answered = board.ask(question)
    assert answered.found and "Rowe" in answered.answer and "Pascoe" in answered.answer


def test_who_sent_apologies_still_names_only_them_and_the_absent_row_once(board: Minutebook) -> None:
    answered = board.ask("who was present at the porthaven harbour board in may?")
    assert answered.found and "Trelawny" in answered.answer
