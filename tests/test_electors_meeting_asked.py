"""The meeting of a parish's electors asked by its name ("when is the annual town meeting", "when's the parish
assembly"), which is not the council's next meeting: the minute arranging it by that name ("RESOLVED that the Annual
Parish Meeting be held on Wednesday 22 April 2026"), not the council's own next date.

Paper in tests/fixtures/electors-meeting/, written for these tests, ingested with the real model.
"""

from __future__ import annotations

from pathlib import Path

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "electors-meeting"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_electors_meeting_by_its_name(papers: Minutebook) -> None:
    answer = papers.ask("when is the fernhope annual parish meeting?")
    assert answer.found
    said = flat(answer.answer)
    assert "Wednesday 22 April 2026" in said
    assert "12 May 2026" not in said
    assert answer.citations[0].minute == "26/033"


def test_the_councils_next_meeting_is_still_its_own(papers: Minutebook) -> None:
    answer = papers.ask("when is the next fernhope parish council meeting?")
    assert answer.found
    said = flat(answer.answer)
    assert "Tuesday 12 May 2026" in said
    assert "22 April" not in said
