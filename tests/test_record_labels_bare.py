"""A record of attendance whose labels carry no colon (tests/fixtures/record-labels-bare, fictional papers written
for this test): "PRESENT Morag Ellis Fergus Tait ..." in capitals over two columns a scan flattened, and "Mayoral
Advisers in attendance Priya Nandy ..." run on after the last member listed. The record is cited by those labels as
by any other ("Attendance and apologies (PRESENT; IN ATTENDANCE; APOLOGIES)"), so that a reader looking for who was
present, or for the advisers in attendance, finds the record by the label the paper prints; a post and a name ("Mayor
K Brandt"), or a sentence ("Apologies for absence were received ..."), is no label.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.nodes import record_title
from ingest.pipeline import parse_file
from minutebook.model import Meeting
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "record-labels-bare"
PARK = "glenvarr-national-park-authority-planning-committee-2023-03-10.txt"
REGION = "merrowdale-city-region-combined-authority-2023-06-16.txt"


def _meeting(name: str) -> Meeting:
    (meeting,) = parse_file(PAPERS / name).meetings
    return meeting


def test_a_label_in_capitals_without_its_colon_is_named() -> None:
    assert record_title(_meeting(PARK)) == "Attendance and apologies (PRESENT; IN ATTENDANCE; APOLOGIES)"


def test_a_label_run_on_after_the_members_is_named() -> None:
    assert record_title(_meeting(REGION)) == "Attendance and apologies (Present; Mayoral Advisers in attendance)"


@pytest.mark.parametrize(("record", "title"), [
    ("Present: Councillor A Lamb\nMayor K Brandt (Substitute)", "Attendance and apologies (Present)"),  # a post
    ("Present: Councillor A Lamb. Apologies for absence were received from Councillor B Finch.",  # a sentence
     "Attendance and apologies (Present)"),
    ("Present Councillor A Lamb and Councillor B Finch", "Attendance and apologies"),  # capitals mark a bare label
])
def test_no_label_read_where_none_is_printed(record: str, title: str) -> None:
    meeting = _meeting(REGION).model_copy(update={"attendance_text": record})
    assert record_title(meeting) == title


labelled = papers_fixture(PAPERS)


def test_advisers_in_attendance_cited_by_their_label(labelled: Minutebook) -> None:
    answered = labelled.ask("which mayoral advisers turned up to the merrowdale combined authority in june 2023?")
    assert answered.found, answered.answer
    assert "Priya Nandy" in answered.answer and "Owen Lyle" in answered.answer
    assert any("Mayoral Advisers in attendance" in c.item_title for c in answered.citations), answered.citations


def test_a_member_present_cited_by_the_capitals_label(labelled: Minutebook) -> None:
    answered = labelled.ask("was callum reid at the glenvarr planning committee in march 2023?")
    assert answered.found, answered.answer
    assert "Callum Reid" in answered.answer
    assert any("PRESENT" in c.item_title for c in answered.citations), answered.citations
