"""Layouts that write out what others print in figures or under each item, read from small fictional papers written for
these tests (``fixtures/layouts-written-out``):

* a town council's heading that gives the meeting's date in words ("Tuesday the fourth of March two thousand and
  twenty-five"): that is the meeting's date, not the first date in figures below it (the last minutes' date);
* minute numbers of a committee's initials joined by "&" with the year and serial ("F&GP 25/04"): every item is read,
  numbered as printed, and the members present set out in two columns are all read;
* a joint committee that minutes the discussion under each item and lists the decisions in one table at the end
  ("Decisions" over "Item | Decision"): each decision is filed with the item it numbers, and answered from there;
* an item's heading printed again where its text runs onto the next page ("LC/25/16 ... (continued)"): no line of
  its record.

And questions as people ask them of such papers: "shutting the tip" of a decision that the household recycling centre
"close"; "what's in the bank" of a treasurer's balance ("the bank" is no place); "what did the police say" where the
papers print "Police" only in names ("Police Scotland", the "Police report" item), so the word is what is asked about,
not where; "what's the precept going up by" of "an increase of 2.99%" (the change, not the resolution setting the new
level); "did the precept freeze get through" of the amendment's fate ("the amendment was lost (2 for, 5 against)"); and
a figure asked of one quarter or season where the papers give it for another ("the fourth quarter" against "in the third
quarter", "the winter" against "the summer season"): refused, while the period printed is answered; and "secondary
attendance" or "pupil attendance" asked of a scrutiny committee's school attendance report: the figures reported, not
the meeting's record of who came (which "what was the attendance at" still asks). A meeting's business asked as a whole
("what happened at the last licensing committee", "what was on the agenda in january") is its decisions item by item, or
its items' titles, each cited: not the best-scoring line (the next meeting's date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from minutebook.dates import find_dates
from minutebook.model import Meeting
from service.core import Minutebook
from tests.conftest import REPO, papers_minutebook

FIXTURES = REPO / "tests" / "fixtures" / "layouts-written-out"
TOWN = FIXTURES / "bramblewick-town-council-finance-and-general-purposes.txt"
JOINT = FIXTURES / "corrie-fell-valley-joint-committee.md"
LICENSING = FIXTURES / "langstroth-district-council-licensing-committee-2025-06-12.txt"
SERVICES = FIXTURES / "drumaskin-and-carnlough-district-council-environmental-services-committee-2025-04-09.txt"
COMMUNITY = FIXTURES / "inverallan-community-council-2025-02-03.md"
FIRE = FIXTURES / "skelwith-fire-and-rescue-authority-2025-01-29.html"
SCRUTINY = FIXTURES / "cwm-aeron-county-borough-council-scrutiny-committee-2025-02-20.html"


def _meeting(name: str) -> Meeting:
    (meeting,) = parse_file(FIXTURES / name).meetings
    return meeting


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8")
              for p in (TOWN, JOINT, LICENSING, SERVICES, COMMUNITY, FIRE, SCRUTINY)}
    with papers_minutebook(tmp_path_factory, embedder, papers) as mb:
        yield mb


@pytest.mark.parametrize(("text", "expected"), [
    ("HELD ON TUESDAY THE FOURTH OF MARCH TWO THOUSAND AND TWENTY-FIVE AT 7.00PM", dt.date(2025, 3, 4)),
    ("held on the twenty-first day of May 2024", dt.date(2024, 5, 21)),
    ("Thursday the thirty first of October, 2019", dt.date(2019, 10, 31)),
    ("on the second of June two thousand and nine", dt.date(2009, 6, 2)),
])
def test_a_date_written_in_words_is_read(text: str, expected: dt.date) -> None:
    assert [f.date for f in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["the fourth of March in the afternoon", "a third of May's budget",
                                  "the first of many items"])
def test_ordinal_words_without_a_year_are_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_heading_dated_in_words_dates_the_meeting_not_the_minutes_it_approves() -> None:
    meeting = _meeting(TOWN.name)
    assert meeting.date == dt.date(2025, 3, 4)
    assert (meeting.council, meeting.committee) == ("Bramblewick Town Council",
                                                    "Finance and General Purposes Committee")


def test_initials_joined_by_an_ampersand_with_year_and_serial_number_the_items() -> None:
    meeting = _meeting(TOWN.name)
    assert [i.number for i in meeting.items] == [f"F&GP 25/0{n}" for n in range(1, 8)]
    assert meeting.items[4].title == "INSURANCE RENEWAL"


def test_members_set_out_in_two_columns_are_all_present() -> None:
    meeting = _meeting(TOWN.name)
    assert meeting.present == ["A. Pettigrew", "D. Oduya", "M. Farnsworth", "S. Kettering", "R. Holloway",
                               "P. Vance"]
    assert meeting.chair == "A. Pettigrew"


def test_each_row_of_a_decisions_table_is_filed_with_the_item_it_numbers() -> None:
    items = {i.number: i for i in _meeting(JOINT.name).items}
    assert [r.text for r in items["3"].resolutions] == [
        "Agreed to extend pay-and-display charging to 31 October from 2025."]
    assert "£36,000" in items["4"].resolutions[0].text and "£36,000" in items["4"].text
    assert [r.text for r in items["5"].resolutions] == ["Annual report approved for publication."]
    assert "Raven Crag" not in items["5"].text and "Decisions" not in items["5"].text


def test_a_table_of_one_items_own_rows_is_left_where_it_is(tmp_path_factory: pytest.TempPathFactory) -> None:
    paper = tmp_path_factory.mktemp("own") / "joint.md"
    paper.write_text(JOINT.read_text(encoding="utf-8").replace("| 3 |", "| 5 |").replace("| 4 |", "| 5 |"),
                     encoding="utf-8")
    (meeting,) = parse_file(paper).meetings
    assert not meeting.items[2].resolutions and not meeting.items[3].resolutions
    assert "Item\tDecision" in meeting.items[4].text and len(meeting.items[4].resolutions) == 2


def test_a_decision_from_the_table_is_answered_with_its_item(opened: Minutebook) -> None:
    answer = opened.ask("corrie fell joint cttee - what did they decide on the car park charges?")
    assert answer.found and "31 October" in answer.answer, answer.answer
    assert answer.citations[0].item_title == "Visitor car parking"


def test_the_meeting_dated_in_words_is_found_by_its_date(opened: Minutebook) -> None:
    answer = opened.ask("who sent apologies to bramblewick f&gp on 4 march 2025?")
    assert answer.found and "Brennan" in answer.answer, answer.answer


def test_a_heading_printed_again_over_its_text_on_the_next_page_is_no_line_of_it() -> None:
    fees = _meeting(LICENSING.name).items[2]
    assert fees.number == "LC/25/16" and "(continued)" not in fees.text
    assert fees.text.endswith("with a report back to the September meeting.")


def test_everyday_words_for_closing_the_tip_find_the_decision(opened: Minutebook) -> None:
    answer = opened.ask("drumaskin env services - are they shutting the tip on mondays?")
    assert answer.found and "close on Mondays" in answer.answer, answer.answer
    assert answer.citations[0].minute == "ES/25/044"


def test_whats_in_the_bank_is_the_treasurers_balance(opened: Minutebook) -> None:
    answer = opened.ask("inverallan cc - whats in the bank")
    assert answer.found and "£4,318.72" in answer.answer, answer.answer


def test_a_word_printed_only_in_names_is_still_what_is_asked_about(opened: Minutebook) -> None:
    answer = opened.ask("what did the police say at inverallan community council")
    assert answer.found and answer.citations[0].item_title == "Police report", answer.answer
    assert "diesel" in answer.answer


def test_by_how_much_something_goes_up_is_the_change_printed(opened: Minutebook) -> None:
    answer = opened.ask("skelwith fire - what's the precept going up by")
    assert answer.found and "2.99%" in answer.answer, answer.answer


def test_whether_an_amendment_got_through_is_its_fate(opened: Minutebook) -> None:
    answer = opened.ask("did the precept freeze get through at skelwith fra")
    assert answer.found and "amendment was lost" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "printed"), [
    ("what's the skelwith on-call availability in q3", "71.4%"),
    ("what's the corrie fell car park income for the summer", "£38,900"),
])
def test_a_figure_of_the_period_asked_is_answered(opened: Minutebook, question: str, printed: str) -> None:
    answer = opened.ask(question)
    assert answer.found and printed in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["what's the skelwith on-call availability in the fourth quarter",
                                      "what's the corrie fell car park income for the winter",
                                      "what is the drumaskin hrc footfall on tuesdays"])
def test_a_figure_given_for_another_period_is_refused(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert not answer.found and "another" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["whats secondary attendance like in cwm aeron",
                                      "what's primary school attendance at cwm aeron"])
def test_attendance_as_a_subject_is_the_figures_reported(opened: Minutebook, question: str) -> None:
    answer = opened.ask(question)
    assert answer.found and answer.citations[0].item_title == "School Attendance", answer.answer
    assert "93.1%" in answer.answer and "Rhian Pugh" not in answer.answer


def test_the_attendance_at_a_meeting_is_still_who_came(opened: Minutebook) -> None:
    answer = opened.ask("what was the attendance at cwm aeron scrutiny")
    assert answer.found and "Rhian Pugh" in answer.answer and "Huw Davies" in answer.answer, answer.answer


def test_what_happened_at_a_meeting_is_its_decisions_item_by_item(opened: Minutebook) -> None:
    answer = opened.ask("what happened at the last langstroth licensing")
    assert answer.found, answer.answer
    assert [c.minute for c in answer.citations] == ["LC/25/16", "LC/25/17"]
    assert "consent be refused" in answer.answer and "11 September" not in answer.answer


def test_what_was_agreed_names_each_decision_substantive_first(opened: Minutebook) -> None:
    answer = opened.ask("what did the drumaskin environment committee agree")
    assert answer.found, answer.answer
    minutes = [c.minute for c in answer.citations]
    assert minutes[:3] == ["ES/25/044", "ES/25/045", "ES/25/046"], minutes
    assert "£12,000" in answer.answer


def test_what_was_on_the_agenda_lists_the_items_open_to_the_reader(opened: Minutebook) -> None:
    answer = opened.ask("what was on the agenda at skelwith in january")
    assert answer.found and "Budget and Precept 2025/26" in answer.answer, answer.answer
    assert "On-call Availability" in answer.answer and "Burnside" not in answer.answer


def test_the_minutes_approved_at_a_meeting_are_one_item_of_it(opened: Minutebook) -> None:
    answer = opened.ask("drumaskin environment committee - what did they resolve on the 12 march minutes")
    assert answer.found and [c.minute for c in answer.citations] == ["ES/25/043"], answer.answer


def test_a_topic_asked_of_a_meeting_is_still_answered_on_its_own(opened: Minutebook) -> None:
    answer = opened.ask("what did drumaskin agree about the tip")
    assert answer.found and [c.minute for c in answer.citations] == ["ES/25/044"], answer.answer
