"""Officers, members and their parts asked as people ask them: by initials ("the pcc", "which gps"), clipped ("the
exec director"), with a council's name in a bare possessive ("holmburys overview committee"), for someone's brief in
the present ("what does she advise on"), by everyday verbs ("who runs finance", "who moved keeping the press out",
"who is leaving"), in a members' table of names and initials, and for the duty to declare an agenda prints (not a
declaration made).

The papers are fictional, written for the test in the house styles of real minutes (a health body's one line a person
with initials and role, a police and crime panel's matters arising, a cabinet's report presented by a committee's
chairman, a parish's annual meeting, a council's chair's announcements); ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.item_words import initials_held
from tests.conftest import papers_minutebook

FERNLEIGH = """Governing body meeting – 9 March, 2023
Fernleigh Integrated Care Board Meeting in Public
Held on 9th March 2023 via Microsoft Teams
Present:
Dr Asha Verma AV Clinical Chair
Tomas Reid TR Executive Director of Finance
Dr Jo Pike JP Governing Body GP
Dr Sam Hale SH Governing Body GP
Mia Cole MC Lay Member for Audit
Apologies:
Dr Ravi Nair RN Governing Body GP
Ola Grant OG Director of Public Health – Fernleigh City Council
In attendance:
Kim Tate KT Executive Assistant / Minute Taker
Advisers in attendance: Prof Lin Shah (Digital Health), Rev Eve Moss (Faith Communities)
FIC/2223/101: Welcome, Apologies & Quoracy
Dr Asha Verma welcomed members to the meeting. It was confirmed that the meeting was quorate.
FIC/2223/102: Winter pressures
The Board noted the winter pressures report.
"""

MARSHGATE = """Marshgate Police and Crime Panel - Thursday, 12th October, 2023 10.00 am
Venue: Council Chamber, Marshgate

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor P. Lowe.

2. PERSONAL MATTERS
The Panel noted that Mrs P Shaw, the Commissioner's Chief Executive, had tendered her resignation with effect from \
31 December 2023.

3. MATTERS ARISING
Members asked when the new radios for rural officers would be in service. The Police and Crime Commissioner advised \
that, as the procurement of the radios was not yet complete, he could not give a timescale for their roll-out.
"""

HOLMBURY = """Holmbury Council - Cabinet - Tuesday, 14th November, 2023 7.00 pm
Venue: Committee Room 3, Town Hall

1. Apologies for Absence
Apologies were received from Councillor Dean.

2. Library Opening Hours - a review by the Leisure and Culture Policy Overview Committee
Councillor Priya Lenton, Chairman of the Leisure and Culture Policy Overview Committee, presented the Committee's \
review of library opening hours, which Cabinet welcomed.
RESOLVED: That the review's recommendations be adopted.

3. Exclusion of the press and public
It was proposed by Councillor Obi and seconded by Councillor Lenton that the press and public be excluded for the \
next item, as it contains information about the financial affairs of a particular person.
"""

ASHWORTH = """Ashworth Parish Council
Minutes of the Annual Meeting of Ashworth Parish Council held on 15 May 2023 at 7pm
Present: Cllr R Hale (Chairman), Cllr D Oyelaran (Vice-Chairman), Cllr T Brook, Cllr S Fenn

1. Election of Chairman
Cllr Brook proposed that Cllr Hale be elected Chairman; Cllr Fenn seconded. Cllr Hale was elected Chairman.

2. Election of Vice-Chairman
Cllr Hale proposed that Cllr Oyelaran continue as Vice-Chairman; there being no other nominations the Vice-Chairman \
was re-elected.

3. Chairman's remarks
The Chairman thanked the outgoing Vice-Chairman and the chairs of the working groups.
"""

TRENTMOOR = """Agenda and minutes
County Council - Wednesday, 11th October, 2023 10.00 am
Venue: Chamber - County Hall, Trentmoor

Items
No. Item

1.

APOLOGIES FOR ABSENCE

Minutes:

Apologies for absence were received from Councillors J. Amos and K. Lyle.

2.

DECLARATIONS OF INTEREST

To receive declarations by Members of interests in respect of items on this Agenda.

Members are reminded that, under the Localism Act 2011, failing to declare a disclosable pecuniary interest is a \
criminal offence.

Minutes:

Councillor D. Hale declared a personal interest in item 5 as a governor of Pentre School.

3.

CHAIR'S ANNOUNCEMENTS

Minutes:

The Chair welcomed everyone to the meeting. Councillor B. Quarrie congratulated Nia Fox from Pentre on winning the \
national young farmers' ploughing match. Councillor E. Rudd thanked the highways team for clearing the storm damage.
"""

BRAMLEY = """Minutes of a Meeting of Bramley Green Parish Council held at 7.30pm on Tuesday 6 June 2023 at the \
Village Hall
Present: Cllr A Moss (Chairman), Cllr B Hart, Cllr C Dunn, Cllr D Frost

1. Tribute to Mrs Joan Ellery
The Chairman led members in a tribute to Mrs Joan Ellery, clerk to the council for 22 years, who died on 2 May \
2023. Members stood for a minute's silence.

2. Minutes of the meeting held on 2 May 2023
Following the meeting Cllr Dunn informed the Clerk that he had sent apologies, contrary to the minutes. The minutes \
were amended before being signed by the Chairman.

3. Vice-Chairman for the meeting
In the absence of the Vice-Chairman it was proposed by Cllr Hart, seconded by Cllr Frost, that Cllr Dunn act as \
Vice-Chairman for the meeting. There being no other nominations, Cllr Dunn was elected for the meeting.

4. Recreation ground
RESOLVED that new playground equipment for the recreation ground be bought at a cost of £4,200.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "fernleigh-icb-board-2023-03-09.txt": FERNLEIGH,
            "marshgate-police-and-crime-panel-2023-10-12.txt": MARSHGATE,
            "holmbury-council-cabinet-2023-11-14.txt": HOLMBURY,
            "ashworth-parish-council-annual-meeting-2023-05-15.txt": ASHWORTH,
            "trentmoor-county-council-2023-10-11.txt": TRENTMOOR,
            "bramley-green-parish-council-2023-06-06.txt": BRAMLEY,
    }) as opened:
        yield opened


def test_initials_held_spelt_out_or_in_the_plural() -> None:
    assert initials_held({"pcc": "pcc"}, "The Police and Crime Commissioner advised", set()) == {"pcc"}
    assert initials_held({"gps": "GPs"}, "Dr Jo Pike JP Governing Body GP", {"gp"}) == {"gps"}
    # a word with vowels is no initials ("runs": not "Regional Unit ..."); initials the text neither spells out nor
    # prints are not held
    assert initials_held({"run": "runs"}, "Regional Unit Networks", set()) == set()
    assert initials_held({"cfo": "cfo"}, "The Police and Crime Commissioner advised", set()) == set()


def test_a_role_asked_by_its_initials(bodies: Minutebook) -> None:
    answer = bodies.ask("marshgate panel - why can't the pcc say when the new radios will be in?")
    assert answer.found and "procurement" in answer.answer
    answer = bodies.ask("which gps are on the fernleigh icb board")
    assert answer.found and "Jo Pike" in answer.answer and "Sam Hale" in answer.answer


def test_a_clipped_title(bodies: Minutebook) -> None:
    answer = bodies.ask("who's the exec director of finance at fernleigh icb?")
    assert answer.found and "Tomas Reid" in answer.answer


def test_a_bare_possessive_names_the_council(bodies: Minutebook) -> None:
    answer = bodies.ask("who chairs holmburys leisure and culture overview committee")
    assert answer.found and "Priya Lenton" in answer.answer
    assert answer.citations[0].meeting_date.isoformat() == "2023-11-14"


def test_a_brief_asked_in_the_present(bodies: Minutebook) -> None:
    answer = bodies.ask("what does lin shah advise the fernleigh board on?")
    assert answer.found and "Digital Health" in answer.answer
    # what someone said at the meeting is still not in a record of who came
    said = bodies.ask("what did rev eve moss say at the fernleigh board in march?")
    assert not said.found


def test_everyday_verbs_for_officers_and_motions(bodies: Minutebook) -> None:
    answer = bodies.ask("who runs finance at the fernleigh icb")
    assert answer.found and "Tomas Reid" in answer.answer
    answer = bodies.ask("who moved keeping the press out at holmbury cabinet")
    assert answer.found and "Councillor Obi" in answer.answer
    answer = bodies.ask("marshgate panel - which of the commissioner's senior people is leaving?")
    assert answer.found and "Shaw" in answer.answer


def test_members_named_with_their_initials(bodies: Minutebook) -> None:
    answer = bodies.ask("which lay members look after audit on the fernleigh icb board")
    assert answer.found and "Mia Cole" in answer.answer


def test_the_duty_to_declare_is_not_a_declaration(bodies: Minutebook) -> None:
    answer = bodies.ask("trentmoor council - what happens if a member doesn't declare a pecuniary interest?")
    assert answer.found and "criminal offence" in answer.answer
    # a declaration made is still the record's
    answer = bodies.ask("did anyone declare an interest at trentmoor council in october?")
    assert answer.found and "D. Hale" in answer.answer


def test_everyday_words_for_what_parish_minutes_record(bodies: Minutebook) -> None:
    answer = bodies.ask("how did bramley green pc remember joan ellery?")
    assert answer.found and "tribute" in answer.answer
    answer = bodies.ask("bramley green - why did the may minutes have to be changed?")
    assert answer.found and "amended" in answer.answer
    answer = bodies.ask("did bramley green sign off new kit for the play area?")
    assert answer.found and "playground equipment" in answer.answer


def test_who_did_the_act_asked(bodies: Minutebook) -> None:
    # the sentence that says who seconded, not the one after it naming the member elected
    answer = bodies.ask("bramley green june - who seconded cllr dunn standing in as vice chair?")
    assert answer.found and "Cllr Frost" in answer.answer
    answer = bodies.ask("whose idea was it to have cllr dunn as vice chair for the night at bramley green")
    assert answer.found and "Cllr Hart" in answer.answer
