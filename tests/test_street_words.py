"""Everyday words for what planning, highways and waste papers name officially (``minutebook/lexicon.py``).

A fictional county planning committee's minutes, hard-wrapped at 80 columns as text exports are: people ask about
"lorry trips" and "the tip revamp"; the minutes say "HGV movements" and "household waste recycling centre -
reconfiguration". The answer is found, not refused for words no paper prints.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """\
Hartmoor County Council

Minutes of a meeting of the Planning and Regulatory Committee held at County Hall on
Wednesday 10 October 2018 at 10.00 am

Present: Councillor J Ashworth (Chairman), Councillors P Bale, R Coyle and M Dunstan

18/101  Brindle Quarry - Extension of Clay Extraction
The Minerals Planner presented the report. The proposal was to extend clay extraction into 6.5
hectares west of the existing pit. The Highway Authority raised no objection: HGV movements would
stay at an average of 64 a day, with no increase in the peak hour.
Resolved - That planning permission be granted subject to the conditions in the report.

18/102  Stoneleigh Household Waste Recycling Centre - Reconfiguration
The Head of Planning presented the report. The proposal was a split-level layout with a reuse
shop of 90 square metres.
Resolved - That planning permission be granted subject to the conditions in the report.
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "hartmoor-county-council-planning-and-regulatory-committee-2018-10-10.txt": MINUTES}) as opened:
        yield opened


def test_lorry_trips_find_hgv_movements(county: Minutebook) -> None:
    answer = county.ask("how many lorry trips a day for brindle quarry?")
    assert answer.found and "64 a day" in answer.answer


def test_the_tip_revamp_finds_the_recycling_centre_reconfiguration(county: Minutebook) -> None:
    answer = county.ask("the stoneleigh tip revamp - was it approved?")
    assert answer.found and "18/102" in answer.answer and "granted" in answer.answer
