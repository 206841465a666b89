"""A committee named by clipped words ("the ed cttee", "env & regen panel", "the lic sub-committee", "fin committee"):
the first letters of the words of its name, as people shorten them when they type. It is that committee, not a body
the papers hold no meetings of. The committees and papers are written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.query import understand
from index.spelling import Speller

COMMITTEES = ["Education and Children's Services Committee", "Environment and Regeneration Scrutiny Panel",
              "Licensing Sub-Committee", "Finance and General Purposes Committee", "Planning Committee"]
PAPERS = [
    "Education and Children's Services Committee. The Committee agreed the school transport contracts.",
    "The Environment and Regeneration Scrutiny Panel considered fly-tipping and the staff survey.",
    "The Licensing Sub-Committee heard the application. Finance and General Purposes Committee met.",
    "the ed psych service, the env report, the hr figures and the fin figures were noted; the regen plan and the",
    "lic fee and the gp surgery were discussed.",
    *COMMITTEES,
]
LATEST = dt.date(2024, 3, 12)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.of_texts(PAPERS)


@pytest.mark.parametrize(
    ("question", "committee"),
    [
        ("did anybody declare an interest at the ed committee on school transport", COMMITTEES[0]),
        ("what did the env & regen scrutiny panel say about fly-tipping", COMMITTEES[1]),
        ("who sat on the lic sub-committee for the taxi licence hearing", COMMITTEES[2]),
        ("what did the fin & gp committee agree on the precept", COMMITTEES[3]),
        ("did the env panel look at fly-tipping in march", COMMITTEES[1]),
    ],
)
def test_a_committee_named_by_clipped_words_is_that_committee(question: str, committee: str,
                                                              speller: Speller) -> None:
    plan = understand(question, COMMITTEES, LATEST, speller)
    assert plan.unknown_bodies == [], [(b.text, b.committees) for b in plan.bodies]
    assert [b.committees[:1] for b in plan.bodies] == [[committee]], [(b.text, b.committees) for b in plan.bodies]


def test_a_clipped_word_no_committee_begins_with_is_still_unknown(speller: Speller) -> None:
    plan = understand("what did the hr committee decide about the staff survey", COMMITTEES, LATEST, speller)
    assert [b.committees for b in plan.bodies] == [[]]
