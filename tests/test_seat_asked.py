"""A councillor's seat asked after ("what's happening with cllr whitehead's seat", "is his seat being filled"): the
minutes say it as a "casual vacancy" (Local Government Act 1972 ss.85-89), which answers it.

Paper in tests/fixtures/seat-vacated/, written for these tests, ingested with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "seat-vacated"


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(PAPERS.iterdir())}
    with papers_minutebook(tmp_path_factory, embedder, texts) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "brindle green pc - cllr whitehead resigned, what's happening with his seat?",
    "how will brindle green parish council fill the empty seat",
])
def test_a_seat_asked_is_the_casual_vacancy(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert answer.found
    said = " ".join(answer.answer.split())
    assert "casual vacancy" in said or "fill the vacancy by co-option" in said
    assert answer.citations[0].minute == "26/20"
