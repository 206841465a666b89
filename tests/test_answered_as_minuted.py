"""Questions whose answer the minutes give in their own way, answered with it: an amendment to the last minutes listed
by paragraph ("para 19": "Paragraph 19 - to include ..."), how long an office runs ("for the period expiring on the
date of the Annual Meeting"), grants listed a row each with their sums, the sub-items of one heading ("5.1", "5.2"),
private business that should "remain" exempt asked whether it should "stay" so, the Act used to keep the press and
public out, a taxi asked of a hackney carriage, and a rate printed as a percentage. And the near-misses beside them:
a paragraph the amendments do not list, a deputy's term where only the mayor's is minuted, a rate of another thing,
what a consultation on taxis found where the minutes only propose to hold it.

The papers are written for the test (tests/fixtures/answered-as-minuted: a fictional town council's annual meeting
and a district council's licensing and environment committee), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "answered-as-minuted"


minuted = papers_fixture(PAPERS, "*.txt")


@pytest.mark.parametrize(("question", "said"), [
    # an amendment to the last minutes, asked by its paragraph as people clip it
    ("fernleigh - what did they add to the drill hall minutes at para 19?", ["replaced, not repaired"]),
    ("what was added to the april minutes at para 12?", ["litter pick"]),
    # an office's term, asked in everyday words for it and for its lasting
    ("how long does cllr hargreaves's tenure as town mayor run?", ["Annual Meeting", "2025"]),
    ("how long will cllr hargreaves's stint as mayor run?", ["Annual Meeting", "2025"]),
    # grants in a table, a row each: who got money and how much each
    ("which groups got community grants from fernleigh and how much each?",
     ["St Anne's Toddler Group", "£400.00", "Fernleigh in Bloom", "£1,200.00"]),
    # the sub-items of one heading, each noting a committee's minutes
    ("which committees' minutes did fernleigh note in may?", ["Planning Committee", "Amenities Committee"]),
    # private business that should "remain" exempt, asked whether it should "stay" exempt
    ("did fernleigh decide the part 2 item should stay exempt?", ["remain exempt from publication"]),
    # the Act used to keep the press and public out
    ("what act did fernleigh use to keep the press and public out?", ["Admission to Meetings", "1960"]),
    # a taxi, which a licensing committee minutes as a hackney carriage
    ("what did ashcombe licensing decide on the taxi fares?", ["without modification", "1 April 2025"]),
    # a rate, printed as a percentage of what it is of
    ("what was ashcombe's recycling rate for 2023/24?", ["48.2%"]),
])
def test_answered_as_the_minutes_give_it(minuted: Minutebook, question: str, said: list[str]) -> None:
    answered = minuted.ask(question)
    assert answered.found, answered.answer
    for fact in said:
        assert fact in answered.answer, (fact, answered.answer)


@pytest.mark.parametrize("question", [
    "what did they add to the april minutes at para 30?",  # the amendments list paragraphs 12 and 19
    "how long does cllr okafor's term as deputy mayor run?",  # only the mayor's term is minuted
    "what was ashcombe's food waste rate?",  # 48.2% is of household waste, 61% of garden waste subscriptions
    "what did the ashcombe consultation on cctv in cabs conclude?",  # only proposed: a proposal to consult
])
def test_near_misses_beside_them_are_refused(minuted: Minutebook, question: str) -> None:
    answered = minuted.ask(question)
    assert not answered.found, answered.answer
