"""Questions for someone, somewhere, a reason or a numbered case are refused where the quotes do not give it, and
answered where they do: who replaced an officer (the minute says only that interviews are to be held), who the clerk
is (a council whose minutes name none), who was elected vice chairman (the attendance list only says who held the
office), where a bench is going (its location is still to be agreed), whether an application was objected to (the
list skips its number), what a member declared (the declaration is another member's, on a motion the first
proposed), why a member resigned (the minute records only that he did), who seconded a co-option (recorded only as
resolved). Each refusal has its answerable twin in the same papers.

The papers are written for the test (two fictional parish councils), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

BRINDLECOMBE = """BRINDLECOMBE PARISH COUNCIL
ANNUAL MEETING, TUESDAY, 16TH MAY, 2023

Present:- Councillor Ashby (in the Chair); Vice Chairman Councillor Dent; Councillors Fenn, Gale and Holt.
Also in attendance:- Mrs K Farrow (Parish Clerk).

1. ELECTION OF CHAIRMAN

Resolved:- That Councillor Ashby be elected Chairman of the Council for the ensuing year.

2. DECLARATIONS OF INTEREST

Councillor Dent declared a personal interest in item 7 (Motion proposed by Councillors Fenn and Gale - Church \
Street Parking) as she lives on Church Street.

3. STAFFING

The Council noted that Mr P Garside, the Council's Responsible Financial Officer, had resigned and that \
interviews for his replacement would be held in June. The Council thanked Mr Garside for his work.

4. PLANNING APPLICATIONS

The Council considered the following planning applications:
22/0141/FUL Orchard House extension - the Council raised no objection.
22/0142/FUL Mill Cottage garage - the Council objected on the grounds of overlooking.

5. MEMORIAL BENCH

The Council agreed to install a new bench in memory of Mr R Ellis. Location to be agreed at the \
next meeting.

6. LITTER BINS

The Council agreed to install a new litter bin beside the bus shelter on Church Street.

7. MOTION - CHURCH STREET PARKING

Resolved:- That the Council asks the County Council to review parking on Church Street.

8. TREE WARDEN

The Council noted that Mrs L Hirst had replaced Mr D Thorne as Tree Warden.

9. COUNCILLOR VACANCIES

Councillor Holt - resignation. Councillor Gale had resigned from the Council due to moving away from the parish.

10. CO-OPTION

The Council resolved to co-opt Mr N Quarry to fill the vacancy.

11. EXCLUSION OF THE PRESS AND PUBLIC

It was proposed by Councillor Fenn and seconded by Councillor Dent that the press and public be excluded for the \
following item.
"""

HOLLOWELL = """HOLLOWELL PARISH COUNCIL
MONDAY, 15TH MAY, 2023

Present:- Councillor Ince (in the Chair); Councillors Jory and Kemp.
Also in attendance:- 3 members of the public.

21. APOLOGIES FOR ABSENCE

Councillor Lusk (work commitments).

22. PLAYING FIELD

Members discussed the condition of the playing field gates. Councillor Jory agreed to obtain a quote for new \
hinges.
"""


@pytest.fixture(scope="module")
def parishes(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
        "brindlecombe-parish-council-annual-meeting-2023-05-16.txt": BRINDLECOMBE,
        "hollowell-parish-council-minutes-2023-05-15.txt": HOLLOWELL,
    }) as opened:
        yield opened


def test_who_replaced_someone_needs_someone_else_named(parishes: Minutebook) -> None:
    # the RFO's replacement is yet to be interviewed for: the minute names only him and his office
    refused = parishes.ask("Who replaced Mr Garside as Brindlecombe's RFO?")
    assert not refused.found and "who" in refused.answer
    answered = parishes.ask("Who replaced Mr Thorne as Brindlecombe's tree warden?")
    assert answered.found and "Hirst" in answered.answer


def test_who_holds_an_office_needs_the_office_said(parishes: Minutebook) -> None:
    # Hollowell's minutes name no clerk; Brindlecombe's attendance record does
    refused = parishes.ask("who is the clerk at hollowell parish council")
    assert not refused.found and "clerk" in refused.answer
    answered = parishes.ask("who is the clerk at brindlecombe parish council")
    assert answered.found and "Farrow" in answered.answer
    answered = parishes.ask("who was the chair at hollowell parish council in may 2023")  # "(in the Chair)"
    assert answered.found and "Ince" in answered.answer


def test_who_was_elected_needs_the_election_recorded(parishes: Minutebook) -> None:
    # the attendance list says who was vice chairman at the meeting; only the chairman's election is minuted
    refused = parishes.ask("who was elected vice chairman of brindlecombe parish council in may 2023")
    assert not refused.found and "election" in refused.answer
    answered = parishes.ask("who was elected chairman of brindlecombe parish council in may 2023")
    assert answered.found and "Ashby" in answered.answer


def test_where_needs_a_place_said(parishes: Minutebook) -> None:
    # the memorial bench's location is still to be agreed; the litter bin's is given
    refused = parishes.ask("where is the memorial bench for Mr Ellis going at brindlecombe")
    assert not refused.found and "where" in refused.answer
    answered = parishes.ask("where is the new litter bin going at brindlecombe")
    assert answered.found and "bus shelter" in answered.answer


def test_a_case_number_asked_must_be_printed(parishes: Minutebook) -> None:
    # the list runs to 22/0142/FUL: 22/0143/FUL is not in it
    refused = parishes.ask("did brindlecombe object to planning application 22/0143/FUL")
    assert not refused.found and "22/0143/FUL" in refused.answer
    answered = parishes.ask("did brindlecombe object to planning application 22/0142/FUL")
    assert answered.found and "overlooking" in answered.answer


def test_what_a_member_declared_needs_their_declaration(parishes: Minutebook) -> None:
    # Councillor Fenn proposed the motion Councillor Dent declared an interest in; Fenn declared nothing
    refused = parishes.ask("what did cllr fenn declare on the church street parking motion")
    assert not refused.found and "Fenn" in refused.answer
    answered = parishes.ask("what did cllr dent declare on the church street parking motion")
    assert answered.found and "lives on Church Street" in answered.answer
    answered = parishes.ask("did anyone declare an interest in cllr fenn's church street parking motion")
    assert answered.found and "Dent" in answered.answer  # declared on the motion Councillor Fenn proposed


def test_why_needs_a_reason_said(parishes: Minutebook) -> None:
    # Councillor Holt's resignation is recorded without a reason; Councillor Gale's with one
    refused = parishes.ask("why did councillor holt resign from brindlecombe parish council")
    assert not refused.found and "why" in refused.answer
    answered = parishes.ask("why did councillor gale resign from brindlecombe parish council")
    assert answered.found and "moving away" in answered.answer
    # an apologies list's note in brackets is its reason
    answered = parishes.ask("why was councillor lusk absent from hollowell parish council in may 2023")
    assert answered.found and "work commitments" in answered.answer


def test_who_seconded_needs_the_seconder_said(parishes: Minutebook) -> None:
    # the co-option is recorded as resolved, with no mover or seconder; the exclusion with both
    refused = parishes.ask("who seconded the co-option of Mr Quarry at brindlecombe")
    assert not refused.found and "seconded" in refused.answer
    answered = parishes.ask("who seconded the exclusion of the press and public at brindlecombe")
    assert answered.found and "Dent" in answered.answer
