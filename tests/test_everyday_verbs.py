"""Everyday verbs for what minutes word otherwise: a tax that 'rose' or 'went up' is minuted as an increase, a
proposal a panel 'backed' as one it supported, a pothole 'fixed' as repaired.

The paper is written for the test (a fictional county council and its police and crime panel), ingested with the
real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

FEBRUARY = """MARLSHIRE COUNTY COUNCIL
Minutes of the meeting of the County Council held on Thursday 16 February 2023

Present: Councillor Orton (Chairman), Councillors Platt, Quayle, Rudd and Sharma.

6. REVENUE BUDGET 2023/24 AND COUNCIL TAX

The Leader moved the budget, with a council tax increase of 2.99% giving a Band D council tax of £1,502.38.
RESOLVED that the revenue budget for 2023/24 be approved.

7. HIGHWAYS - WINTER DAMAGE

RESOLVED that £2 million be released from reserves for an emergency pothole repair programme.

8. POLICE AND CRIME PANEL REPORT

The Panel supported the Commissioner's proposed precept of £265.10 for a Band D property, 9 votes to 2.
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"marlshire-county-council-full-council-2023-02-16.txt": FEBRUARY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("how much did council tax rise by at marlshire?", "2.99%"),
    ("how much did council tax go up by this year?", "2.99%"),
    ("what was agreed about fixing the potholes?", "£2 million"),
    ("did the panel back the commissioner's precept?", "£265.10"),
])
def test_everyday_verbs_find_the_minutes_words(county: Minutebook, question: str, said: str) -> None:
    answered = county.ask(question)
    assert answered.found and said in answered.answer
