"""Interests asked after in everyday words: "did any cllrs have a conflict on the community energy grants", "why did
the business rep leave the housing & land board meeting partway", "was anyone conflicted over the pavilion lease".
The minutes record them as declarations ("declared an other registrable interest in minute 19 ... left the room");
the answer is the declaration, not the item the interest was in.

The papers are written for the test (a fictional board), ingested with the real model into a real store and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

BOARD = """WESTBRIDGE COMBINED AUTHORITY
REGENERATION AND SKILLS BOARD

Minutes of the meeting held on Thursday 7 March 2024 at 2.00 pm at Westbridge House

Present: Cllr A Bly (Chair), Cllr C Dow, Cllr E Fry, Ms K Lowe (Business Representative), Mr T Nash (Further \
Education Representative)

1. APOLOGIES

Apologies were received from Cllr G Hale.

2. DECLARATIONS OF INTEREST

Ms Lowe declared a disclosable pecuniary interest in item 4 as a director of Brightwater Homes Ltd, the \
developer of the Canal Basin scheme. She left the meeting for that item.

Cllr Fry declared a personal interest in item 5 as a governor of Westbridge College and remained in the meeting.

3. MINUTES

The minutes of the meeting held on 11 January 2024 were approved.

4. CANAL BASIN - LAND ASSEMBLY

The Director of Regeneration reported that the last two plots had been bought, at a cost of £2.4 million. The \
Board agreed to release the remaining £600,000 of the budget for site clearance.

5. ADULT SKILLS FUND 2024/25

The Head of Skills presented the allocation of the Adult Skills Fund. Westbridge College would receive £3.1 \
million and the independent training providers £1.2 million.

RESOLVED that the allocations be approved.

6. DATE OF NEXT MEETING

The next meeting will be held on Thursday 6 June 2024.
"""


@pytest.fixture(scope="module")
def board(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"westbridge-regeneration-2024-03-07.txt": BOARD}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "name"), [
    ("did any of the board members have a conflict on the canal basin land", "Lowe"),
    ("why did the business rep leave the westbridge regeneration and skills board meeting partway", "Lowe"),
    ("was anyone conflicted over the adult skills fund allocations", "Fry"),
    ("who had a conflict of interest at the regeneration board in march", "Lowe"),
])
def test_an_interest_asked_in_everyday_words_is_the_declaration(board: Minutebook, question: str, name: str) -> None:
    answer = board.ask(question)
    assert answer.found and name in answer.answer
    assert any(c.item_title.upper() == "DECLARATIONS OF INTEREST" for c in answer.citations)


def test_a_disclosable_interest_is_a_declaration(tmp_path_factory: pytest.TempPathFactory) -> None:
    from ingest.pipeline import parse_file

    folder = tmp_path_factory.mktemp("disclosable")
    paper = BOARD.replace("a disclosable pecuniary interest", "a disclosable interest")
    (folder / "westbridge-regeneration-2024-03-07.txt").write_text(paper)
    (meeting,) = parse_file(folder / "westbridge-regeneration-2024-03-07.txt").meetings
    assert [d.member for d in meeting.declarations] == ["Lowe", "Fry"]
    assert meeting.declarations[0].withdrew
