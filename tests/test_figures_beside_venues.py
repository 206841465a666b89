"""A figure asked with the place a council meets in ("how many households are on the housing register at tamsford").

The place's name is in every meeting's heading, its minutes item ("... held at Brockwell House, Tamsford be approved")
and its next meeting ("will be held at Brockwell House, Tamsford"): those items come near the top of the search by
meaning while holding none of the question's words. They do not use up the hits a figure's item is looked for among
(``service.facts.worded_window``). The papers are in ``tests/fixtures/figures-beside-venues/`` (one fictional
committee, four meetings), ingested with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "figures-beside-venues"


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    texts = {p.name: p.read_text() for p in sorted(PAPERS.iterdir())}
    with papers_minutebook(tmp_path_factory, embedder, texts) as mb:
        yield mb


@pytest.mark.parametrize(("question", "figure", "minute"), [
    ("how many households r on the housing register at tamsford", "1,947", "HC/27/035"),
    ("tamsford housing cttee - how long's the wait for a 2 bed home", "19 months", "HC/27/035"),
    ("how many homes got adaptations at tamsford this year", "131", "HC/28/014"),
])
def test_a_figure_asked_with_the_place_they_meet_in_is_found_in_its_item(
        papers: Minutebook, question: str, figure: str, minute: str) -> None:
    answer = papers.ask(question)
    assert answer.found and figure in answer.answer
    assert answer.citations[0].minute == minute

