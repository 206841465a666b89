"""What minutes print above their items is evidence for what it says of the meeting: when it started, where it met,
whom to contact, the call-in deadline, whether it met remotely. ModernGov's pages print "Venue:" and "Contact:"
lines under the meeting's heading; a combined authority's minutes open with a publication note giving the deadline
for call-in. Those lines are cited by the heading the paper prints; a question about anything else is not answered
from them (the heading names the council and "decisions", which would answer "were any called in?").

The papers are written for the test (two fictional councils, each in another house style), ingested with the real
model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.headers import find_venue
from service.core import Minutebook
from tests.conftest import papers_minutebook

CABINET = """Agenda and minutes

Fenbury Borough Council Cabinet - Tuesday, 14th March, 2023 6.30 pm

Venue: Committee Room 2 - Fenbury Civic Centre, Market Street

Contact: Priya Odhiambo, Democratic Services Officer

Items
No. Item

41.

Apologies for Absence

Apologies were received from Councillor Marsh.

42.

Leisure Centre Refurbishment

The Cabinet considered the report on the refurbishment of the Fenbury leisure centre pool.

RESOLVED: That the refurbishment of the leisure centre pool be approved at a cost of £1.2m.

43.

Allotment Rents

RESOLVED: That allotment rents rise by 3% from April 2023.
"""

AUTHORITY = """Minutes
NORTHDALE TRANSPORT AUTHORITY PUBLICATION: 21 JUNE 2022 DEADLINE FOR CALL-IN: 30 JUNE 2022 DECISIONS IN THESE \
MINUTES MAY BE IMPLEMENTED AFTER THE CALL-IN PERIOD.
At a meeting of the Northdale Transport Authority held via Microsoft Teams on Friday, 17th June, 2022 the following \
Members were
Present: Councillor A Rowe (in the Chair), Councillors B Lynch and C Pardoe.
12. APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor D Whitlow.
13. BUS SHELTER PROGRAMME
RESOLVED - That the bus shelter replacement programme for 2022/23 be approved.
"""


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"fenbury-cabinet-2023-03-14.txt": CABINET, "northdale-transport-authority-2022-06-17.txt": AUTHORITY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as minutebook:
        yield minutebook


def test_when_a_meeting_started_is_its_heading(councils: Minutebook) -> None:
    answer = councils.ask("what time did the fenbury cabinet begin in march 2023?")
    assert answer.found, answer.answer
    assert "6.30 pm" in answer.answer
    assert answer.citations[0].item_title.startswith("Fenbury Borough Council Cabinet - Tuesday")


def test_the_contact_officer_is_the_headers(councils: Minutebook) -> None:
    answer = councils.ask("who's the contact officer for fenbury cabinet?")
    assert answer.found, answer.answer
    assert "Priya Odhiambo" in answer.answer


def test_the_call_in_deadline_is_the_publication_notes(councils: Minutebook) -> None:
    answer = councils.ask("by when can the northdale transport authority decisions of june 2022 be called in - "
                          "what's the deadline?")
    assert answer.found, answer.answer
    assert "30 JUNE 2022" in answer.answer


def test_a_meeting_held_remotely_is_said_so_in_its_header(councils: Minutebook) -> None:
    answer = councils.ask("did the northdale transport authority meet online in june 2022?")
    assert answer.found, answer.answer
    assert "Microsoft Teams" in answer.answer


def test_where_it_met_is_cited_to_its_heading(councils: Minutebook) -> None:
    answer = councils.ask("where was the fenbury cabinet held in march 2023?")
    assert answer.found, answer.answer
    assert "Committee Room 2" in answer.answer
    assert answer.citations[0].item_title.startswith("Fenbury Borough Council Cabinet")


def test_whether_it_met_in_person_is_its_venue(councils: Minutebook) -> None:
    answer = councils.ask("was the fenbury cabinet in march 2023 held face to face?")
    assert answer.found, answer.answer
    assert "Committee Room 2" in answer.answer


def test_the_contact_is_quoted_where_the_body_is_named_for_its_decisions(councils: Minutebook) -> None:
    answer = councils.ask("who should i contact about the fenbury cabinet decisions in march 2023")
    assert answer.found, answer.answer
    assert "Priya Odhiambo" in answer.answer


def test_whether_decisions_were_called_in_is_not_the_deadline(councils: Minutebook) -> None:
    answer = councils.ask("were any of the northdale transport authority decisions from june 2022 called in?")
    assert not answer.found, answer.answer


def test_other_questions_are_answered_from_the_items(councils: Minutebook) -> None:
    answer = councils.ask("what did fenbury cabinet decide about the leisure centre pool?")
    assert answer.found, answer.answer
    assert all("Venue" not in c.quote and "Contact" not in c.quote for c in answer.citations)
    assert "£1.2m" in answer.answer


@pytest.mark.parametrize(("line", "place"), [
    # the time, the date, then the place: "held at 7.00pm on Monday 4 February 2008 at the Parish Council Chamber"
    ("Minutes of the meeting of Ashby Parish Council held at 7.30pm on Tuesday 3 May 2022 at the Village Hall, "
     "Church Street, Ashby.", "the Village Hall, Church Street, Ashby"),
    ("Minutes of a Meeting of Corley Parish Council held at 7.30 pm on Tuesday, 3rd May 2022 in the Pavilion, "
     "Recreation Ground", "the Pavilion, Recreation Ground"),
    # a flattened page runs the place on into the first minute's number and the record of those present
    ("1 (These minutes are subject to approval) Minutes of a Meeting of Dunton Parish Council held at 7.00pm on "
     "Monday 4 February 2008 at the Parish Council Chamber, Mill Road, Dunton Dun/285/07-08 Present Members: Cllr "
     "Abbott (Chairman)", "the Parish Council Chamber, Mill Road, Dunton"),
])
def test_the_venue_after_the_time_and_the_date(line: str, place: str) -> None:
    assert find_venue([line]) == place


def test_a_site_page_title_over_the_minutes_heading() -> None:
    from index.nodes import header_title

    text = ("Formal Meeting Minutes\nCYNGOR CYMUNED PENRHOS COMMUNITY COUNCIL Minutes of the meeting of the Penrhos "
            "Community Council held at Penrhos Chapel Vestry on Monday, 6th March, 2023, at 7.00pm.")
    assert header_title(text, "Penrhos Community Council", "Penrhos Community Council").startswith(
        "Minutes of the meeting of the Penrhos Community Council")
    # a first line naming the meeting is its heading, whatever follows
    assert header_title("Penrhos Community Council Minutes\nMinutes of the meeting held on 6 March 2023",
                        "Penrhos Community Council", "Penrhos Community Council") == "Penrhos Community Council Minutes"
