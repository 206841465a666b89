"""Figures asked in everyday words the papers put otherwise: "how much salt have they got stockpiled" (papers: "in
stock"), "how far behind plan is the budget" (papers: "worse than the plan"); "far" of "how far" is how the question
asks for an amount, not what it is about.

The papers are written for the test (a fictional district council), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

CABINET = """GRAYMOOR DISTRICT COUNCIL
CABINET
Minutes of the meeting held on Tuesday 5 November 2024 at 6.00 pm in the Council Chamber

Present: Cllr A Bly (Leader), Cllr C Dow, Cllr E Fry, Cllr G Hale

21. APOLOGIES

None.

22. WINTER SERVICE PLAN 2024/25

The Highways Manager advised that 6,200 tonnes of salt were in stock at the start of October, enough for an \
average winter. Eleven gritters would treat 14 routes.

RESOLVED that the plan be approved.

23. REVENUE MONITORING - QUARTER 2

The Director of Finance reported a forecast overspend of £1.3 million for the year, £0.4 million worse than the \
plan agreed in February, mainly on home to school transport.

RESOLVED that the report be noted.
"""


@pytest.fixture(scope="module")
def cabinet(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"graymoor-cabinet-2024-11-05.txt": CABINET}) as mb:
        yield mb


@pytest.mark.parametrize(("question", "figure"), [
    ("how much salt have graymoor got stockpiled for the winter", "6,200 tonnes"),
    ("how far behind plan is the council's budget at quarter 2", "£0.4 million"),
])
def test_a_figure_asked_in_everyday_words(cabinet: Minutebook, question: str, figure: str) -> None:
    answer = cabinet.ask(question)
    assert answer.found and figure in answer.answer
