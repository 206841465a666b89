"""Someone's capacity at a meeting, asked by name ("in what capacity was Mr Quinn there", "who was Ms Shaw - what
capacity was she there in"), is what the record of attendance prints beside the name ("Mr P. Quinn (Other Person)",
"Ms R. Shaw (Agent for the Applicant)"); asked of someone the record does not name, it is refused, not answered
with the others.

The paper is written for the test (a fictional borough's licensing sub-committee), ingested with the real model into
a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

HEARING = """HARBOURNE BOROUGH COUNCIL
Minutes of the Licensing Sub-Committee held on Monday 16 May 2022 at 10.00am in Committee Room 2, Harbourne

Present: Councillors A. Price (Chair), B. Quilter and C. Rees.
Also present: Mr P. Quinn (Other Person); Ms R. Shaw (Agent for the Applicant); Mrs T. Ulley (Licensing \
Officer).

(a) APPOINTMENT OF CHAIRMAN
Resolved: That Councillor A. Price be appointed Chairman for the meeting.

(b) LICENSING ACT 2003 - APPLICATION FOR A PREMISES LICENCE - QUAYSIDE KIOSK, HARBOURNE
The Licensing Officer presented the report. Representations had been received concerning noise from the kiosk. \
The Sub-Committee heard from those present.
Resolved: That the licence be granted subject to the conditions set out in the report.
"""


@pytest.fixture(scope="module")
def licensing(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"harbourne-council-licensing-sub-committee-2022-05-16.txt": HEARING}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("asked", "said"), [
    ("in what capacity was mr quinn at the harbourne licensing sub-committee in may 2022?", "Quinn (Other Person)"),
    ("at the quayside kiosk hearing in may 2022, who was ms shaw - what capacity was she there in?",
     "Shaw (Agent for the Applicant)"),
])
def test_a_capacity_is_read_beside_the_name_in_the_attendance_record(licensing: Minutebook, asked: str,
                                                                     said: str) -> None:
    answered = licensing.ask(asked)
    assert answered.found and said in answered.answer, asked


def test_the_capacity_of_someone_not_recorded_is_refused(licensing: Minutebook) -> None:
    asked = "at the quayside kiosk hearing in may 2022, who was mr vane - what capacity was he there in?"
    assert not licensing.ask(asked).found
