"""An outcome asked for, where the papers record it only as still to come, is refused; its answerable twin in the same
papers (an outcome the minutes do record) is answered.

The papers are written for the test (a fictional town council, two meetings), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """BRIDGEFORD TOWN COUNCIL
Minutes of the meeting held on Monday 6 March 2023

Present: Cllr Ames (Chair), Cllr Bell, Cllr Croft, Cllr Dunn.

23/31 PLANNING

23/0412/FUL - Solar canopy, Riverside car park - decision from the county still awaited.
23/0398/HOU - Extension at 4 Mill Row - the Council had no objection. The application was granted by the county on \
20 February.

23/32 FLOOD REVIEW

The Clerk reported that the independent review of the February flooding by Tideway Engineers would report to the \
Council in June.

23/33 STAFFING

Mrs Orme reminded members that she will stand down as Deputy Clerk at the end of April.

23/34 BOATHOUSE LEASE

An appeal against the refusal of the boathouse lease transfer had been lodged with the Lands Tribunal.

23/35 PLAY AREA

Resolved: that the quote from Parkform Ltd for the new play area be accepted.
"""

MAY = """BRIDGEFORD TOWN COUNCIL
Minutes of the meeting held on Monday 15 May 2023

Present: Cllr Ames (Chair), Cllr Bell, Cllr Croft.

23/51 STAFFING

Resolved: that Mr Pike be appointed as Clerk from 1 June.

23/52 TOWN CLOCK

The survey of the town clock found that the mechanism was sound but the dial needed regilding.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"bridgeford-town-council-minutes-2023-03-06.txt": MARCH,
              "bridgeford-town-council-minutes-2023-05-15.txt": MAY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "was the solar canopy at the riverside car park approved?",
    "what did the flood review find?",
    "who took over as deputy clerk?",
    "what was the outcome of the boathouse lease appeal?",
])
def test_an_outcome_still_to_come_is_refused(town: Minutebook, question: str) -> None:
    refused = town.ask(question)
    assert not refused.found and "still to come" in refused.answer


@pytest.mark.parametrize(("question", "said"), [
    ("was the extension at 4 mill row granted?", "granted"),
    ("what did the town clock survey find?", "regilding"),
    ("who was appointed as clerk?", "Mr Pike"),
    ("what did the council decide about the play area?", "Parkform"),
    # asked how it stands, "still awaited" is the answer
    ("has the county decided the solar canopy at riverside car park yet?", "awaited"),
    ("when will the flood review report?", "June"),
])
def test_an_outcome_recorded_is_answered(town: Minutebook, question: str, said: str) -> None:
    answered = town.ask(question)
    assert answered.found and said in answered.answer


# A decision that leaves a step to come is the decision asked for, numbered or not: "That planning permission be
# granted subject to ... a travel plan to be submitted" answers "what did they decide about the extension", where the
# quote had been read as the subject still to come (only a numbered resolution had counted as one)
HOLLOWAY = """HOLLOWAY PARISH COUNCIL
Minutes of the meeting held on Tuesday 9 May 2023

Present: Cllr Frith (Chair), Cllr Gale, Cllr Hearn.

23/41 MILL LANE SCHOOL CLASSROOMS

RESOLVED: That planning permission be granted subject to the conditions in the report, and an additional condition \
requiring a school travel plan to be submitted within six months.

23/42 ALLOTMENT RENTS

The Council resolved to approve consultation with allotment holders on the proposed allotment rents.

23/43 VILLAGE HALL ROOF

Resolved: that the roof repair be approved at £8,200, with the work to be done in the summer holidays.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"holloway-parish-council-2023-05-09.txt": HOLLOWAY}) as opened:
        yield opened


@pytest.mark.parametrize(("question", "said"), [
    ("what did the council decide about the mill lane school classrooms?", "granted"),
    ("what did they decide about allotment rents?", "consultation"),
    ("what did holloway decide on the village hall roof?", "8,200"),
])
def test_a_decision_leaving_a_step_to_come_is_the_decision(parish: Minutebook, question: str, said: str) -> None:
    answered = parish.ask(question)
    assert answered.found and said in answered.answer, answered.answer
