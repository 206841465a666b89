"""The number a paper or a meeting gives itself ("Minutes C112 – March 14th 2022", "Minutes of the Ninety-Eighth
Annual Meeting"), asked as people ask it ("what were the minutes numbered", "which number annual meeting was it"):
the minutes' heading prints it, never the word "number", and the heading answers.

The papers are written for the test (tests/fixtures/own-numbers: a parish council numbering its minutes, another
counting its annual meetings, whose items speak of a number of potholes), ingested and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.answer_kinds import kinds_held
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "own-numbers"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_an_ordinal_holds_the_number_of_a_meeting_asked() -> None:
    asked = "which number annual meeting was it?"
    assert kinds_held(asked, {"number": "number"}, "Minutes of the Forty-First Annual Meeting of the Society")
    assert kinds_held(asked, {"number": "number"}, "the 57th annual general meeting")
    assert not kinds_held(asked, {"number": "number"}, "Minutes of the Annual Meeting held on 3 May")


def test_a_meetings_ordinal_answers_which_number_it_was(councils: Minutebook) -> None:
    answered = councils.ask("hartwell pc may 2023 - which number annual meeting was it?")
    assert answered.found and "Ninety-Eighth Annual Meeting" in answered.answer
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2023-05-17"}


def test_the_minutes_own_number_answers_what_they_were_numbered(councils: Minutebook) -> None:
    answered = councils.ask("what were copley parish council's march minutes numbered?")
    assert answered.found and "C112" in answered.answer
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2022-03-14"}


def test_no_ordinal_printed_is_no_number_of_the_meeting(councils: Minutebook) -> None:
    answered = councils.ask("which number annual meeting was copley parish council's march 2022 one?")
    assert "Ninety-Eighth" not in answered.answer
