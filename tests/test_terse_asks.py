"""An ask minuted in a few words that leave its matter to the discussion before it ("3.2 That a reminder be sent",
after "felt a final reminder should be sent to the Clerks of those parish councils setting a deadline of 30 April
2025"): asked after, the answer gives the ask, where it stands, and the item's sentence that says what it is about.

The paper is written for the test (a borough standards committee, in plain text), ingested with the real model into
a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

PAPERS = Path(__file__).parent / "fixtures" / "terse-asks"


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text() for p in PAPERS.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "ravensdale standards - did the parish clerks get chased about their interests registers",
    "has ravensdale sent the reminder to the clerks of the parish councils that still haven't returned their registers",
])
def test_a_terse_ask_is_said_with_the_matter_it_leaves_to_its_item(committee: Minutebook, question: str) -> None:
    answered = committee.ask(question)
    assert answered.found, answered.answer
    assert answered.status == ActionStatus.OUTSTANDING, answered.answer
    assert "That a reminder be sent" in answered.answer
    # whom the reminder is to, and by when, are the discussion's words, cited from the same item
    assert "Clerks of those parish councils" in answered.answer, answered.answer
    assert all(c.item_title == "PARISH REGISTERS OF INTERESTS" for c in answered.citations), answered.answer
