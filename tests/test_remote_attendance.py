"""Who took part from elsewhere in a hybrid or remote meeting, as people ask it ("who joined online", "who was on the
zoom", "did anyone dial in"), answered from the lines of the attendance record that note it ("Members attending
online:", "Cllr Price (remote)", "joined the meeting via Teams") rather than refused or answered with the whole
record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

BRACKWATER = """# Brackwater Town Council – Amenities Committee

Minutes of the meeting held on Tuesday 5 March 2024 at the Guildhall, Brackwater

**In the Chair:** Cllr H. Lowe
**Members attending:** Cllrs I. Marsh, J. Nolan, K. Oduya
**Members attending online:** Cllr L. Price
**Co-opted:** Mr M. Quinn

## 1. Apologies

Cllr N. Rowe (illness).

## 2. Christmas lights

RESOLVED that the contract with Sparkle Events be renewed for 2024.
"""

STOWFORD = """STOWFORD PARISH COUNCIL
Minutes of the Parish Council meeting held on 14 January 2021

Present: Cllr P. Abel (Chairman), Cllr R. Bond, Cllr S. Cole (by telephone), Cllr T. Dunn
In attendance: Mrs U. Eames (Clerk)

1. Apologies
None.

2. Village hall roof
RESOLVED to accept the quote of £4,300 from Stowford Roofing.
"""

QUARRINGTON = """QUARRINGTON DISTRICT COUNCIL
LICENSING COMMITTEE
Minutes of the meeting held on 9 November 2022

Present: Councillors V. Grey (Chair), W. Hill and Y. Ince.
Councillor Z. Jones joined the meeting via Microsoft Teams.

1. Street trading consents
RESOLVED that the street trading policy be adopted.
"""


@pytest.fixture(scope="module")
def hybrid(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brackwater-town-council-amenities-committee-2024-03-05.md": BRACKWATER,
            "stowford-parish-council-2021-01-14.txt": STOWFORD,
            "quarrington-district-council-licensing-committee-2022-11-09.txt": QUARRINGTON,
    }) as opened:
        yield opened


@pytest.mark.parametrize(("question", "named", "not_named"), [
    ("who joined online at the brackwater amenities committee in march?", "L. Price", "I. Marsh"),
    ("who was on the zoom for the brackwater amenities cttee", "L. Price", "J. Nolan"),
    ("did anyone dial in to the stowford parish council meeting in jan 21?", "S. Cole", "R. Bond"),
    ("which quarrington licensing members took part via teams?", "Z. Jones", "W. Hill"),
])
def test_who_took_part_from_elsewhere(hybrid: Minutebook, question: str, named: str, not_named: str) -> None:
    answer = hybrid.ask(question)
    assert answer.found, question
    assert named in answer.answer
    assert not_named not in answer.answer
