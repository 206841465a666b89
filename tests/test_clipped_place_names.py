"""A body named by its place clipped to the first letter and the name's familiar ending ("the wboro & cants combined
authority board": Wexborough and Cantshire), as people shorten long place names in notes. It is that body, not one
the papers hold no meetings of; a word clipped the same way from another name is not. The committees and papers are
written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.bodies import word_matches
from index.query import understand
from index.spelling import Speller

COMMITTEES = ["Wexborough and Cantshire Combined Authority Board", "Hallamby Town Council Finance Committee"]
PAPERS = [
    "The Wexborough and Cantshire Combined Authority Board approved the bus franchising business case.",
    "Hallamby Town Council Finance Committee agreed the precept.",
    *COMMITTEES,
]
LATEST = dt.date(2024, 11, 13)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.of_texts(PAPERS)


@pytest.mark.parametrize("question", [
    "wboro & cants combined authority board - has the bus franchising note gone out yet?",
    "what did the wboro and cantshire combined authority board decide on buses",
])
def test_a_place_clipped_to_its_first_letter_and_ending_names_its_body(question: str, speller: Speller) -> None:
    plan = understand(question, COMMITTEES, LATEST, speller)
    assert plan.unknown_bodies == [], [(b.text, b.committees) for b in plan.bodies]
    assert plan.bodies and all(b.committees[:1] == [COMMITTEES[0]] for b in plan.bodies)


def test_the_same_clipping_of_another_name_is_not_it() -> None:
    assert word_matches("wboro", "wexborough")
    assert not word_matches("gboro", "wexborough")  # another first letter: another place
    assert not word_matches("wbor", "wexborough")  # too little of the name kept to say which
    assert not word_matches("wbury", "wexborough")  # an ending the name does not have
