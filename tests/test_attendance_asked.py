"""Who came to a meeting, asked as people ask it: "who was actually there", "who was on the planning cttee", "what
officers were at" ("what" for "which", an adverb between the verb and "there", a committee abbreviated and named in
several words). Each is answered from the record of attendance, not from an item whose words match the question's
(the planning item's "Planning Officer", the minutes item's "Chairman").

The paper is written for the test (a fictional district council's planning committee), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.nodes import ATTENDANCE_TITLE
from service.core import Minutebook
from tests.conftest import papers_minutebook

PLANNING = """FENMOOR DISTRICT COUNCIL
Minutes of the meeting of the Fenmoor Valley Planning Committee held on Thursday 9 June 2022 at 2.00pm in the \
Council Chamber, Fenmoor

Present: Councillor Ada Lusk (Chair), Councillor Owen Marr, Councillor Pia Nolan, Councillor Rhys Orme
In attendance: Jo Pike (Head of Planning), Sam Quill (Legal Adviser), Tom Rudd (Committee Officer)

17 APOLOGIES
Apologies were received from Councillor Vera Sharp.

18 MINUTES
The minutes of the meeting held on 12 May 2022 were approved and signed by the Chairman.

19 APPLICATION 22/00412/FUL - BARN AT HOLLOW LANE
The Planning Officer presented the report. Members were there to consider the officers' recommendation, which \
the Head of Planning explained. Resolved: That planning permission be granted subject to conditions.

20 MISCELLANEOUS ITEMS
Considered: the report of the Head of Planning on appeals decided since the last meeting.
"""


@pytest.fixture(scope="module")
def planning(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"fenmoor-district-council-planning-committee-2022-06-09.txt": PLANNING}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("asked", [
    "who was on the fenmoor valley planning cttee in june 2022 - who was actually there?",
    "what councillors were at the fenmoor planning committee in june 2022?",
    "who was really at fenmoor planning in june 2022?",
])
def test_who_was_there_is_the_attendance_record(planning: Minutebook, asked: str) -> None:
    answered = planning.ask(asked)
    assert answered.found, asked
    assert "Owen Marr" in answered.answer and "Pia Nolan" in answered.answer, asked
    assert any(c.item_title.startswith(ATTENDANCE_TITLE) for c in answered.citations), asked


def test_what_officers_were_at_is_the_attendance_record(planning: Minutebook) -> None:
    answered = planning.ask("what officers were at the fenmoor planning committee in june 2022")
    assert answered.found
    assert "Sam Quill" in answered.answer and "Tom Rudd" in answered.answer
    assert any(c.item_title.startswith(ATTENDANCE_TITLE) for c in answered.citations)


# A minute of apologies that lists who sent them before any word of apology ("Councillor Huw Meredydd (holiday).
# Councillor Carys Llwyd was absent."): the list is the answer, not only the first line that says "apology"
HARBURY = """HARBURY TOWN COUNCIL
Minutes of the meeting of the Town Council held on Monday 13 March 2023 at 7pm in the Town Hall

Present: Councillor Ann Tate (Chair), Councillor Bob Usher, Councillor Cal Vane

1. APOLOGIES
Councillor Dee Ward (holiday), Councillor Eli Yorke (work). Councillor Fay Zeal had given no apology.

2. FOOTPATHS
Resolved: that the footpath by the church be resurfaced.
"""


# An annual meeting whose record names no chair: the minute electing one says who chaired, after the nominations
HARBURY_MAY = """HARBURY TOWN COUNCIL
Minutes of the Annual Meeting of the Town Council held on Monday 15 May 2023 at 7pm in the Town Hall

| Member                 | Attendance |
|------------------------|------------|
| Councillor Ann Tate    | Present    |
| Councillor Bob Usher   | Present    |
| Councillor Cal Vane    | Present    |

1. ELECTION OF CHAIRMAN
Councillor Usher was nominated by Councillor Vane. Councillor Tate was nominated by Councillor Usher. Following a \
vote the Council resolved to elect Councillor Bob Usher as Chairman for 2023/24. Councillor Usher in the Chair.

2. ALLOTMENTS
Resolved: that the allotment rents stay the same.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"harbury-town-council-2023-03-13.txt": HARBURY,
                                                        "harbury-town-council-2023-05-15.txt": HARBURY_MAY}) as opened:
        yield opened


def test_who_chaired_is_the_minute_electing_the_chair_where_the_record_names_none(town: Minutebook) -> None:
    answered = town.ask("who chaired harbury town council in may 2023?")
    assert answered.found, answered.answer
    first = answered.citations[0]
    assert "Bob Usher" in first.quote and "elect" in first.quote, answered.answer


def test_a_minute_of_apologies_listing_names_first_is_quoted_from_its_list(town: Minutebook) -> None:
    answered = town.ask("who sent apologies to harbury town council in march 2023?")
    assert answered.found
    assert "Dee Ward" in answered.answer and "Eli Yorke" in answered.answer, answered.answer


@pytest.mark.parametrize("asked", [
    "which ward reps sent apologys to the fenmoor planning committee in june 2022?",
    "fenmoor planning june 2022 - any apologie?",
])
def test_apologies_misspelt_is_the_apologies_minute(planning: Minutebook, asked: str) -> None:
    """"apologys" is apologies as typed: the minute of apologies answers, not a passage sharing the question's words."""
    answered = planning.ask(asked)
    assert answered.found, asked
    assert "Vera Sharp" in answered.answer, asked
    assert any(c.minute == "17" for c in answered.citations), asked


ROLL = """Minutes of Meeting of the Strathmore Council held in the Council Chambers, Kirkton on Thursday, 14 March 2019
at 10.00am.
1. Calling of the Roll and Apologies for Absence
Present: Mrs A Baird Mr C Dunlop Ms E Fergus Mr G Hamilton Mrs I Kerr
In Attendance: Chief Executive, Head of Legal Services
Also in Attendance: Inspector M Laing, Police Scotland; Group Manager P Nairn, Scottish Fire and Rescue Service
Mrs A Baird in the Chair
Apologies for absence were intimated on behalf of Mr R Scott and Mrs T Urquhart.
2. Declarations of Interest
There were no declarations of interest.
3. Roads Maintenance Programme 2019/20
The Council approved the roads maintenance programme for 2019/20 at a cost of £2.4 million.
"""


@pytest.fixture(scope="module")
def roll(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"strathmore-council-full-council-2019-03-14.txt": ROLL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_record_printed_under_the_roll_is_cited_to_that_minute(roll: Minutebook) -> None:
    """A record printed under the first minute ("1. Calling of the Roll and Apologies for Absence / Present: ...") is
    that minute's: who attended is cited to Minute 1."""
    answered = roll.ask("which police officers attended the strathmore council meeting in march 2019?")
    assert answered.found
    assert "M Laing" in answered.answer
    assert any(c.minute == "1" for c in answered.citations), answered.citations
