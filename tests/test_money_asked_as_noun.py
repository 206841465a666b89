"""A sum of money asked by its noun, without "how much" ("cost of the parade to the district?", "price of the new
minibus", "what's the fee for the hall"), where the papers mention the thing but give no sum for it: refused, not
answered with the sentence that mentions it. And sums printed in other currencies than pounds ("EUR 38,500",
"€2,400", "$12,000") are sums: the twin questions are answered.

The papers are written for the test (a fictional Irish municipal district and a town council), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

DISTRICT = """CORRIB COUNTY COUNCIL
MEETING OF THE MEMBERS OF THE GLENCAR MUNICIPAL DISTRICT

Minutes of the meeting held on Monday 13 May 2019 at 3.00pm in the Area Office, Glencar

Present: Cllr. Ciara Walsh (Cathaoirleach), Cllr. Liam Burke, Cllr. Noel Kane.

M.40/19  COMMUNITY BUS
The Area Manager reported that a new community minibus had been bought for the Glencar Rural Transport Group
at a price of EUR 38,500, with 80% grant aid.

M.41/19  FESTIVAL
Cllr. Burke asked that the road closure for the Glencar summer festival parade be advertised. The Area Manager
confirmed the closure of Main Street on 4 August had been advertised.
"""

TOWN = """# Ebbsworth Town Council

Minutes of the meeting held on Tuesday 9 July 2019 at 7.00pm in the Town Hall.

**Present:** Cllrs Jane Hart (Mayor), Tom Ames and Ruth Cole.

**19/60 Town Hall hire**

The Clerk reported that the Town Hall had been booked for 42 events in the quarter. Members thanked the caretaker
for his work on the new booking system.

**19/61 Twinning visit**

It was resolved that €2,400 be given towards the twinning visit to Saint-Aubin in September.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"corrib-county-council-glencar-municipal-district-2019-05-13.txt": DISTRICT,
             "ebbsworth-town-council-full-council-2019-07-09.md": TOWN}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "cost of the summer festival parade to glencar MD?",
    "what's the fee for hiring ebbsworth town hall",
    "price of the town hall booking system at ebbsworth?",
])
def test_a_sum_asked_by_its_noun_is_refused_where_none_is_given(papers: Minutebook, question: str) -> None:
    answered = papers.ask(question)
    assert not answered.found, answered.answer


@pytest.mark.parametrize(("question", "said"), [
    ("price of the new community minibus in glencar?", "38,500"),
    ("how much did ebbsworth give towards the twinning visit?", "2,400"),
])
def test_a_sum_in_another_currency_answers(papers: Minutebook, question: str, said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer
