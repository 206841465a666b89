"""Everyday asks of common minute forms (class 30a): questions put in everyday words about things every council
minutes in its own set words, each answered from the minute that holds it, with twins the papers do not answer.

- money kept apart ("are its funds being kept apart", "kept separate", "ring-fenced"), minuted as a separate or new
  bank account opened for the project, or the income ring-fenced;
- the press and public put out with the particle first ("did they boot out press/public", "throw out the press and
  public", "kick out the press"), and the grounds the exclusion gives;
- what a body made of a review put to it ("outcome of the scrutiny panel's review", "what came of it at the board"),
  minuted as its endorsement ("which Cabinet warmly endorsed", "That the Board endorses ... and welcomes ..."), not
  the approval of its terms of reference ("X review - outcome?" asks the review's outcome as "the outcome of" does);
- whether everyone backed a decision ("did everyone back it", "backed by everyone"), minuted after the mover and
  seconder as "unanimous approval" or "all in favour" (or a count that says they did not: "carried 3 votes to 2");
- where a matter goes next ("which body is it going to next", "where are the changes being sent next"), minuted as
  a referral to a named committee, and a "shake-up" or "overhaul" of a membership minuted as its changes ("bd" typed
  for board);
- one of how many of its kind ("one of how many regional groups of its type", "how many such groups", "one of how
  many like it"), minuted "one of six of its kind in England";
- enough members there for the meeting to be valid ("enough councillors there for it to be valid"), minuted as the
  meeting being quorate, not answered with the list of who was present;
- anything extra added to the agenda on the day ("anything extra added to the agenda by the chairman", "did they add
  anything to the agenda"), minuted as urgent business at the chair's discretion, or that there was none.

Papers in tests/fixtures/everyday-asks-30a/ (a parish council's annual meeting and a licensing sub-committee as
plain text extracted from PDF, a town council as markdown, a health and wellbeing board as a council web page),
written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "everyday-asks-30a"


papers = papers_fixture(PAPERS)


def test_money_kept_apart_is_a_separate_account_or_ring_fenced(papers: Minutebook) -> None:
    answered(papers, "fernhollow orchard project - is its money being kept separate?", ["new bank account"])
    answered(papers, "fernhollow orchard project - are its funds being kept apart from everything else?",
             ["new bank account"])
    answered(papers, "are the marlow cross community hub funds ring-fenced?", ["separate bank account"])
    answered(papers, "marlow cross community hub grant - kept apart from the town council's other money?",
             ["ring-fenced"])


def test_press_put_out_with_the_particle_first(papers: Minutebook) -> None:
    answered(papers, "ashgrove licensing sub 5 april - did they kick out the press and public, and why?",
             ["excluded", "confidential information"])
    answered(papers, "marlow cross march 2031 - did they throw out press/public and on what grounds",
             ["excluded", "paragraph 3"])
    answered(papers, "did the ashgrove licensing sub-committee boot out the public?", ["excluded"])
    answered(papers, "marlow cross march 2031 - did they chuck out the press?", ["excluded"])
    answered(papers, "did marlow cross town council kick out the public in march 2031", ["excluded"])
    # the board excluded no one
    assert not papers.ask("wexcombe hwb feb 2031 - did they boot out press/public?").found


def test_a_reviews_outcome_is_the_bodys_endorsement(papers: Minutebook) -> None:
    answered(papers, "wexcombe hwb - outcome of the scrutiny panel's loneliness review?", ["endorses"])
    answered(papers, "what did the wexcombe board make of the loneliness in later life review", ["endorses"])
    answered(papers, "loneliness review by the scrutiny panel - what came of it at the board?",
             ["welcomes the commitment"])
    answered(papers, "wexcombe loneliness in later life review - outcome?", ["endorses"])
    # a review whose terms of reference were approved, to report later: its outcome is still to come, however asked
    for question in ("wexcombe day centre transport review - outcome?",
                     "wexcombe day centre transport review - what was the outcome?",
                     "what came out of the wexcombe day centre transport review"):
        answer = papers.ask(question)
        assert not answer.found and "later step" in answer.answer, (question, answer.answer)


def test_everyone_backing_it_is_unanimous_approval_or_all_in_favour(papers: Minutebook) -> None:
    answered(papers, "fernhollow co-option may 2031 - who joined and did everyone back it",
             ["Meryl Tanner", "unanimous approval"])
    answered(papers, "did all the fernhollow councillors support meryl tanner's co-option", ["unanimous approval"])
    answered(papers, "was the chairman's election at fernhollow backed by everyone", ["all in favour"])
    # not everyone did: the count says so
    answered(papers, "was the vice-chairman's election at fernhollow backed by everyone", ["3 votes to 2"])


def test_where_a_matter_goes_next_is_the_body_it_is_referred_to(papers: Minutebook) -> None:
    answered(papers, "wexcombe hwb bd membership shake-up - which body is it going to next?",
             ["Audit and Governance Committee"])
    answered(papers, "where are the wexcombe board's membership changes being sent next",
             ["Audit and Governance Committee"])
    answered(papers, "wexcombe board membership overhaul - which committee gets it next?",
             ["Audit and Governance Committee"])


def test_one_of_how_many_of_its_kind(papers: Minutebook) -> None:
    answered(papers, "northern fells rail partnership - one of how many regional rail groups of its type nationally",
             ["one of six"])
    answered(papers, "northern fells rail partnership - one of how many such groups in england?", ["one of six"])
    answered(papers, "the northern fells rail partnership is one of how many like it nationally", ["one of six"])
    answered(papers, "how many rail partnerships of its type are there in england", ["one of six"])
    # a count of something else about it is not given
    assert not papers.ask("how many staff does the northern fells rail partnership employ").found


def test_enough_members_for_it_to_be_valid_is_a_quorum(papers: Minutebook) -> None:
    answered(papers, "marlow cross full council march 2031 - enough councillors there for it to be valid?",
             ["quorate"])
    answered(papers, "wexcombe hwb feb 2031 - were there enough members present for the meeting to be valid",
             ["quorate"], ["Present:"])
    answered(papers, "wexcombe hwb feb 2031 - were there enough members present to be quorate", ["quorate"])
    # the parish minutes say nothing of a quorum
    assert not papers.ask("fernhollow may 2031 - enough members there for it to be valid?").found
    assert not papers.ask("fernhollow may 2031 - were there enough councillors present for it to go ahead").found


def test_anything_extra_added_to_the_agenda_is_urgent_business(papers: Minutebook) -> None:
    answered(papers, "fernhollow may 2031 - anything extra added to the agenda by the chairman?", ["bus shelter"])
    answered(papers, "did fernhollow add anything to the agenda at the may 2031 meeting", ["bus shelter"])
    answered(papers, "wexcombe hwb feb 2031 - any extra items added to the agenda on the day?",
             ["no urgent business"])
    # the town council's minutes take no urgent business and say nothing of it
    assert not papers.ask("marlow cross march 2031 - anything extra added to the agenda on the day?").found
