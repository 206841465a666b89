"""Things asked by their everyday names where the papers use the report's: "carbon" for emissions in tonnes CO2e,
salt "stockpiled" for salt "in stock", "A&E" for the emergency department. Each is a lexicon group with its
source.

The papers are written for the test (a fictional district council's panel and a hospital trust's board), ingested
with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PANEL = """THORNBY DISTRICT COUNCIL
ENVIRONMENT PANEL
Minutes of the meeting held on 10 September 2024

12. ANNUAL GREENHOUSE GAS REPORT
The Panel received the report on the Council's own operations. Total emissions for 2023/24 were 4,130 tonnes \
CO2e, 6 per cent lower than the year before.

13. WINTER SERVICE
The Highways Manager said that 7,200 tonnes of grit were in stock at the depot at the start of September.
"""

BOARD = """WESTHOLM HOSPITALS NHS FOUNDATION TRUST
BOARD OF DIRECTORS
Minutes of the meeting held on 3 October 2024

BoD/24/88 Integrated Performance Report
Key points:
- Emergency department four-hour standard: 68.2% in August, against a trajectory of 72%.
- Referral to treatment within 18 weeks: 57.9%.
"""


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "thornby-district-council-environment-panel-2024-09-10.txt": PANEL,
            "westholm-hospitals-nhs-foundation-trust-board-of-directors-2024-10-03.txt": BOARD,
    }) as opened:
        yield opened


def test_carbon_is_the_emissions_reported(papers: Minutebook) -> None:
    answer = papers.ask("how much carbon did thornby council put out from its own operations in 23/24?")
    assert answer.found and "4,130 tonnes" in answer.answer


def test_stockpiled_is_in_stock(papers: Minutebook) -> None:
    answer = papers.ask("how much grit had thornby got stockpiled for the winter?")
    assert answer.found and "7,200 tonnes" in answer.answer


def test_a_and_e_is_the_emergency_department(papers: Minutebook) -> None:
    answer = papers.ask("what was westholm's A&E performance in august?")
    assert answer.found and "68.2%" in answer.answer
