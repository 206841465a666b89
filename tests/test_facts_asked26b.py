"""Figures and facts asked otherwise (class 26b of round 26):

- a rate asked "by what percent": the sentence giving the change ("an increase of 3.9%");
- a price asked of one of several ("cost per plough?"): the sentence pricing each, not the resolution's total alone;
- highways shorthand ("cat 2") and work not yet done asked "unfixed": the papers' "category 2" and "outstanding";
- a council called by its kind ("how much did the district underspend"): that council's figure, not another body's;
- a place's name opened by a compass word ("north fenby") is no other place of that word ("North Marwick");
- a meeting called by how it was held ("the teams call"): the meeting whose venue line names the platform;
- others of a thing's kind asked ("are there others like it"): "one of three of its kind".

The papers are written for the test (tests/fixtures/facts-asked-26b), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.answer_kinds import kind_words
from service.core import Minutebook
from service.evidence import stem_map
from service.parts_quoted import later_parts
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "facts-asked-26b"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("brackwater council tax this year, up by what percent?", ["3.9%"], []),
    ("the gritter ploughs brackwater cabinet bought - cost per plough?", ["£14,500"], []),
    ("brackwater: of the unfixed road defects, how many are cat 2", ["87"], []),
    ("how much did the district underspend by in 29/30", ["£1.2 million"], ["£80,000"]),
    ("north fenby people worried about their library - was a petition handed in? how many signed", ["450"], []),
    ("brackwater teams call in june - were they quorate", ["quorate"], []),
    ("the fenby transport partnership - what does it do, are there others like it", ["one of three"], []),
])
def test_facts_asked_otherwise(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


def test_percent_asks_a_rate() -> None:
    question = "precept going up by what percent"
    assert kind_words(question, stem_map(question)) == {"percent": "rate"}


def test_others_like_it_asks_for_its_kind() -> None:
    """"are there others like it" is written "similar ones", a word asking for others of its kind; a comma opening
    a new question makes it a later part."""
    question = "what does it cover, are there others like it"
    assert "similar" in written_out(question)
    terms = stem_map(written_out(question))
    assert kind_words(written_out(question), terms) == {"similar": "alike"}
    assert later_parts(question, terms) == [(["similar"], None)]
