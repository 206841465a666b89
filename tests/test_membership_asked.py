"""A body's members of a kind, and an adviser's field, asked as people ask them ("which independent members sit on
the standards committee", "which non-executive members look after quality on the board", "what does dr frayne
advise the mayor on"): the record of attendance lists them under their label ("Independent Members: ...") or prints
each one's part beside the name ("Non-Executive Member for Audit", "Mayoral Advisors in attendance: Dr Imogen Frayne
(Digital Skills)"), and answers from it. Questions of votes, of what an officer or a report advised, stay what they
were.

The papers are written for the test (tests/fixtures/membership-asked: a Welsh county's standards committee printed
as one run of text, an integrated care board's table of members, a combined authority's paragraph of those present),
ingested and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "membership-asked"


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_members_under_their_label(bodies: Minutebook) -> None:
    answered = bodies.ask("which independant members sit on pen-y-fro's standards cttee?")
    assert answered.found
    assert all(name in answered.answer for name in ("Rowlands", "Beynon", "Idris"))


def test_members_by_the_part_beside_their_names(bodies: Minutebook) -> None:
    answered = bodies.ask("which non-executive members look after quality and patient experience on the wyvernshire "
                          "icb board?")
    assert answered.found
    assert "Rhys Tandy" in answered.answer and "Priya Sandhu" in answered.answer


def test_an_advisers_field(bodies: Minutebook) -> None:
    answered = bodies.ask("what does imogen frayne advise the severn estuary mayor on")
    assert answered.found and "Digital Skills" in answered.answer


def test_membership_asked_is_attendance() -> None:
    for asked in ("which independent members sit on the standards committee",
                  "which lay members look after finance on the governing body",
                  "which co-opted members serve on the panel",
                  "what does tobias lark advise the metro mayor on"):
        assert cue_intents(asked).get(Intent.ATTENDANCE, 0.0) >= 0.85, asked


def test_votes_and_advice_given_are_not_attendance() -> None:
    for asked in ("which members voted against the budget at the council meeting",
                  "has anything changed about who sits on the board?",
                  "what did the officer advise on the planning application",
                  "what does the report advise the council on"):
        assert cue_intents(asked).get(Intent.ATTENDANCE, 0.0) < 0.85, asked
