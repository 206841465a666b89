"""Figures asked in another form of the paper's word: "how much is the windfarm paying" for "the operator's annual
payment into the fund ... would be £52,300" under "Glenmoss Wind Farm Community Benefit Fund". The support test
finds the item by the words it prints that mean the question's ("payment", "wind"); the figure's own sentence holds
them too, so that it, not the list of grants beside it, answers. "At the half year" is a treasury report's
"mid-year", and what money is "earning" is its return, not anyone's pay. Papers in
tests/fixtures/figures-in-other-forms/, written for these tests, ingested with the real model and asked through the
same ``Minutebook`` the service uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from service.sums_asked import PAY_ASKED
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "figures-in-other-forms"


papers = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "how much is the windfarm paying into the fund this year",
    "how much does the windfarm pay each year",
])
def test_a_figure_asked_with_another_form_of_its_words(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert answer.found, answer.answer
    assert "£52,300" in answer.answer, answer.answer
    assert answer.citations[0].item_title.startswith("Glenmoss Wind Farm"), answer.citations


def test_a_figure_asked_in_the_papers_words_is_still_its_own_sentence(papers: Minutebook) -> None:
    # a question in the papers' own words ("signed": the lexicon's "signatures") still gets the count, not the cost
    answer = papers.ask("how many people signed the skate park petition")
    assert answer.found and "638 signatures" in answer.answer, answer.answer



@pytest.mark.parametrize("question", [
    "how much did wenlow have in deposits at the half year",
    "wenlow treasury - what were they earning on their money at the half year",
])
def test_the_half_year_is_the_papers_mid_year(papers: Minutebook, question: str) -> None:
    # "at the half year": the Treasury Management Mid-Year Review's figures as at 30 September
    answer = papers.ask(question)
    assert answer.found, answer.answer
    assert "£8.4m" in answer.answer and "4.61%" in answer.answer, answer.answer


def test_what_money_is_earning_on_is_no_ones_pay() -> None:
    assert not PAY_ASKED.search("what are they earning on their investments")
    assert PAY_ASKED.search("what's the new clerk earning")
    assert PAY_ASKED.search("how much does the chief executive earn")
