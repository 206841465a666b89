"""A question asked of each of several bodies, named alike or as a council's meetings: "did either fire authority have
any declarations", "has anyone declared an interest at any of the corve valley council meetings". Each body answers
from its own meetings, one cited line each, where the first body's answer alone would have been given before. The
papers are written for the test: two fire authorities of different counties, and a district council's three bodies.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from service.scopes import EACH_MEETING, EACH_OF
from tests.conftest import papers_minutebook

NORTHMOOR_FIRE = """NORTHMOOR FIRE AND RESCUE AUTHORITY

Minutes of the meeting of the Authority held on Friday 7 March 2025 at 10.00am at Service Headquarters, Addlestow

Present: Councillor K. Varley (Chair), Councillors Amos, Birch, Lowther and Peake.

NFA 1  APOLOGIES
Apologies were received from Councillor Judd.

NFA 2  DECLARATIONS OF INTEREST
Councillor Birch declared a personal interest in item NFA 5 as a retained firefighter's spouse.

NFA 3  BUDGET 2025/26
RESOLVED - That the revenue budget of £38.2m be approved.
"""

SOUTHMERE_FIRE = """SOUTHMERE FIRE AND RESCUE AUTHORITY

Minutes of the meeting of the Authority held on Thursday 20 February 2025 at 2.00pm at Fire Service Headquarters,
Kelbrook

Present: Councillor P. Ogden (Chair), Councillors Frost, Hale, Mistry and Quayle.

SFA/25/01  DECLARATIONS OF INTEREST
No declarations of interest were made.

SFA/25/02  PRECEPT 2025/26
RESOLVED - That the Band D precept be set at £86.45.
"""

CORVE_CABINET = """CORVE VALLEY DISTRICT COUNCIL

CABINET

Minutes of the meeting held on Tuesday 14 January 2025 at 6.00pm in the Council Chamber, Ludstone

Present: Councillor R. Quint (Leader, in the Chair), Councillors Dale, Ferris and Gough.

CAB/60  DECLARATIONS OF INTEREST
Councillor Ferris declared a prejudicial interest in CAB/63 (Ludstone market lease) as a stallholder, and left the
room for that item.

CAB/61  WASTE CONTRACT
RESOLVED - That the waste contract be extended to March 2027.
"""

CORVE_LICENSING = """CORVE VALLEY DISTRICT COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held on Wednesday 5 February 2025 at 10.00am in Committee Room 1, Ludstone

Present: Councillor S. Tranter (Chair), Councillors Abell, Hussain and Webb.

LIC/14  DECLARATIONS OF INTEREST
There were no declarations of interest.

LIC/15  TAXI LICENSING POLICY
RESOLVED - That the revised taxi licensing policy be adopted.
"""

CORVE_STANDARDS = """CORVE VALLEY DISTRICT COUNCIL

STANDARDS COMMITTEE

Minutes of the meeting held on Monday 17 March 2025 at 2.00pm in Committee Room 2, Ludstone

Present: Mr G. Ellery (Independent Chair), Councillors Abell and Dale.

STD/8  DECLARATIONS OF INTEREST
Councillor Dale declared a personal interest in STD/9 as a governor of Ludstone Academy.

STD/9  COMPLAINTS REPORT
Six complaints had been received in the year, none upheld.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "northmoor-fire-and-rescue-authority-2025-03-07.txt": NORTHMOOR_FIRE,
            "southmere-fire-and-rescue-authority-2025-02-20.txt": SOUTHMERE_FIRE,
            "corve-valley-district-council-cabinet-2025-01-14.txt": CORVE_CABINET,
            "corve-valley-district-council-licensing-committee-2025-02-05.txt": CORVE_LICENSING,
            "corve-valley-district-council-standards-committee-2025-03-17.txt": CORVE_STANDARDS,
    }) as opened:
        yield opened


@pytest.mark.parametrize(("question", "each"), [
    ("has anyone declared an interest at any of the corve valley council meetings", True),
    ("when did each of the council's meetings we have take place", True),
    ("any of the decisions about the market", False),
])
def test_a_councils_meetings_asked_one_by_one(question: str, each: bool) -> None:
    assert bool(EACH_MEETING.search(question)) is each


@pytest.mark.parametrize(("question", "each"), [
    ("did either fire authority have any declarations", True),
    ("did both parish councils object", True),
    ("did all members attend", False),  # every member of one meeting, not each body
])
def test_bodies_named_alike_asked_of_each(question: str, each: bool) -> None:
    assert bool(EACH_OF.search(question)) is each


@pytest.mark.real_model
def test_either_of_two_bodies_named_alike_answers_for_each(bodies: Minutebook) -> None:
    answer = bodies.ask("did either fire and rescue authority have any declarations of interest")
    assert answer.found, answer.answer
    assert "Birch" in answer.answer and "No declarations" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2025-03-07", "2025-02-20"}


@pytest.mark.real_model
def test_any_of_a_councils_meetings_answers_for_each_body(bodies: Minutebook) -> None:
    answer = bodies.ask("has anyone declared an interest at any of the corve valley district council meetings - "
                        "cabinet, licensing, standards?")
    assert answer.found, answer.answer
    assert "Ferris" in answer.answer and "Dale" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2025-01-14", "2025-03-17"}
