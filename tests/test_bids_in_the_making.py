"""Whether a bid or an application succeeded, asked where the papers speak of it only in the making ("the Council was
preparing an application to the Heritage Fund for £80,000"): the outcome is still to come, and the question is
refused; where a later meeting records the award, it answers.

The papers are written for the test (a fictional town council's two meetings), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MAY = """DUNSFORD TOWN COUNCIL
Minutes of the meeting held on 14 May 2024

31. MARKET HALL ROOF
The Town Clerk reported that the Council was preparing an application to the Heritage Fund for £80,000 towards \
repairs to the Market Hall roof.

32. SKATE PARK
The Town Clerk reported that the Council was leading a bid to the Sport Fund for £45,000 towards a new skate park.
"""

JULY = """DUNSFORD TOWN COUNCIL
Minutes of the meeting held on 9 July 2024

41. SKATE PARK
The Town Clerk reported that the Council's bid to the Sport Fund for the skate park had been successful, and that \
£45,000 had been awarded.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "dunsford-town-council-minutes-2024-05-14.txt": MAY,
            "dunsford-town-council-minutes-2024-07-09.txt": JULY,
    }) as opened:
        yield opened


def test_a_bid_in_the_making_has_no_outcome(town: Minutebook) -> None:
    assert not town.ask("did dunsford's market hall roof heritage fund bid get the £80,000 in the end?").found


def test_a_bid_awarded_later_answers(town: Minutebook) -> None:
    answer = town.ask("did dunsford's skate park bid get the £45,000 in the end?")
    assert answer.found and "had been successful" in answer.answer
