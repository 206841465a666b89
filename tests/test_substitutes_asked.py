"""Who sat in for whom, asked in everyday words ("who subbed in and for who", "did anyone sub in for cllr marwick",
"who filled in for oakes"), over fictional papers written for this test (tests/fixtures/substitutes-asked): a ModernGov
attendance table with a "Substitute for Cllr ..." row and a minute of apologies naming the substitute, and a parish
committee's "(sub)" and "attended in his place". Not read as attendance, such a question was answered from the whole
record of every meeting, cited to the record, not to the minute of apologies that names the substitute."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "substitutes-asked"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize("question", [
    "who subbed in and for who",
    "did anyone sub in for cllr marwick",
    "who filled in for cllr oakes at planning",
])
def test_asked_as_attendance(question: str) -> None:
    intents = cue_intents(question)
    assert intents.get(Intent.ATTENDANCE, 0) >= 0.9, intents


@pytest.mark.parametrize("question", [
    "what subs does the bowls club pay",  # subscriptions, not substitutes
    "anyone declare at the quarrington licensing sub in march?",  # a sub-committee, not a substitute
])
def test_not_asked_as_attendance(question: str) -> None:
    assert cue_intents(question).get(Intent.ATTENDANCE, 0) < 0.9


@pytest.mark.parametrize(("question", "said", "minute", "not_said"), [
    ("quarrington licensing in march - who subbed in and for who", ["Tariq Hussey", "Marwick"], "12",
     "Eleri Vaughan"),
    ("did anyone sub in for cllr marwick at the quarrington licensing committee?", ["Tariq Hussey"], "12",
     "Winston Farrag"),
    ("dunholme planning april - who filled in for cllr oakes", ["Victor Sallis"], "P/25/19", "Alma Corrigan"),
    # "Councillor A, for whom Councillor B was substitute;": the line whole, naming whom they sat for
    ("kelderby fire finance may - cllr raghavan was subbing for who?", ["Ambrose Tilley"], None, "Dennis Ackroyd"),
    # the record's "(sub)" says not for whom: the apologies of the member sat for, too
    ("dunholme planning committee april - who subbed in and for who", ["Victor Sallis", "Bertram Oakes"],
     "P/25/19", "Hubert Linsey"),
])
def test_substitutes_asked(asked: Minutebook, question: str, said: list[str], minute: str | None,
                           not_said: str) -> None:
    answer = asked.ask(question)
    assert answer.found, answer.answer
    assert all(s in answer.answer for s in said), answer.answer
    assert not_said not in answer.answer, answer.answer  # the lines of the substitute, not the whole record
    assert minute is None or any(c.minute == minute for c in answer.citations), \
        [(c.minute, c.item_title) for c in answer.citations]
