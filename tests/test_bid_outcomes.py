"""Whether a bid to an outside funder succeeded ("did the warm homes bid get the £31m in the end", "did the lottery
bid for the play area come through"), asked of papers that record only the bid being made or endorsed: the
outcome is another body's, later, and the papers print none; refused. A bid the papers say was successful (or
not) is answered.

The papers are written for the test (a fictional town council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

COUNCIL = """HALSTOW TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 4 March 2024 at 7.00 pm in the Guildhall

Present: Cllr A Bly (Mayor), Cllr C Dow, Cllr E Fry, Cllr G Hale

51. APOLOGIES

None.

52. PLAY AREA AT MILL MEADOW

The Clerk reported that a bid had been submitted to the National Lottery Community Fund for £9,800 towards new \
play equipment at Mill Meadow. A decision was expected in June.

RESOLVED that the report be noted.

53. CHANGING ROOMS AT THE RECREATION GROUND

The Clerk reported that the bid to the Football Foundation had been successful, and £45,000 had been awarded \
towards refurbishing the changing rooms. Work would start in May.

RESOLVED that the grant offer be accepted.

54. TOWN CENTRE HERITAGE SCHEME

The Town Clerk presented the bid to the National Lottery Heritage Fund for £1.2 million to restore the shop \
fronts on Fore Street and the old corn exchange, with £300,000 of match funding from the Council's reserves.

RESOLVED that the Council endorses the bid and authorises the Town Clerk to submit it, and that a report be \
brought back if the bid is successful.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"halstow-town-council-2024-03-04.txt": COUNCIL}) as mb:
        yield mb


@pytest.mark.parametrize("question", [
    "did the lottery bid for the mill meadow play area come through",
    "did the heritage bid get the £1.2m in the end",
    "was the fore street shop fronts bid successful",
])
def test_a_bid_recorded_only_as_made_has_no_outcome(council: Minutebook, question: str) -> None:
    assert not council.ask(question).found


def test_a_bid_the_papers_say_succeeded_is_answered(council: Minutebook) -> None:
    answer = council.ask("did the football foundation bid for the changing rooms succeed")
    assert answer.found and "successful" in answer.answer
