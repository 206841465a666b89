"""A date the question gives as when a figure takes effect ("what's the membership going up to from april 2025")
is not the sentence to look for: the sentence giving the new figure answers, beside the one adopting the charges
from that date.

The paper is written for the test (a fictional borough's leisure committee), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

SEPTEMBER = """KILMORNE BOROUGH COUNCIL
LEISURE COMMITTEE
Minutes of the meeting held on 10 September 2024

LC 24/88 LEISURE PRICING 2025/26
The Leisure Manager presented proposed charges for 2025/26. The standard monthly "Active" membership would rise \
from £31.00 to £32.40 and the junior membership from £15.00 to £15.60. Under-5s would continue to swim free.
Proposed by Councillor Reid
Seconded by Councillor Moore and
AGREED to recommend that the charges set out in Appendix 1 be adopted from 1 April 2025.
"""


@pytest.fixture(scope="module")
def borough(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "kilmorne-borough-council-leisure-committee-2024-09-10.txt": SEPTEMBER,
    }) as opened:
        yield opened


def test_the_new_figure_from_a_date(borough: Minutebook) -> None:
    answer = borough.ask("kilmorne leisure - whats the monthly membership going up to from april 2025")
    assert answer.found and "£32.40" in answer.answer
