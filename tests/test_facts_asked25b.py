"""Figures and facts asked otherwise (class 25b of round 25):

- a date asked by its noun ("the dates he served", "the date of his death", "by what date"): held by a day printed,
  never the word "date";
- the call-in deadline asked "by what date could its decisions be called in": the publication note's deadline;
- a quorum asked "enough councillors to be quorate", with a second question after a "?": each part answered by its
  own minute (no one item holds both);
- "what about?": the sentence saying what the speaker raised, not the one after it;
- two figures compared ("saving from closing vs saving from weekend opening"): each side's own figure, not a
  sentence that only names the option.

The papers are written for the test (tests/fixtures/facts-asked-25b), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.answer_kinds import kind_words
from service.core import Minutebook
from service.evidence import stem_map
from service.parts_quoted import later_parts
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "facts-asked-25b"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("hollinford june 2029 — were there enough councillors to be quorate? any written qs from the public",
     ["quorate", "No written questions"], []),
    ("hollinford tribute to the former mayor in june 29 - dates he served and the date of his death",
     ["9 May 2011", "14 May 2015", "2 April 2029"], []),
    ("hollinford june 29: a resident came to public participation - what about?", ["Millbrook Lane"], []),
    ("fenmoor combined authority march 2029 - by what date could its decisions be called in?", ["9 MARCH 2029"], []),
    ("hollinford riverside pool: saving from closing vs saving from weekend opening", ["£48,500", "£19,200"], []),
])
def test_facts_asked_otherwise(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


def test_date_is_a_kind_of_answer_unless_so_far() -> None:
    """"the date of his death" asks a day; "spent to date" asks how much so far, whose "date" no day holds."""
    question = "what was the date of his death"
    assert kind_words(question, stem_map(question)) == {"date": "date"}
    question = "how much has been spent to date on the pool"
    assert "date" not in kind_words(question, stem_map(question))


def test_a_side_compared_carries_what_both_measure() -> None:
    question = "saving if shut vs saving on reduced hours"
    terms = stem_map(question)
    [(own, measured)] = later_parts(question, terms)
    assert set(own) == {"reduc", "hour"} and measured == ["save"]
    [(own, measured)] = later_parts("the petition - number of names and cost of the repairs",
                                    stem_map("the petition - number of names and cost of the repairs"))
    assert measured is None
