"""A decision is read whole, as the clerk wrote it, whatever the paper's layout: a resolution hard-wrapped at the
paper's width in a paper whose action table runs wider, a grant "subject to:" its numbered conditions, an item whose
marked heading reads in sentence case. Papers in tests/fixtures/whole-answers/, written for these tests."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import parse_file
from minutebook.model import Meeting, MinuteItem

PAPERS = Path(__file__).parent / "fixtures" / "whole-answers"


def _meeting(name: str) -> Meeting:
    (meeting,) = parse_file(PAPERS / name).meetings
    return meeting


def _item(meeting: Meeting, number: str) -> MinuteItem:
    return next(i for i in meeting.items if i.number == number)


def test_a_wrapped_resolution_is_read_past_its_line_break_beside_a_wider_table() -> None:
    # the action table's rows run past the width the prose is wrapped at: the prose is still read as wrapped
    roofing = _item(_meeting("saltmarsh-town-council-full-council-2024-05-13.md"), "24/34")
    (award,) = [r for r in roofing.resolutions if "award" in r.text]
    assert award.text.endswith("(2024 to 2026) at £14,250 in each year.")


def test_a_marked_heading_is_the_title_however_it_is_cased() -> None:
    roof = _item(_meeting("saltmarsh-town-council-full-council-2024-05-13.md"), "24/33")
    assert roof.title == "Repairs to the roof of the community hall - final decision"
    assert [r.number for r in roof.resolutions] == ["1", "2"]
    assert "2 September 2024" in roof.resolutions[0].text


def test_a_grant_subject_to_conditions_keeps_its_decision() -> None:
    coppice = _item(_meeting("hallam-ridge-district-council-planning-committee-2024-03-06.txt"), "PC/24/013")
    (decision,) = coppice.resolutions
    assert decision.text.startswith("That authority be delegated to the Head of Planning to GRANT planning permission")
    assert "(2) the conditions set out in the report." in decision.text


def test_parts_a_lead_in_only_opens_are_still_the_decisions(tmp_path: Path) -> None:
    paper = tmp_path / "minutes.txt"
    paper.write_text("""ELMBRIDGE VALE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Tuesday 9 April 2024 at 7.30 pm

12/24 Grants
RESOLVED that:
(1) £250 be given to the village show; and
(2) £400 be given to the youth club.
""", encoding="utf-8")
    (meeting,) = parse_file(paper).meetings
    grants = next(i for i in meeting.items if i.number == "12/24")
    assert [r.number for r in grants.resolutions] == ["1", "2"]


def test_points_members_noted_are_no_decisions_and_the_recommendations_after_them_are(tmp_path: Path) -> None:
    # "Members noted that:" lists what the debate brought out; the numbered recommendations the committee agreed after
    # it, under their own lead-in, are its decisions
    paper = tmp_path / "minutes.txt"
    paper.write_text("""KESTRELMOOR BOROUGH COUNCIL
Minutes of the meeting of the Housing Scrutiny Panel held on Wednesday 15 January 2025 at 6.00 pm

HS/25/07 EMPTY HOMES REVIEW
The Empty Homes Officer said 412 homes had stood empty for more than six months.
Members noted that:
- 61 of them had been empty for more than five years;
- the council tax premium had been doubled in April 2024;
The Cabinet Member said a new grant scheme was being designed.
The Panel agreed to recommend to Cabinet that:
1. an empty homes loan fund of £300,000 be set up in 2025/26; and
2. the premium be reviewed after one year.

HS/25/08 DATE OF NEXT MEETING
The next meeting will be held on 12 March 2025.
""", encoding="utf-8")
    (meeting,) = parse_file(paper).meetings
    review = next(i for i in meeting.items if i.number == "HS/25/07")
    assert [r.number for r in review.resolutions] == ["1", "2"]
    assert "£300,000" in review.resolutions[0].text and "reviewed after one year" in review.resolutions[1].text
    assert not any("premium had been doubled" in r.text or "noted that" in r.text for r in review.resolutions)
