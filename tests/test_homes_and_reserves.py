"""Things people count or ask for in everyday words that the papers write in their own: "how many houses" where a
local plan or an application counts "new homes" or "dwellings", and "what reserves" where a parish's accounts give
its "balances carried forward". The papers are written for the test (a fictional district council's executive and a
fictional parish council), ingested with the real model into a real store and asked through ``Minutebook``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

EXECUTIVE = """ASHBRIDGE DISTRICT COUNCIL
EXECUTIVE
Minutes of the meeting of the Executive held on Wednesday 8 November 2023 at 6.00pm at Ashbridge House

Present: Councillor Helen Marsh (Leader, in the Chair), Councillors Tom Birch and Ann Reeve.

EX/23/41 APOLOGIES

None.

EX/23/42 LOCAL PLAN REVIEW - PREFERRED OPTIONS

The Head of Planning reported that the preferred options provided for 9,350 new homes between 2023 and 2041, \
including about 2,100 at a new garden village at Elm Cross. The consultation responses would be reported in March.

RESOLVED: That the preferred options be approved for consultation.

EX/23/43 MILL STREET REGENERATION

The scheme at the former Mill Street depot would deliver 64 dwellings, of which 22 would be affordable, together \
with a health centre.

RESOLVED: That the disposal of the depot site to Ashbridge Homes Ltd be approved.
"""

PARISH = """LOWER WENDING PARISH COUNCIL
Minutes of the meeting of Lower Wending Parish Council held on Monday 15 May 2023 at 7.30pm in the Village Hall

Present: Cllr Dora Pike (Chairman), Cllr Ben Lowe, Cllr Sue Hart.

23/20 APOLOGIES

None.

23/21 ANNUAL RETURN 2022/23

The Clerk presented the annual return. Income for the year was £18,420 and expenditure £16,975. Balances carried \
forward at 31 March 2023 were £14,310, of which £5,000 was earmarked for the pavilion roof.

RESOLVED: That the annual governance statement be approved.

23/22 ALLOTMENTS

The allotment rents were left unchanged at £35 a plot.
"""


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"ashbridge-district-council-executive-2023-11-08.txt": EXECUTIVE,
              "lower-wending-parish-council-2023-05-15.txt": PARISH}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "figure"), [
    ("how many houses does the ashbridge local plan review provide for", "9,350"),
    ("how many houses will the mill street depot scheme deliver", "64"),
    ("how many new dwellings is the elm cross garden village", "2,100"),
])
def test_houses_asked_are_the_homes_or_dwellings_counted(council: Minutebook, question: str, figure: str) -> None:
    answer = council.ask(question)
    assert answer.found and figure in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "what reserves did lower wending have at the end of march 2023",
    "lower wending parish council - how big were its reserves in march 2023",
    "lower wending's reserves at 31 march 2023?",
])
def test_reserves_asked_are_the_balances_carried_forward(council: Minutebook, question: str) -> None:
    answer = council.ask(question)
    assert answer.found and "14,310" in answer.answer, answer.answer
