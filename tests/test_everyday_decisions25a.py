"""Decisions asked in everyday words (class 25a of round 25):

- who moved a decision, asked as "who nominated her", "on whose proposal", "who put his name forward": the line of the
  minutes naming the mover and seconder, beside the decision quoted;
- whether a body allowed something, asked as "did they let them through" or "wave it through": the decision, with
  the application's row and the vote;
- a tied vote asked as "who broke the tie" or "deadlocked": the casting vote;
- an office's term asked "till when" (no word of the question: "until" typed short); a hearing's chair asked as
  who was "put in the chair"; a vacancy filled asked as "did they bring someone in" (read as asking
  whether it was decided); a bank account
  opened asked as where they "keep the money"; a run of case references asked by its ends ("29/101-103/CP").

The papers are written for the test (tests/fixtures/everyday-decisions-25a), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from service.evidence import whether_decided
from service.movers import mover_asked, names_mover
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "everyday-decisions-25a"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("thornsby parish annual meeting - is ormsby still vice chair, and who nominated her", ["Cllr Ashworth proposed"],
     []),
    ("brackenford council june: the 24 may special meeting's minutes - signed off on whose proposal?",
     ["Miss R Quigley"], []),
    ("camping pods at high garth farm swindale - did the national park wave them through", ["Refused", "6 for refusal"],
     []),
    ("kelbrook skate park - the vote was deadlocked, who broke the tie?", ["casting vote"], []),
    ("who became chairman of brackenford in june 2029, and till when?", ["G R Tennant", "2030"], []),
    ("harrowdale boathouse cafe licence hearing - which councillor was put in the chair for it", ["S.A. Evans"], []),
    ("thornsby village green project funds - any decision on where to keep the money?", ["separate bank account"], []),
    ("fellmoor planners in april 2029 - did they take on any of 29/101-103/CP themselves",
     ["29/101/CP - No Call-in", "29/103/CP - No Call-in"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize(("question", "asks"), [
    ("who put his name forward for chairman", True),
    ("proposed by whom?", True),
    ("who was the seconder", True),
    ("who attended the second meeting", False),
    ("what was put forward for the budget", False),
])
def test_mover_asked(question: str, asks: bool) -> None:
    assert mover_asked(question) is asks


def test_mover_named() -> None:
    assert names_mover("Cllr Tong proposed Cllr Holiday, seconded by Cllr Hardcastle.")
    assert not names_mover("The proposed budget was noted.")


@pytest.mark.parametrize(("question", "decided"), [
    ("did the committee let the lodges through", True),
    ("were the chalets waved through? did they wave them through", True),
    ("did they let the public through the gate", False),
    ("did they bring someone in to replace her", True),
    ("did they bring in the bins", False),
    ("did the chair wave at the crowd", False),
])
def test_let_through_asks_a_decision(question: str, decided: bool) -> None:
    assert bool(whether_decided(question)) is decided
