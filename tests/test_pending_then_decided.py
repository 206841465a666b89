"""Something the minutes first record as pending ("Three quotations had been received", "Two applications had been
submitted") and then, in the same item, decide by a word of it ("carried that the quotation of ... be accepted"): the
outcome asked for is that decision, not "still to come". The decision names the thing by the pending sentence's noun
(the quotation, the tender, the application), not by the question's words.

The papers are written for the test (fictional parish and town councils), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PARISH = """LITTLE BRAMPTON PARISH COUNCIL
Minutes of the meeting held on Monday 9 October 2017 at 7.30pm in the Village Hall

Present: Cllr Ruth Fenn (Chairman), Cllr Ian Lowe, Cllr Meg Ashby, Cllr Bob Tate.

17/88 VILLAGE HALL CAR PARK
Three tenders had been received for resurfacing the village hall car park: Kenton Surfacing, £9,400; Tarmac Bros,
£8,200; Lane & Son, £10,150. After discussion it was agreed that the tender of Tarmac Bros (£8,200) be accepted.

17/89 BUS SHELTER
Quotes had been received for replacing the bus shelter on Mill Road. It was resolved that the quote from Shelterco
for £3,650 be accepted, subject to county council consent.
"""

TOWN = """# Eastwick Town Council

Minutes of the meeting held on Tuesday 14 November 2017 at 7.00pm in the Town Hall.

**Present:** Cllrs Jo Park (Mayor), Dan Reid and Amy Cole.

**17/120 Allotment warden**

Two applications had been submitted for the post of allotment warden. The Council resolved that the application
from Mr Peter Hale be approved and that he start on 1 January 2018.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"little-brampton-parish-council-2017-10-09.txt": PARISH, "eastwick-town-council-2017-11-14.md": TOWN}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("little brampton - who got the job resurfacing the village hall car park?", "Tarmac Bros"),
    ("what did little brampton decide on the mill road bus shelter", "Shelterco"),
    ("who was chosen as allotment warden at eastwick?", "Peter Hale"),
])
def test_a_thing_pending_then_decided_is_answered_with_the_decision(
        papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
