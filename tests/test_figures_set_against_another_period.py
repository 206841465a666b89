"""A figure asked of a period ("between April and September 2026", "in 2026/27") and given for it in a sentence that
sets it against another period ("a reduction of 9% on the same period in 2025", "compared with 79% in 2025/26"): the
year of the comparison is not the figure's, and the figure must be given, not refused as one of another year.

The paper is written for the test (a fictional district council's environment committee, in plain text), ingested
with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.vocabulary import COMPARED_PERIOD
from service.core import Minutebook
from tests.conftest import papers_minutebook

ENVIRONMENT = """WENSLEY MOOR DISTRICT COUNCIL

ENVIRONMENT AND COMMUNITY SAFETY COMMITTEE

Minutes of the meeting held on Wednesday 20 January 2027 at 6.30 pm, Council Offices, Wensley Bridge.

PRESENT: Councillor Tessa Lund (Chair); Councillors Birkett, Cowan, Hodgkin and Marr.

ECS/27/04  ABANDONED VEHICLES – HALF YEAR REPORT

The Community Safety Manager reported on abandoned vehicles for the period April to September 2026. During that
period 214 vehicles had been reported as abandoned, an increase of 12% on the same period in 2025. Sixty-one had been
removed by the council and the rest by their owners.

RESOLVED – That the report be noted.

ECS/27/05  STREET CLEANSING STANDARDS

The Street Scene Manager reported that in 2026/27 so far 93% of streets surveyed had met the cleanliness standard,
compared with 88% in 2025/26. Members asked for more litter bins in the market place.

RESOLVED – That the report be noted.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    given = {"wensley-moor-district-council-environment-and-community-safety-committee-2027-01-20.txt": ENVIRONMENT}
    with papers_minutebook(tmp_path_factory, embedder, given) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("How many abandoned vehicles were reported between April and September 2026?", "214"),
    ("wensley moor - how many streets met the cleanliness standard in 2026/27", "93%"),
])
def test_a_figure_set_against_another_year_is_given_for_its_own(papers: Minutebook, question: str,
                                                                 said: str) -> None:
    answered = papers.ask(question)
    assert answered.found and said in answered.answer, answered.answer


def test_the_period_set_against_is_read_apart() -> None:
    compared = re.compile(COMPARED_PERIOD.form, re.I)
    assert compared.search("an increase of 12% on the same period in 2025")
    assert compared.search("93% of streets, compared with 88% in 2025/26")
    # the figure's own year is not a comparison
    assert not compared.search("214 vehicles had been reported in 2026")
    assert not compared.search("41 had completed travel training in 2022")
