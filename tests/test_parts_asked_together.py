"""A question of two parts, the second a whole question of its own ("how many pupils are at altnavie, and when does the
consultation run"; "what will the ferry fare be capped at, and when does it start?"): the second part asks for what
its own words ask (a date), not for the first part's figure, and "when does it start", of the first part's subject,
asks for the date it starts.

Paper in tests/fixtures/parts-asked-together/, written for these tests, ingested with the real model.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "parts-asked-together"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_figure_then_a_date_of_the_same_matter(papers: Minutebook) -> None:
    answer = papers.ask("strathcairn ed committee - how many pupils at altnavie primary and when does the "
                        "consultation run")
    assert answer.found
    said = flat(answer.answer)
    assert "a roll of 9 pupils" in said
    assert "running from 2 March to 17 April 2026" in said


def test_when_it_starts_of_the_first_parts_subject(papers: Minutebook) -> None:
    answer = papers.ask("What will the fare cap be on Strathcairn's new loch ferry, and when does it start?")
    assert answer.found
    said = flat(answer.answer)
    assert "capped at £3.20" in said
    assert "would begin on 6 April 2026" in said
