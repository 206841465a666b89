"""Who came late or left early, where the record of those present does not say and a minute does ("Councillor
Hebden joined the meeting at 7.24 pm during consideration of minute EN/26/020"): that minute is the answer, cited
to its number, not the list of everyone present.

Paper in tests/fixtures/late-arrivals/, written for these tests, ingested with the real model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from service.records import only_late_asked
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "late-arrivals"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("question", [
    "who turned up late to the pennock environment committee in march?",
    "pennock environment cttee 17 march - anyone arrive late or leave early",
])
def test_late_arrivals_minuted_apart_from_the_record(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert answer.found
    said = flat(answer.answer)
    assert "Councillor Hebden joined the meeting at 7.24 pm" in said
    assert answer.citations[0].minute == "EN/26/018"
    assert "Gilchrist" not in said and "Oyelaran" not in said  # those present throughout are not the answer


def test_who_was_there_is_still_the_record(papers: Minutebook) -> None:
    answer = papers.ask("who was at the pennock environment committee in march 2026?")
    assert answer.found
    said = flat(answer.answer)
    assert "Gilchrist" in said and "Oyelaran" in said


@pytest.mark.parametrize(("question", "late_only"), [
    ("who came in late to the meeting", True),
    ("did anyone leave early", True),
    ("who sent apologies, and did anyone turn up late?", False),  # who was away is asked too
    ("who chaired when the council met in late june 2018?", False),  # a time of year, not someone late
    ("what did the committee say about early years funding", False),
])
def test_lateness_asked_alone(question: str, late_only: bool) -> None:
    assert only_late_asked(question) is late_only
