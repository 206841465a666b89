"""An attendance question is answered with the part of the record it asks about.

Fictional papers written for these tests: a governing body that prints its record a name a line under "Present:",
"Apologies:" and "In attendance:" labels, a district council whose record runs its members' names straight into
"In attendance:", and a board whose minutes print no attendance record at all. "Who sent apologies?" is answered
with the apologies, not the thirty names above them; "was Nora Quill at the meeting?" with the line that names
her (not every Nora); "who took the minutes?" with the line that notes the minute taker; "who chaired, and who
sent apologies?" with the whole record; and minutes without a record are not said to be missing, nor is a tribute
to a past chair taken for who chaired.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from index.query import Intent, understand
from service.core import Minutebook
from service.record_parts import Part, asked_part, sections
from tests.conftest import papers_minutebook

ASHDOWN = """Ashdown and Brill CCG Governing Body Meeting in Public
Held on 9th February 2023 via Microsoft Teams

Present:
Dr Owen Marsh OM Clinical Chair
Nora Pike NP Chief Finance Officer
Dr Ravi Tull RT Governing Body GP (part meeting)
Apologies:
Dr Sally Venn SV Governing Body GP
Uma Ross UR Head of Governance
In attendance:
Nora Quill NQ Director of Quality
Lee Dunn LD Executive Assistant to the Governing Body / Minute Taker

AB/2223/301: Welcome, Apologies & Quoracy
Dr Owen Marsh welcomed members to the meeting. Apologies were noted as above.

AB/2223/302: Winter Pressures
The Governing Body received the report on winter pressures in urgent care. RESOLVED that the report be noted.
"""

HARTWELL_RECORD = """Present:
Councillors:
Chairman Cllr Gale
Cllr Hume
Cllr Irwin
In attendance:
Officers:
Monitoring Officer
Democratic Services Manager"""

WENTMOOR = """Wentmoor Health and Wellbeing Board

Minutes of the meeting held on 14 March 2023

1. Tribute
The Vice Chair led the Board in a tribute to Cllr Ada Finch, who had chaired the Board since 2019.

2. Children's Mental Health
The Board received an update on waiting times for children's mental health services.
"""


CORLEY = """Corley Fire and Rescue Authority

Minutes of the Annual Meeting held on 20 June 2023

Members:
| Member                | Representing             | Attendance |
|-----------------------|--------------------------|------------|
| Cllr Ann Brightwater  | Corley City Council      | Present    |
| Cllr Tom Fennick      | Corley City Council      | Apologies  |
| Cllr Rhys Oldcastle   | Dunmere District Council | Present    |
| Cllr Jane Pardoe      | Dunmere District Council | Absent     |
| Cllr Omar Quint       | Corley County Council    | Present    |

1. Election of Chair
RESOLVED that Cllr Ann Brightwater be elected Chair of the Authority for 2023/24.
"""


TILLBROOK = """TILLBROOK PARISH COUNCIL

Minutes of the meeting of the Parish Council held on Tuesday 14th March 2023 at 7.30 pm

Councillors present: Cllr A. Dace (Chairman), Cllr B. Fenn, Cllr C. Hollis
In attendance: Mrs D. Lark (Clerk) and 4 members of the public.

Minute 45/23  APOLOGIES FOR ABSENCE
Apologies were received and accepted from Cllr T. Ewart (holiday).

Minute 46/23  PLAYING FIELD
The new goalposts have been installed.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashdown-and-brill-ccg-governing-body-2023-02-09.txt": ASHDOWN,
            "wentmoor-health-and-wellbeing-board-2023-03-14.txt": WENTMOOR,
            "corley-fire-and-rescue-authority-annual-meeting-2023-06-20.txt": CORLEY,
            "tillbrook-parish-council-2023-03-14.txt": TILLBROOK}) as opened:
        yield opened


def test_a_record_is_read_in_its_labelled_parts() -> None:
    parts = sections(HARTWELL_RECORD)
    assert [p.part for p in parts] == [Part.PRESENT, Part.PRESENT, Part.OTHERS, Part.OTHERS]
    # a label is one line: the members' names above "In attendance:" stay with the members
    assert HARTWELL_RECORD[parts[2].start:parts[2].end].startswith("In attendance:")
    assert "Cllr Irwin" in HARTWELL_RECORD[parts[1].start:parts[1].end]
    assert asked_part(HARTWELL_RECORD, "who was in attendance?", set()) == [
        "In attendance:", "Officers:\nMonitoring Officer\nDemocratic Services Manager"]
    # "who chaired, and who was in attendance": the record whole
    assert asked_part(HARTWELL_RECORD, "who chaired and who was in attendance?", set()) == [HARTWELL_RECORD]


def test_who_sent_apologies_is_the_apologies(bodies: Minutebook) -> None:
    answer = bodies.ask("who sent apologies to the ashdown ccg governing body in feb 2023?")
    assert answer.found and "Dr Sally Venn" in answer.answer and "Uma Ross" in answer.answer
    assert "Owen Marsh" not in answer.answer and "Lee Dunn" not in answer.answer


def test_a_person_asked_about_is_the_line_that_names_them(bodies: Minutebook) -> None:
    assert understand("was nora quill at the ccg meeting?", [], None).confidence(Intent.ATTENDANCE) >= 0.8
    discussed = understand("was the winter report discussed at the ccg meeting?", [], None)
    assert discussed.confidence(Intent.ATTENDANCE) < 0.5
    answer = bodies.ask("was nora quill at the ashdown ccg meeting?")
    assert answer.found and "Nora Quill NQ Director of Quality" in answer.answer and "In attendance:" in answer.answer
    assert "Nora Pike" not in answer.answer
    answer = bodies.ask("was dr ravi tull there for the whole ashdown ccg meeting?")
    assert answer.found and "(part meeting)" in answer.answer and "Sally Venn" not in answer.answer


def test_who_missed_it_is_the_members_table_rows_marked_away(bodies: Minutebook) -> None:
    # "misssed": spelt as people ask, though no paper prints "missed"
    answer = bodies.ask("which members misssed the corley fire authority agm?")
    assert answer.found and "Fennick" in answer.answer and "Pardoe" in answer.answer
    assert "Oldcastle" not in answer.answer and "Quint" not in answer.answer


def test_who_sent_apologies_is_the_minute_of_apologies(bodies: Minutebook) -> None:
    answer = bodies.ask("who sent apologies to tillbrook pc in march?")
    assert answer.found and "Ewart" in answer.answer and "Hollis" not in answer.answer
    assert answer.citations[0].minute == "45/23"


def test_who_took_the_minutes_is_the_line_that_notes_it(bodies: Minutebook) -> None:
    answer = bodies.ask("who took the minutes at the ashdown ccg governing body?")
    assert answer.found and "Lee Dunn" in answer.answer and "Nora Quill" not in answer.answer


def test_two_questions_of_the_record_get_it_whole(bodies: Minutebook) -> None:
    answer = bodies.ask("who chaired the ashdown ccg governing body in february 2023, and who sent apologies?")
    assert answer.found and "Clinical Chair" in answer.answer and "Dr Sally Venn" in answer.answer


def test_minutes_without_a_record_are_not_said_to_be_missing(bodies: Minutebook) -> None:
    # the tribute to a past chair does not say who chaired this meeting
    answer = bodies.ask("who chaired the wentmoor health and wellbeing board in march 2023?")
    assert not answer.found and "hold no minutes" not in answer.answer and "attendance record" in answer.answer
