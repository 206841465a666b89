"""What a mark printed beside a paper's entries means, asked as people ask it ("what's the star next to some
decisions for", "what does an asterisk mean"): the legend the minutes print above their items ("* DENOTES KEY
DECISION") answers, though it never says "asterisk" or "mean" (service.answer_kinds: a "*" printed holds the word
"asterisk", a legend's "denotes" holds "mean"; service.header_evidence offers the heading).

The papers are written for the test (tests/fixtures/legends: a combined authority's minutes flattened onto one line,
whose heading prints the legend, and a parish council's minutes with no mark and no legend), ingested and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.answer_kinds import kinds_held
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "legends"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_a_mark_and_its_meaning_are_held_by_a_legend() -> None:
    asked = "what does an asterisk next to a decision mean?"
    terms = {"asterisk": "asterisk", "mean": "mean"}
    assert kinds_held(asked, terms, "* DENOTES KEY DECISION") == {"asterisk", "mean"}
    assert kinds_held(asked, terms, "The council meant to decide it in June.") == set()
    # what a plan means for someone is no legend's
    assert kinds_held("what does the plan mean for tenants?", {"mean": "mean"}, "Rents = £90 a week") == set()


def test_the_legend_answers_what_a_star_is_for(councils: Minutebook) -> None:
    answered = councils.ask("mersey vale combined authority - what's the star next to some decisions for?")
    assert answered.found and "DENOTES KEY DECISION" in answered.answer
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2023-06-16"}


def test_no_legend_is_no_meaning(councils: Minutebook) -> None:
    answered = councils.ask("in tallow parish council's minutes what does an asterisk next to a decision mean?")
    assert "DENOTES" not in answered.answer
