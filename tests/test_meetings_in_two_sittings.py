"""A meeting adjourned part-way through its business and reconvened on a later day, minuted in one paper (papers
in tests/fixtures/sittings/, written for these tests in two councils' house styles):

* it is one meeting, dated by its first day: the later day's heading ("RESUMED MEETING - MONDAY 9 MARCH 2026 AT
  2.00 PM", "Meeting reconvened on Wednesday 21 May 2025") names a sitting of it, not a meeting of its own;
* the headings dividing the sittings ("ADJOURNMENT OF THE MEETING", "Adjournment", the later day's heading) are
  unnumbered parts of the minutes between the numbered items, holding the clerk's account of the adjournment and
  the later sitting's attendance, not the text of the item above them;
* the attendance record dated by its sitting ("Present (2 March 2026):", "Apologies (21 May 2025):") is read under
  its label: the meeting's attendance is its first sitting's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from minutebook.model import Meeting
from tests.conftest import parsed_meeting

SITTINGS = Path(__file__).parent / "fixtures" / "sittings"
DISTRICT = SITTINGS / "brenhallow-district-council-licensing-committee-2026-03-02.txt"
PARISH = SITTINGS / "cordale-parish-council-2025-05-14.md"


def _meeting(path: Path) -> Meeting:
    (meeting,) = parse_file(path).meetings
    return meeting


def _titles(meeting: Meeting) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in meeting.items]


@pytest.mark.parametrize(("path", "held", "body"), [
    (DISTRICT, dt.date(2026, 3, 2), "Licensing Committee"),
    (PARISH, dt.date(2025, 5, 14), "Annual Parish Council Meeting"),
])
def test_a_reconvened_meeting_is_one_meeting_dated_by_its_first_day(path: Path, held: dt.date, body: str) -> None:
    meeting = _meeting(path)
    assert meeting.date == held
    assert meeting.committee == body
    numbers = [i.number for i in meeting.items if i.number]
    assert numbers == sorted(numbers) and len(numbers) >= 4  # the later sitting's items are this meeting's


def test_the_headings_between_sittings_are_parts_of_their_own() -> None:
    titles = _titles(_meeting(DISTRICT))
    k = titles.index(("43", "STREET TRADING CONSENT - RIVERSIDE WALK"))
    assert titles[k + 1] == (None, "ADJOURNMENT OF THE MEETING")
    assert titles[k + 2][0] is None and titles[k + 2][1].startswith("RESUMED MEETING - MONDAY 9 MARCH 2026")
    assert titles[k + 3] == ("44", "HACKNEY CARRIAGE FARES")
    meeting = _meeting(DISTRICT)
    street, adjourned, resumed = meeting.items[k], meeting.items[k + 1], meeting.items[k + 2]
    assert "fire alarm" not in street.text and "fire alarm" in adjourned.text
    assert "Brian Oddie" in resumed.text and "Brian Oddie" not in meeting.apologies


def test_a_parish_adjournment_and_its_reconvening_under_markdown_headings() -> None:
    meeting = _meeting(PARISH)
    titles = [t for _, t in _titles(meeting)]
    assert titles.index("Adjournment") < titles.index("Meeting reconvened on Wednesday 21 May 2025 at 7.00pm") \
        < titles.index("Play area inspection")
    assert "private party" in next(i.text for i in meeting.items if i.title == "Adjournment")


@pytest.mark.parametrize(("path", "present", "apologies", "absent_then"), [
    (DISTRICT, ["Helen Varley", "Owen Pritchard", "Sunita Rao", "Derek Mowbray", "Alison Kettle"], ["Paul Gedney"],
     "Brian Oddie"),
    (PARISH, ["Margaret Ellery", "Tom Haddow", "Bridget Nunn", "Colin Platt", "Fiona Sayer"], ["Graham Wilde"],
     "Fiona Sayer"),
])
def test_the_first_sittings_attendance_is_read_under_its_dated_labels(
        path: Path, present: list[str], apologies: list[str], absent_then: str) -> None:
    meeting = _meeting(path)
    assert meeting.present == present
    assert meeting.apologies == apologies
    assert absent_then not in meeting.apologies
    assert meeting.chair == present[0]


def test_a_meeting_of_another_body_later_in_the_paper_is_still_a_meeting_of_its_own(tmp_path: Path) -> None:
    """Two meetings printed in one paper a week apart: the second names its own body, not a sitting."""
    text = (DISTRICT.read_text(encoding="utf-8").split("ADJOURNMENT OF THE MEETING")[0]
            + "\nMinutes of a meeting of the Planning Committee held at the Guildhall, Brenhallow on Monday 9 March "
              "2026 at 2.00 pm.\n\nPresent: Councillors Helen Varley (Chair) and Owen Pritchard.\n\n"
              "Minute 50.  PLANNING APPLICATIONS\n\nRESOLVED that the applications be determined as listed.\n\n"
              "Minute 51.  APPEALS\n\nRESOLVED that the appeal decisions be noted.\n")
    path = tmp_path / "two.txt"
    path.write_text(text, encoding="utf-8")
    meetings = parse_file(path).meetings
    assert [m.date for m in meetings] == [dt.date(2026, 3, 2), dt.date(2026, 3, 9)]


def test_a_sentence_about_an_adjournment_is_no_heading(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, DISTRICT.read_text(encoding="utf-8").replace(
        "ADJOURNMENT OF THE MEETING\n\n", "").replace(
        "RESUMED MEETING - MONDAY 9 MARCH 2026 AT 2.00 PM, COMMITTEE ROOM 2\n\n", ""))
    assert all(i.number for i in meeting.items)
