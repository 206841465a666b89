"""What a later meeting did with minutes asked by their date ("were the january minutes signed off as they were",
"did the county council approve the highways committee minutes of 22 feb or just note them"): the item of the later
meeting that names those minutes, quoting what it did with them (approved with a correction, noted, approved subject
to an amendment), though the meeting whose minutes they are is not in the papers. Minutes of a date no item names
are not answered with another date's.

The papers are written for the test (tests/fixtures/minutes-taken-up: a borough's scrutiny commission approving its
previous minutes, a county council approving its own and receiving its committees' under lettered headings, and six
other bodies' meetings each approving and noting minutes of other dates, which the search ranks with them),
ingested and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "minutes-taken-up"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_minutes_corrected_when_approved(councils: Minutebook) -> None:
    answered = councils.ask("were the jan 2024 minutes of the scrutiny commission signed off as they were, or was "
                            "something put right?")
    assert answered.found
    assert "Councillor Mistry, not Councillor Breen" in answered.answer
    assert {(c.meeting_date.isoformat(), c.minute) for c in answered.citations} == {("2024-02-20", "41")}


def test_a_committees_minutes_noted_by_its_parent(councils: Minutebook) -> None:
    answered = councils.ask("did kelderby council approve the highways committee minutes from 22 feb, or only note "
                            "them?")
    assert answered.found and "were noted" in answered.answer
    assert {c.minute for c in answered.citations} == {"3a"}


def test_a_committees_minutes_amended(councils: Minutebook) -> None:
    answered = councils.ask("what happened to the audit committee's 29 february 2024 minutes at full council?")
    assert answered.found and "internal audit plan" in answered.answer
    assert {c.minute for c in answered.citations} == {"3b"}


def test_minutes_no_item_names_are_not_answered(councils: Minutebook) -> None:
    answered = councils.ask("were the kelderby planning committee minutes of 5 march 2024 approved?")
    assert "22 February" not in answered.answer and "29 February" not in answered.answer
    assert "8 February" not in answered.answer


def test_what_was_changed_is_read_from_the_whole_item(councils: Minutebook) -> None:
    answered = councils.ask("what amendment was made to the audit committee minutes of 29 february 2024?")
    assert answered.found and "internal audit plan" in answered.answer
