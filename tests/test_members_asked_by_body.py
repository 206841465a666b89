"""Members asked by the body or interest they sit for ("who sits for the landowners on the joint committee", "who
were the borough council's appointed members at the drainage board"): the record of attendance, which prints each
member's body beside the name ("Mr Peter Kitto – Country Land and Business Association") or over a list of them
("Appointed Members: Cllr D Merrow, Cllr S Pilbeam (Harrowden Borough Council)"), as joint committees, partnerships
and drainage boards minute them.

Papers in tests/fixtures/members-by-body/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "members-by-body"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_who_sits_for_an_interest(papers: Minutebook) -> None:
    answer = papers.ask("who sits for the landowners (cla) on the morrow valley joint committee")
    assert answer.found
    assert "Mr Peter Kitto – Country Land and Business Association" in flat(answer.answer)
    answer = papers.ask("morrow valley partnership - who sits for the farmers?")
    assert answer.found
    assert "Mrs Gwen Ellery – National Farmers' Union" in flat(answer.answer)


def test_a_bodys_appointed_members(papers: Minutebook) -> None:
    answer = papers.ask("who were the harrowden borough appointed members at the drainage board in april 2026")
    assert answer.found
    said = flat(answer.answer)
    assert "Cllr D Merrow, Cllr S Pilbeam" in said
    assert answer.citations[0].meeting_date.isoformat() == "2026-04-22"


@pytest.mark.parametrize(("question", "attendance"), [
    ("who sits for the parish councils on the aonb committee", True),
    ("who serves on behalf of the health board at the partnership", True),
    ("who were the co-opted members at the standards committee in june", True),
    ("who were the contractors on the bridge repair", False),
    ("who sits on the working group for the neighbourhood plan", False),  # a group's make-up, in an item
])
def test_members_asked_by_body_read_as_attendance(question: str, attendance: bool) -> None:
    assert (Intent.ATTENDANCE in cue_intents(question)) is attendance
