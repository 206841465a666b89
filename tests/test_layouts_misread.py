"""Layouts the reader misread, each class read from small fictional papers written for these tests
(``fixtures/layouts-misread``):

* a web page that sets its attendance blocks ("Present", "Also in attendance", "Officers") one heading level above
  its business: the items are the business's headings, not sub-parts of "Officers"; a heading straight over a
  deeper one ("Business taken in private") divides the minutes and is no item; the members' list under its own
  "Present" heading, each member with their seat ("(Chair, Wyvernmoor County Council)"), is read as the members;
* a list whose automatic numbering was lost, every item printed "1.": each number is kept as printed, and the items
  are still told apart (their keys, their pages, their actions, their citations);
* an NHS board's closing "Date of next meeting in public:" under an item "Resolution to exclude the press and
  public": the line is a part of its own, the item keeps its title;
* a town council numbering its minutes with a letter, a dot and one digit ("T.1" … "T.9", then "T.10"): every item
  is read, not only those from "T.10" on;
* an action's fields on a line of their own under "ACTION:" ("Owner: Howard Penrose. Due: 30 April 2025."), a
  member's question opening the next item: the date is the follow-up's, no second meeting starts there;
* one heading naming the council and the committee across a dash ("Ardmallow Borough Council — Overview and
  Scrutiny Panel"): the council is the council, the panel the committee;
* a board's apologies under their own heading ("Professor Alan Quayle") and again in its first item ("Apologies
  were noted from Professor Quayle"): one person sent apologies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.nodes import build_nodes, record_title
from ingest.actions import extract_actions
from ingest.headers import council_then_committee
from ingest.pipeline import parse_file
from minutebook.model import Meeting
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

FIXTURES = REPO / "tests" / "fixtures" / "layouts-misread"
ARCHIVES = FIXTURES / "wyvernmoor-and-ashcombe-joint-archives-committee-2025-09-11.html"
PARISH = FIXTURES / "brindle-heath-parish-council-2024-06-10.txt"
BOARD = FIXTURES / "harrowgate-valley-icb-board-2025-11-20.md"
TOWN = FIXTURES / "corrybeg-town-council-full-council-2025-05-12.txt"
PANEL = FIXTURES / "ardmallow-borough-council-overview-and-scrutiny-panel-2025-05-14.md"
ICB = FIXTURES / "hollowbridge-and-westcott-icb-board-2025-06-12.md"
LICENSING = FIXTURES / "pellingford-district-council-licensing-committee-2025-03-18.txt"


def _meeting(path: Path) -> Meeting:
    (meeting,) = parse_file(path).meetings
    return meeting


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in (ARCHIVES, PARISH, BOARD)}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


# ----------------------------------------------------------------------------- attendance a level above the items


def test_items_are_read_at_the_level_of_the_business_not_the_attendance_blocks() -> None:
    meeting = _meeting(ARCHIVES)
    titles = [i.title for i in meeting.items if i.title]
    assert titles == ["Apologies for absence", "Declarations of interest",
                      "Digitisation of the tithe maps - contract award", "Search room opening hours",
                      "Lease of the Ashcombe record store", "Date of next meeting"]
    contract = next(i for i in meeting.items if i.title.startswith("Digitisation"))
    assert len(contract.resolutions) == 1 and "£84,500" in contract.resolutions[0].text
    assert not any(i.title in ("Present", "Also in attendance", "Officers", "Business taken in private")
                   for i in meeting.items)


def test_business_under_a_private_divider_is_exempt_and_the_business_before_it_is_not() -> None:
    exempt = {i.title: i.exempt for i in _meeting(ARCHIVES).items if i.title}
    assert exempt["Lease of the Ashcombe record store"] is True
    assert exempt["Search room opening hours"] is False


def test_a_long_members_list_under_its_own_heading_is_the_members_present() -> None:
    meeting = _meeting(ARCHIVES)
    assert meeting.chair == "Harriet Ogunleye"
    for name in ("Peter Strand", "Bryony Kettle", "Alice Penrose", "Hamish Reid"):
        assert any(name in p for p in meeting.present), (name, meeting.present)
    assert any("Rosalind Achterberg" in p for p in meeting.in_attendance)
    assert not any("Achterberg" in p for p in meeting.present)


def test_an_apology_after_a_substitute_clause_is_still_an_apology() -> None:
    meeting = _meeting(ARCHIVES)
    assert meeting.apologies == ["Dev Sandhu", "Tamsin Vale"]
    assert "Owen Marsh" in meeting.present


def test_the_decision_of_an_item_set_below_the_attendance_headings_is_answered(opened: Minutebook) -> None:
    answer = opened.ask("what did the joint archives committee decide about scanning the tithe maps?")
    assert answer.found and "84,500" in answer.answer, answer.answer
    assert answer.citations[0].item_title.startswith("Digitisation of the tithe maps")


def test_an_apology_sent_to_such_a_page_is_answered(opened: Minutebook) -> None:
    answer = opened.ask("who sent apologies to the wyvernmoor and ashcombe archives committee in september 2025?")
    assert answer.found and "Tamsin Vale" in answer.answer and "Dev Sandhu" in answer.answer, answer.answer


# ----------------------------------------------------------------------------- every item "1."


def test_a_number_repeated_by_a_list_that_lost_its_numbering_is_kept_as_printed() -> None:
    meeting = _meeting(PARISH)
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Apologies"), ("1", "Declarations of interest"), ("1", "Playground inspection"),
        ("1", "Footpath 7 (Mill Lane to the church)"), ("1", "Finance")]


def test_items_printing_one_number_are_keyed_apart_everywhere() -> None:
    doc = parse_file(PARISH)
    (meeting,) = doc.meetings
    keys = meeting.item_keys()
    assert len(set(keys)) == len(keys) == 5
    assert {n.item_key for n in build_nodes(doc) if n.citation.minute == "1"} == set(keys)
    playground = meeting.items[2]
    assert meeting.keyed_items()[meeting.key_of(playground)] is playground
    assert meeting.item_cited("1", "Footpath 7 (Mill Lane to the church)") is meeting.items[3]
    ids = [a.id for a in extract_actions(meeting)]
    assert len(ids) == len(set(ids)) >= 2


def test_each_item_printing_one_number_has_its_own_page(opened: Minutebook) -> None:
    (summary,) = [s for s in opened.meetings() if s.date.isoformat() == "2024-06-10"]
    meeting = opened.meeting(summary.key)
    assert [opened.item(key).item.title for key in meeting.item_keys()] == [i.title for i in meeting.items]


def test_a_question_on_one_of_them_cites_it_by_its_printed_number_and_title(opened: Minutebook) -> None:
    answer = opened.ask("brindle heath parish - what did they agree to do about the worn swings?")
    assert answer.found and "£420" in answer.answer, answer.answer
    assert (answer.citations[0].minute, answer.citations[0].item_title) == ("1", "Playground inspection")


def test_who_is_to_act_on_one_of_them_is_answered_from_that_item(opened: Minutebook) -> None:
    answer = opened.ask("who's reporting the overgrown footpath 7 at brindle heath?")
    assert answer.found and "Patel" in answer.answer, answer.answer
    assert answer.citations[0].item_title.startswith("Footpath 7")


# ----------------------------------------------------------------------------- the next meeting in public


def test_the_next_meeting_in_public_is_a_part_of_its_own_after_the_exclusion() -> None:
    meeting = _meeting(BOARD)
    titles = [i.title for i in meeting.items]
    assert titles[-2:] == ["Resolution to exclude the press and public", "Date of next meeting in public"]
    assert "22 January 2026" in meeting.items[-1].text
    assert "22 January 2026" not in meeting.items[-2].text


def test_when_the_board_next_meets_in_public_is_answered(opened: Minutebook) -> None:
    answer = opened.ask("when does the harrowgate valley icb board next meet in public?")
    assert answer.found and "22 January 2026" in answer.answer, answer.answer


# ----------------------------------------------------------------------------- a letter, a dot and one digit


def test_items_numbered_with_a_letter_and_one_digit_are_each_read() -> None:
    meeting = _meeting(TOWN)
    assert [i.number for i in meeting.items] == [f"T.{n}" for n in range(1, 12)]
    assert meeting.items[0].title == "Election of Town Mayor"
    allotments = next(i for i in meeting.items if i.number == "T.8")
    assert allotments.title == "Allotments" and "£48" in allotments.resolutions[0].text
    assert [d.item for d in meeting.declarations] == ["T.8"]


def test_an_actions_owner_and_due_date_start_no_meeting() -> None:
    (meeting,) = parse_file(LICENSING).meetings
    assert meeting.committee == "Licensing Committee" and str(meeting.date) == "2025-03-18"
    assert [i.number for i in meeting.items] == ["12", "13", "14", "15", "16"]
    assert "17 June 2025" in meeting.items[-1].text


def test_a_heading_naming_council_and_committee_across_a_dash_names_each() -> None:
    meeting = _meeting(PANEL)
    assert (meeting.council, meeting.committee) == ("Ardmallow Borough Council", "Overview and Scrutiny Panel")
    assert meeting.apologies == ["Lucy Brennan"] and "Tobias Reed" in meeting.present


def test_a_titled_member_named_again_by_title_and_surname_is_one_apology() -> None:
    meeting = _meeting(ICB)
    assert meeting.apologies == ["Professor Alan Quayle"]
    assert meeting.in_attendance == ["Mrs Jean Holt"] and len(meeting.present) == 4


@pytest.mark.parametrize(("heading", "split"), [
    ("Planning Committee – Kildrummie Council", ("Kildrummie Council", "Planning Committee")),
    ("Harrowmere Combined Authority | Transport Committee", ("Harrowmere Combined Authority", "Transport Committee")),
    ("Planning Committee of Shalecombe District Council", ("Shalecombe District Council", "Planning Committee")),
    ("Cabinet of the London Borough of Hillingdon", ("London Borough of Hillingdon", "Cabinet")),
    ("Annual Meeting of Lea Parish Council", None),  # a council's own meeting keeps the name printed
    ("Board of Directors", None),
    ("Licensing Sub-Committee – Hearing", None),  # no half names a council
    ("Audit Committee", None),
])
def test_which_half_of_a_dashed_heading_is_the_council(heading: str, split: tuple[str, str] | None) -> None:
    assert council_then_committee(heading) == split


# ----------------------------------------------------------------------------- the record's citation


def test_the_apologies_label_is_named_in_the_record_title_however_many_groups_come_first() -> None:
    record = ["Members present:", "Local authority members: Cllr A Bell, Cllr C Dunn",
              "Secretary of State members: Mr E Fry", "Parish members: Mrs G Hay", "Officers: Mr I Jay (Clerk)",
              "Apologies: Cllr K Lamb"]
    meeting = Meeting(committee="Fellside National Park Authority", date=_meeting(BOARD).date,
                      attendance_text="\n".join(record))
    title = record_title(meeting)
    assert title.startswith("Attendance and apologies (Members present;") and title.endswith("; Apologies)")


# ----------------------------------------------------------------------------- officers named after their role


@pytest.mark.parametrize(("written", "members", "officers"), [
    # a parish's attendance written as a sentence: the officer's role, then the holder
    ("Present were Cllrs J. Aske (Chairman), K. Bell and M. Dyer, together with the Clerk, Mrs N. Earnshaw, and two "
     "members of the public.", ["J. Aske", "K. Bell", "M. Dyer"], ["Mrs N. Earnshaw"]),
    ("Cllr A Bell, Cllr C Dunn and the Clerk, Mr P Hale", ["A Bell", "C Dunn"], ["Mr P Hale"]),
    # the role of the name before it, a councillor after: as before
    ("Mrs Joanne Pettifer, the Town Clerk, Cllr Ray Hunt", ["Mrs Joanne Pettifer", "Ray Hunt"], []),
    ("Mrs A Smith (Chairman), Mr B Jones, the Vice-Chairman, Mrs D Cole", ["Mrs A Smith", "Mr B Jones", "Mrs D Cole"],
     []),
])
def test_an_officer_named_after_their_role_is_no_member(written: str, members: list[str], officers: list[str]) -> None:
    from ingest.people import people

    read = people(written)
    assert [p.name for p in read if p.member] == members
    assert [p.name for p in read if not p.member] == officers
