"""Whether a body did something put to it as a motion, asked yes-or-no ("did the pcp veto the precept or not", "did
they adopt the amendment or not"): the minutes record the motion, its vote ("On being put to the vote the motion to
veto fell (3 for, 6 against)") and then the motion that was carried, with the resolution. The answer gives the vote
on the motion asked about, not only the resolution the meeting reached by another motion:

- a question's tag "or not" asks whether it happened, not of something not done;
- "veto" is a body's decision asked by its verb (a police and crime panel's power over the precept);
- "the PCP" is the police and crime panel;
- of two votes in one item, the one on what was asked is quoted.

Papers in tests/fixtures/motions-voted/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.evidence import decision_verb
from service.pending import asks_outcome
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "motions-voted"


papers = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "did the panel veto the precept or not",
    "was the budget approved or wasn't it",
    "did the council adopt the plan or not?",
    "did the board approve the merger",
])
def test_a_yes_or_no_tag_asks_what_came_of_it(question: str) -> None:
    assert asks_outcome(question)


@pytest.mark.parametrize("question", [
    "has the review come back yet or not",  # how it stands, which "still awaited" answers
    "did the panel not veto it",  # of something not done
])
def test_a_question_of_how_it_stands_or_of_what_was_not_done_is_no_outcome(question: str) -> None:
    assert not asks_outcome(question)


def test_veto_is_a_decision_verb() -> None:
    assert decision_verb("did the kestrelmoor panel veto the commissioner's precept") == "veto"


def test_the_pcp_is_the_police_and_crime_panel() -> None:
    assert "police and crime panel" in written_out("kestrelmoor pcp - what did they say about the precept")
    # (not a minute's reference printed with the body's initials)
    assert written_out("what was minute PCP/26/11 about") == "what was minute PCP/26/11 about"


@pytest.mark.parametrize("question", [
    "kestrelmoor and haddow pcp - did they veto the pcc's precept or not",
    "did the kestrelmoor police and crime panel veto the council tax precept?",
])
def test_the_vote_on_the_motion_asked_about_is_given(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert answer.found, answer.answer
    said = " ".join(answer.answer.split())
    assert "the motion to veto fell (3 for, 6 against)" in said, said
    assert "£298.41" in said


def test_of_two_votes_in_an_item_the_one_asked_about_is_quoted(papers: Minutebook) -> None:
    answer = papers.ask("kestrelmoor and haddow police and crime panel - did the amendment on the complaints "
                        "sub-committee pass or not")
    assert answer.found, answer.answer
    assert "amendment was lost (2 for, 7 against)" in " ".join(answer.answer.split())
