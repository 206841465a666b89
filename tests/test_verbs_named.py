"""Everyday verbs that are also given names ("how did the governors mark ruth okafor's retirement", "did the council
grant it"): after a helping verb and its subject the word is the verb, not the first of a person's names, so the
answer is not refused as saying nothing "of Mark Ruth". A name after a title, or a helping verb with no subject
between ("did mark ellison report"), stays a name, and what is said of that person is still checked.

The paper is written for the test (tests/fixtures/verbs-named: an NHS trust's council of governors whose record of
attendance prints Mark, Grant, Hope, Will, Bill and Sue as given names), ingested and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.asks import used_as_verb
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "verbs-named"


@pytest.fixture(scope="module")
def governors(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_a_verb_that_is_a_name_is_the_verb(governors: Minutebook) -> None:
    answered = governors.ask("how did the brookfield council of governors mark ruth okafors retirement in march?")
    assert answered.found and "framed print" in answered.answer


def test_a_name_after_its_helping_verb_is_still_checked(governors: Minutebook) -> None:
    answered = governors.ask("what did mark ellison report about the deficit?")
    assert answered.found and "£2.1m" in answered.answer
    refused = governors.ask("what did mark ellison say about car parking charges?")
    assert not refused.found and "Mark Ellison" in refused.answer


@pytest.mark.parametrize(("question", "word", "verb"), [
    ("how did the health and wellbeing board mark his death", "mark", True),
    ("did they grant the licence", "grant", True),
    ("are they going to bill the club", "bill", True),
    ("did mark ellison attend", "mark", False),
    ("did cllr grant whitby declare anything", "grant", False),
    ("was hope adeyemi at the meeting", "hope", False),
])
def test_used_as_verb(question: str, word: str, verb: bool) -> None:
    typed = question.split()
    assert used_as_verb(typed, typed.index(word)) is verb
