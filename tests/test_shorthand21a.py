"""Shorthand written out before a question is read, as the papers print the words: "B&B" (bed and breakfast, the
temporary accommodation councils report on) and "paeds" (paediatrics); and recruitment asked as "signing up" (the
papers' "recruited"). And the near misses beside them, refused: a waiting list the papers do not give, and
recruitment of a kind they do not report.

The papers are written for the test (tests/fixtures/shorthand21a: a fictional district council's housing committee
and an NHS trust's board), ingested with the real model into a real store and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "shorthand21a"


asked = papers_fixture(PAPERS, "*.*")


@pytest.mark.parametrize(("question", "said"), [
    ("ashworth housing cttee - how much are we expected to spend on b&b this year", ["£312,000"]),
    ("wrexley trust board - how long's the community paeds waiting list", ["980", "44 weeks"]),
    ("how many new foster carers has ashworth signed up this year", ["11 new fostering households"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.parametrize("question", [
    "wrexley trust board - how long's the adult audiology waiting list",
    "how many new childminders has ashworth signed up this year",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question


def test_written_out() -> None:
    assert written_out("how many families are in b&b") == "how many families are in bed and breakfast"
    assert written_out("B & B spend") == "bed and breakfast spend"
    assert written_out("the paeds waiting list") == "the paediatrics waiting list"
    assert written_out("a bb gun") == "a bb gun"
