"""Fact questions the minutes answer, asked as people ask them: everyday words for the paper's ("sigs" for
signatures, "subs" for substitutes, "speech" for a chairman's address, officers who "ran" what the minutes say they
"administered", a member who "missed" the meeting), a meeting's closing time asked of a body with a long name, the
room asked within a building named, what an applicant asked for (not what the body resolved), what a declarations
item says besides a declaration (a briefing note members had), and a panel named in everyday words ("the kids
panel": its Children and Young People Panel). Each answerable question has a twin the papers do not answer.

The papers are written for the test (a fictional town council, its licensing panel and a county's children's
panel), ingested with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.evidence import counted, counted_head
from tests.conftest import papers_minutebook

ANNUAL = """KESTLEFORD TOWN COUNCIL
Minutes of the Annual Meeting of Kestleford Town Council held in the Assembly Room, Guildhall, Kestleford on
Wednesday 15 May 2024 at 7.00pm

Present: Councillors Amberley (Mayor), Blount, Corrie, Dacre, Elphick and Fenner.

1. ELECTION OF MAYOR
Councillor Amberley was elected Mayor for the year 2024/25 and signed the Declaration of Acceptance of Office.

2. APOLOGIES FOR ABSENCE
Apologies were received from Councillor Gatley. It was agreed that Councillor Gatley would sign his Declaration of
Acceptance of Office at the next meeting of the Council.

3. DECLARATIONS OF INTEREST
There were no declarations of interest. Members had received a briefing note from the Town Clerk in advance of
the meeting regarding the following matters:-
Allotment rents review 2024/25 (item 7 on the agenda)
Cemetery fees and charges 2024/25 (item 8 on the agenda)

4. ADDRESS BY THE MAYOR
In addressing the Council, the Mayor thanked members for electing him. He paid tribute to the staff, who during
the flooding of last winter had administered 7 different emergency support schemes for residents and businesses.

5. PETITION
Councillor Blount presented a petition containing 412 signatures asking the Council to reinstate the Saturday
market on Bridge Street. RESOLVED that the petition be referred to the Markets Working Group.

6. SUBSCRIPTIONS
RESOLVED that the annual subscription to the county association of local councils (£380) be renewed.

The meeting closed at 8.40pm.
"""

HEARING = """KESTLEFORD TOWN COUNCIL
Minutes of the Kestleford Town Council Licensing and Regulatory Appeals Panel held in the Mayor's Parlour,
Guildhall, Kestleford on Tuesday 4 June 2024 at 10.00am

Present: Councillors Corrie (Chair), Dacre and Fenner. Councillor Hollis attended as substitute for Councillor
Blount.

1. APPLICATION FOR A PREMISES LICENCE - THE OLD FORGE, MILL LANE
The Licensing Officer presented the report. The application sought permission for the sale of alcohol from 11:00
hours to 22:30 hours, Monday to Saturday. Two residents had objected on the grounds of noise.
RESOLVED that the licence be granted subject to the conditions in the report.

The hearing concluded at 11.45am.
"""

PANEL = """GARRANSHIRE COUNTY COUNCIL
Minutes of the Children and Young People Scrutiny Panel held on Monday 10 February 2025 at 2.00pm

Present: Councillor Ibbotson (Chair), Councillors Jarrow and Kenning.

14. PUBLIC QUESTIONS
One public question had been received from Mr Paul Lomax:
"How many young carers were referred for an assessment last year, and how long did they wait?"
The Head of Early Help replied that 186 young carers had been referred in 2024, and that the average wait for an
assessment had been 23 days.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"kestleford-town-council-annual-meeting-2024-05-15.txt": ANNUAL,
              "kestleford-town-council-licensing-and-regulatory-appeals-panel-2024-06-04.txt": HEARING,
              "garranshire-county-council-children-and-young-people-scrutiny-panel-2025-02-10.txt": PANEL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    # everyday words for the paper's
    ("how many sigs did the saturday market petition get?", "412"),
    ("kestleford licensing and regulatory appeals panel in june - who were the subs?", "Hollis"),
    ("mayor's speech at kestleford - how many different schemes did staff run in the floods?", "7"),
    ("gatley missed the annual meeting, so what's he meant to do at the next one?", "Declaration of Acceptance"),
    # a meeting's close, asked of a body named in full
    ("What time did the Kestleford Town Council Licensing and Regulatory Appeals Panel finish?", "11.45am"),
    # what the applicant asked for is the application's terms, not the panel's decision
    ("what hours did the premises licence application for the old forge ask for?", "22:30"),
    # the declarations item's other business: the note members had
    ("what matters did the town clerk's briefing note to members cover in may 2024?", "Cemetery fees"),
    # a panel named in everyday words
    ("someone asked the garranshire kids scrutiny panel how many young carers were referred - what was the answer?",
     "186"),
])
def test_answered_as_asked(town: Minutebook, question: str, said: str) -> None:
    answered = town.ask(question)
    assert answered.found and said in answered.answer, answered.answer


@pytest.mark.parametrize("question", [
    # twins the papers do not answer
    "how many sigs did the petition about the skate park get?",
    "what time did the Garranshire Children and Young People Scrutiny Panel finish?",
    "someone asked the garranshire kids scrutiny panel about school transport - what was the answer?",
    # the count and the note's subjects are printed; the things counted and the note's advice are not
    "what were the 7 different schemes staff ran during the floods at kestleford?",
    "what did the town clerk's briefing note advise on the cemetery fees?",
])
def test_twins_not_answered(town: Minutebook, question: str) -> None:
    assert not town.ask(question).found


def test_subs_is_substitutes_only_where_a_meeting_is_asked_of() -> None:
    assert "substitutes" in written_out("who were the subs?")
    assert "substitutes" in written_out("subs at the planning cttee in may")
    assert "substitutes" not in written_out("what subs did the council pay to the association?")
    assert written_out("how many sigs on the petition") == "how many signatures on the petition"


def test_how_a_count_is_made_is_not_what_is_counted() -> None:
    assert counted("how many different schemes did staff run") == "scheme"
    assert counted_head("how many separate complaints were there") == "complaint"


def test_an_applicants_request_is_not_a_decision() -> None:
    asked = cue_intents("what hours did the licence application for the old forge ask for at the panel?")
    assert asked.get(Intent.RESOLUTION, 0.0) < 0.45
    assert cue_intents("what did the committee ask for on the old forge?").get(Intent.RESOLUTION, 0.0) >= 0.45


def test_a_room_asked_within_a_building_is_the_venue() -> None:
    assert cue_intents("where in the guildhall did the licensing panel sit?").get(Intent.VENUE, 0.0) >= 0.9
