"""A member who withdrew for an item, asked in everyday words: "why did cllr gale walk out", "did anyone walk out during
the depot item", "who left the chamber for the allotments item". The minutes record it with the member's declaration
("declared a pecuniary interest ... and left the room during that item"); the declaration answers. The papers are
written for the test (a fictional borough's planning committee), ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PLANNING = """HOLMEBROOK BOROUGH COUNCIL
PLANNING COMMITTEE
Minutes of the meeting of the Planning Committee held on Tuesday 12 September 2023 at 6.30pm at Holmebrook Town Hall

Present: Councillor Rita Vance (Chair), Councillors Neil Gale, Asha Dutt and Colin Frear.

PL 31  APOLOGIES

None.

PL 32  DECLARATIONS OF INTEREST

Councillor Gale declared a disclosable pecuniary interest in minute PL 34 (Former Bus Depot, Canal Street) as his \
company holds an option on the site, and left the room during that item.

Councillor Dutt declared a personal and prejudicial interest in minute PL 35 (Allotments, Sandy Lane) as a plot \
holder, and withdrew from the chamber for that item.

PL 33  MINUTES

RESOLVED: That the minutes of the meeting held on 8 August 2023 be approved.

PL 34  FORMER BUS DEPOT, CANAL STREET

RESOLVED: That planning permission be granted for 48 flats, subject to conditions.

PL 35  ALLOTMENTS, SANDY LANE

RESOLVED: That the change of use be refused.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"holmebrook-borough-council-planning-committee-2023-09-12.txt": PLANNING}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("why did cllr gale walk out of the holmebrook planning meeting", "option on the site"),
    ("did anyone walk out during the bus depot item", "Gale"),
    ("which councillor walked out for the sandy lane allotments", "Dutt"),
    ("who left the chamber for the allotments item at holmebrook planning", "Dutt"),
])
def test_walking_out_is_withdrawing_for_an_interest(committee: Minutebook, question: str, said: str) -> None:
    answer = committee.ask(question)
    assert answer.found and said in answer.answer, answer.answer
