"""Everyday words for what minutes record in their own: "singled out for praise" (a member commended someone), the
clerk "was to write to" someone (a letter), a nomination "turned down" (declined) for "the top job" (the chair),
"filling the seat" (co-option), who was "presiding" (in the Chair), where a matter is "sent on to" (submitted to a
committee), and "when they next get together" (the next meeting). The question's word is no word the papers print,
so it had counted against the item that answers; the lexicon (minutebook.lexicon) and the shorthand written out
before a question is read (minutebook.vocabulary.SHORTHAND) give the papers' words. And the near misses beside them,
refused: praise from a member who gave none, a letter nobody was to write, a policy the committee never sent on.

The papers are written for the test (tests/fixtures/everyday-words21a: a fictional parish council's annual meeting and
a district council's licensing committee), ingested with the real model into a real store and asked through the
same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "everyday-words21a"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.parametrize(("question", "said"), [
    ("who did cllr dearden single out for praise at thornley", ["Barraclough"]),
    ("thornley parish, may 2025 - the clerk was to write to the councillor who quit - happened?", ["Ainsworth"]),
    ("thornley annual mtg: somebody was put forward as chairman but turned it down - who was it", ["Fothergill"]),
    ("thornley pc annual meeting - who did the chairman single out for praise", ["Barraclough"]),
    ("did thornley fill the seat of the councillor who resigned in may 2025", ["Whiteley"]),
    ("kelderby licensing june 2025 - who was presiding", ["Brockbank"]),
    ("kelderby licensing: where is the revised taxi policy being sent on to", ["Regulatory Committee"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.parametrize("question", [
    "who did cllr kershaw single out for praise at thornley",
    "thornley pc - did the clerk write to the highways authority about the potholes",
    "kelderby licensing - where is the sex establishment policy being sent on to",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question


def test_getting_together_is_meeting() -> None:
    assert written_out("what is the clerk due to report on when they next get together") == \
        "what is the clerk due to report on when they next meet"
    assert written_out("when did the trustees last get together?") == "when did the trustees last meet?"
