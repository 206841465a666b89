"""Minutes approved at a later meeting, asked in everyday words: "did they sign off the minutes from their april
meeting", "the record of its september meeting", "what ref did the february minutes they passed have", "were the
october minutes ok'd at the november meeting". The month or date is the minutes' (not a meeting the papers must
hold), the record is the minutes, and "sign off", "ok'd" and "passed" are how people say approved: the later
meeting's item on those minutes answers, cited to it. Minutes of a month no item names are not answered with another
month's.

The papers are written for the test (tests/fixtures/minutes-asked-loosely: a parish council's April and May meetings,
each approving the month before's minutes; a community council passing numbered minutes; a fire panel and a
licensing committee signing theirs), ingested and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "minutes-asked-loosely"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def cited(answered: object) -> set[tuple[str, str]]:
    return {(c.meeting_date.isoformat(), c.minute) for c in answered.citations}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("question", "meeting", "minute"), [
    ("did marlow heath pc sign off the minutes from their april meeting?", "2025-05-19", "4"),
    ("marlow heath parish - were the minutes from their march meeting ok'd?", "2025-04-07", "2"),
])
def test_minutes_named_by_their_month_are_the_later_meetings(councils: Minutebook, question: str, meeting: str,
                                                             minute: str) -> None:
    answered = councils.ask(question)
    assert answered.found, answered.answer
    assert "correct record" in answered.answer
    assert cited(answered) == {(meeting, minute)}


def test_minutes_of_a_month_no_item_names_are_not_answered(councils: Minutebook) -> None:
    answered = councils.ask("did marlow heath pc sign off the minutes from their january meeting?")
    assert ("2025-05-19", "4") not in cited(answered) and ("2025-04-07", "2") not in cited(answered)


def test_a_meetings_record_is_its_minutes(councils: Minutebook) -> None:
    answered = councils.ask("did the pellow fire and rescue panel approve the record of its september 2024 meeting?")
    assert answered.found, answered.answer
    assert "UNANIMOUSLY" in answered.answer
    assert cited(answered) == {("2024-11-20", "2")}


def test_minutes_passed_asked_by_their_number(councils: Minutebook) -> None:
    answered = councils.ask("redwick cc march 2025 - what ref did the february minutes they passed have?")
    assert answered.found, answered.answer
    assert "R17" in answered.answer
    assert cited(answered) == {("2025-03-10", "3")}


def test_a_months_minutes_asked_of_the_next_meeting(councils: Minutebook) -> None:
    answered = councils.ask("dunholme licensing - were the october minutes ok'd at the november 2024 meeting?")
    assert answered.found, answered.answer
    assert "7th October 2024" in answered.answer
    assert cited(answered) == {("2024-11-04", "55")}


def test_a_member_named_is_read_from_the_whole_item(councils: Minutebook) -> None:
    # the two lines saying what was done with the minutes do not name her; the item's line that does answers
    answered = councils.ask("marlow heath - did the march minutes get corrected for cllr okafor?")
    assert answered.found, answered.answer
    assert "Okafor had been shown as absent in error" in answered.answer
    assert cited(answered) == {("2025-04-07", "2")}
