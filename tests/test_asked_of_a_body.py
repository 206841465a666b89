"""Questions asked the way people ask them of a meeting named by its body, over a council's minutes that print its
letterhead above the committee's name, members by their initials, the public by a count, and the contact officer.

- "was john harker at kelsford council": the meeting named by its body, not the word "meeting"; the record prints
  "J Harker", which only the attendance record's reading finds;
- an aside in brackets ("which councillors (not the chair) were on ..."); "were any members off"; "did any members of
  the public join": the attendance record;
- "where does <the committee's long name> usually meet", "who's the officer to contact": the header;
- "what happend with the misc items report": what was resolved on it; "who's the cfo": the officer's title in full;
- the header is cited by the committee's heading, not the council's letterhead above it;
- "how long did the forum go on for": the times its header prints as a range ("2.00pm - 3.40pm");
- "has the letter gone yet", where members "supported the idea of the Clerk writing": outstanding;
- "who came from the council to the mill street hearing, apart from the licensing officer": the hearing's own
  record of its parties, under its item's title; whom the question leaves out names no one asked about.

The paper is written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.nodes import header_title
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """KELSFORD BOROUGH COUNCIL
Environment and Regeneration Overview and Scrutiny Committee
Minutes of the meeting held on Tuesday 9 March 2021 at 6.30pm in the Assembly Room, Kelsford Guildhall
Contact Officer: Priya Lomax, Democratic Services

Present: Councillors J Harker (Chair), M Oduya, T Renshaw and P Whitlow
Independent Member: Mrs A Fenwick
Officers: S Quayle (Chief Finance Officer), D Penn (Chief Executive)
Members of the public: 3

1. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillors R Stannard and K Vale.

2. DECLARATIONS OF INTEREST

Councillor Renshaw declared a personal interest in item 4 as a member of the Kelsford Allotment Society.

3. MISCELLANEOUS ITEMS

Considered: the report of the Director of Environment on street lighting, litter bins and the riverside path.

Resolved: That the report be noted.

4. ALLOTMENT RENTS

The Committee considered a proposal to raise allotment rents by 5% from April 2022.

Resolved: That the increase in allotment rents be recommended to Cabinet.
"""


# a forum's minutes that print their times as a range, and members backing a letter in the gerund
NOVEMBER = """Tarnfield Schools Forum
Notes of the meeting held on Thursday 4 November 2021, 2.00pm - 3.40pm, Council Chamber, Tarnfield Civic Centre

Present: Mrs L Achebe (Chair), Mr P Grange, Ms R Kaur, Mr T Lowther

1. SCHOOL VERGES AND PARKING

The Forum heard that parents were parking on the verges outside Moorside Primary School. Members supported the \
idea of the Clerk writing to the highways authority about the verges.

2. HIGH NEEDS BLOCK

The Forum noted the projected overspend on the high needs block of £1.2 million.
"""


# a hearing whose minute records the parties under its own title, and a record listing officers beside members
HEARING = """LICENSING SUB-COMMITTEE
Minutes of a meeting held on 14th June, 2019.

Present: Councillors A. Price, B. Rowe and C. Sykes.
Also present: Licensing Officer (Kelsford Borough Council); Mrs D. Moss (Clerk to the Parish Council).

(a) Appointment of Chairman

Councillor A. Price was elected Chairman for the duration of the hearing.

(b) Licensing Act 2003 - Application for a Premises Licence - Mill Street Gardens, Kelsford

Also present: Mr. T. Hollis (Objector); Mr. R. Banks (Applicant and Parks Manager, Kelsford Borough Council) and \
Ms. E. Ward (Events Officer, Kelsford Borough Council).

The Licensing Officer presented the report. Mr. Hollis spoke in objection, citing noise from previous events.

RESOLVED - T H A T the premises licence be granted subject to the conditions set out in the report.
"""


@pytest.fixture(scope="module")
def kelsford(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"kelsford-borough-council-environment-osc-2021-03-09.txt": MARCH,
                            "tarnfield-schools-forum-2021-11-04.txt": NOVEMBER,
                            "kelsford-borough-council-licensing-sub-committee-2019-06-14.txt": HEARING}) as opened:
        yield opened


def test_presence_at_a_meeting_named_by_its_body(kelsford: Minutebook) -> None:
    answered = kelsford.ask("was john harker at kelsford borough council in march 2021?")
    assert answered.found and "J Harker" in answered.answer
    answered = kelsford.ask("was tom renshaw at the environment and regeneration committee in march 2021?")
    assert answered.found and "T Renshaw" in answered.answer
    # someone's interest is asked of, not whether someone was there
    answered = kelsford.ask("what was cllr renshaw's interest at kelsford borough council?")
    assert answered.found and "Allotment Society" in answered.answer


def test_who_was_there_asked_with_an_aside_or_of_the_public(kelsford: Minutebook) -> None:
    answered = kelsford.ask("which councillors (not the chair) were on the environment committee in march 2021?")
    assert answered.found and "M Oduya" in answered.answer
    answered = kelsford.ask("were any of the councillors off at the environment committee in march 2021?")
    assert answered.found and "Stannard" in answered.answer
    answered = kelsford.ask("did any members of the public join the environment committee in march 2021?")
    assert answered.found and "Members of the public: 3" in answered.answer


def test_the_header_answers_where_and_whom_to_contact(kelsford: Minutebook) -> None:
    answered = kelsford.ask("where does the kelsford environment and regeneration overview and scrutiny committee "
                            "usually meet?")
    assert answered.found and "Assembly Room" in answered.answer
    assert "Environment and Regeneration" in answered.citations[0].item_title  # the heading, not the letterhead
    answered = kelsford.ask("who's the officer to contact about the environment committee?")
    assert answered.found and "Priya Lomax" in answered.answer


def test_an_outcome_and_an_officer_asked_in_shorthand(kelsford: Minutebook) -> None:
    answered = kelsford.ask("what happend with the misc items report at the environment committee in march 2021?")
    assert answered.found and "report be noted" in answered.answer
    answered = kelsford.ask("who's the cfo at kelsford borough council?")
    assert answered.found and "Quayle" in answered.answer


def test_a_letterhead_is_not_the_heading() -> None:
    text = "BRACKLEY TOWN COUNCIL\n\nPlanning Committee\nMonday 3 May 2021 7pm"
    assert header_title(text, "Brackley Town Council", "Planning Committee") == "Planning Committee"
    text = "Brackley Town Council\nMinutes of a meeting of the Brackley Town Council held on 4 May 2021"
    assert header_title(text, "Brackley Town Council", "Brackley Town Council").startswith("Minutes of a meeting")
    # a first line that is not the council's name is the heading as printed
    assert header_title("Planning Committee - Monday, 3rd May 2021", "Brackley Town Council",
                        "Planning Committee") == "Planning Committee - Monday, 3rd May 2021"


def test_when_a_meeting_ended_from_the_times_its_header_prints(kelsford: Minutebook) -> None:
    for question in ("how long did the tarnfield schools forum go on for in november 2021, what time did it end?",
                     "what time did the tarnfield schools forum finish on 4 november 2021?",
                     "when did the tarnfield schools forum meeting end in november 2021?"):
        answered = kelsford.ask(question)
        assert answered.found and "3.40pm" in answered.answer, question
    # the start is the header's too, as before
    answered = kelsford.ask("what time did the tarnfield schools forum start in november 2021?")
    assert answered.found and "2.00pm" in answered.answer


def test_a_letter_members_backed_is_outstanding_until_a_paper_says_sent(kelsford: Minutebook) -> None:
    answered = kelsford.ask("tarnfield schools forum - has the letter to the highways authority about the verges "
                            "gone yet?")
    assert answered.found and answered.status is not None and answered.status.value == "outstanding"


def test_who_came_to_a_hearing_from_its_own_record_of_the_parties(kelsford: Minutebook) -> None:
    answered = kelsford.ask("who came from the borough council itself to the mill street gardens licence hearing, "
                            "apart from the licensing officer?")
    assert answered.found and "R. Banks" in answered.answer and "E. Ward" in answered.answer
    assert any("Mill Street Gardens" in c.item_title for c in answered.citations)
    answered = kelsford.ask("who came to the mill street gardens licensing hearing in june 2019?")
    assert answered.found and "T. Hollis" in answered.answer
