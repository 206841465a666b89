"""Questions asked across a body's meetings, as people ask them: how a figure moved between two meetings (each
meeting's line gives its figure, not only the later one), and a matter followed from one stage to a later one ("from
the proposal to the final decision", asked of taxis where the minutes say hackney carriages). The papers are written
for the test: a fire authority and a licensing committee, two meetings each.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIRE_MARCH = """BRENDALE FIRE AND RESCUE AUTHORITY

Minutes of the meeting of the Authority held on Thursday 13 March 2025 at 10.30am at Service Headquarters, Kilnworth

Present: Councillor A. Fenwick (Chair), Councillors Osei, Marlow and Trent.

BFA/25/08  RETAINED DUTY SYSTEM CREWING

The Group Manager (Response) reported that retained crewing cover across the Authority's nine retained stations
had averaged 66.2% over the year, against a target of 80%. There were 104 retained firefighters against an
establishment of 140.

Members asked that later reports break crewing cover down by station.

RESOLVED - That the report be noted, and that crewing cover be shown by station in future reports.

ACTION: Group Manager (Response) - station-level crewing cover in the next report (July 2025).

BFA/25/09  DATE OF NEXT MEETING

The next meeting will be held on 10 July 2025.
"""

FIRE_JULY = """BRENDALE FIRE AND RESCUE AUTHORITY

Minutes of the meeting of the Authority held on Thursday 10 July 2025 at 10.30am at Service Headquarters, Kilnworth

Present: Councillor A. Fenwick (Chair), Councillors Osei, Marlow and Trent.

BFA/25/14  MINUTES

The minutes of the meeting held on 13 March 2025 were confirmed as a correct record.

BFA/25/15  RETAINED DUTY SYSTEM CREWING - UPDATE

The Group Manager (Response) reported that the spring recruitment drive had produced 58 applications.
Retained crewing cover for April to June 2025 was 69.8%. Station figures were appended to the report.

RESOLVED - That the report be noted.
"""

LICENSING_MAY = """ASHCOMBE BOROUGH COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held on Wednesday 14 May 2025 at 7.00pm in the Guildhall, Ashcombe

Present: Councillor P. Dunmore (Chair), Councillors Hale, Ibbotson and Kerr.

LC/25/06  HACKNEY CARRIAGE FARES

The Licensing Officer presented the review of the hackney carriage table of fares requested by the drivers'
association.

The proposed changes were:
  - the flag fall to rise from £2.80 to £3.10;
  - each further 200 yards to rise from 25p to 28p.

RESOLVED - That the proposed table be advertised for 14 days, and that any objections be reported to the July
meeting of the Committee.

LC/25/07  DATE OF NEXT MEETING

16 July 2025.
"""

LICENSING_JULY = """ASHCOMBE BOROUGH COUNCIL

LICENSING COMMITTEE

Minutes of the meeting held on Wednesday 16 July 2025 at 7.00pm in the Guildhall, Ashcombe

Present: Councillor P. Dunmore (Chair), Councillors Hale, Ibbotson and Kerr.

LC/25/12  HACKNEY CARRIAGE FARES - OBJECTIONS

Further to minute LC/25/06, two objections had been received, both saying the rise was too steep.

RESOLVED - That, having considered the objections, the table of fares be confirmed as advertised and take effect
on 1 August 2025.

LC/25/13  CCTV IN HACKNEY CARRIAGES

The Licensing Officer introduced a proposal to consult on requiring CCTV in every licensed hackney carriage. About 40
of the 190 vehicles already had a camera fitted.

The Committee agreed that a draft policy be prepared for a public consultation, with the results to be reported
before any decision.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "brendale-fire-and-rescue-authority-2025-03-13.txt": FIRE_MARCH,
            "brendale-fire-and-rescue-authority-2025-07-10.txt": FIRE_JULY,
            "ashcombe-borough-council-licensing-committee-2025-05-14.txt": LICENSING_MAY,
            "ashcombe-borough-council-licensing-committee-2025-07-16.txt": LICENSING_JULY,
    }) as opened:
        yield opened


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "brendale fire - how has retained crewing cover changed between the march and july meetings",
    "has brendale's retained crewing cover gone up or down since march",
])
def test_how_a_figure_moved_gives_each_meetings_figure(bodies: Minutebook, question: str) -> None:
    answer = bodies.ask(question)
    assert answer.found, answer.answer
    assert "66.2%" in answer.answer and "69.8%" in answer.answer, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2025-03-13", "2025-07-10"}


@pytest.mark.real_model
def test_a_matter_from_its_proposal_to_its_decision_is_told_across_the_meetings(bodies: Minutebook) -> None:
    answer = bodies.ask("ashcombe licensing - how did the taxi fare rise go from the proposal to the final decision")
    assert answer.found, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2025-05-14", "2025-07-16"}
    assert "1 August 2025" in answer.answer  # the decision
    assert "£3.10" in answer.answer or "28p" in answer.answer  # what was proposed
    assert answer.answer.index("16 July 2025") < answer.answer.index("14 May 2025")  # newest first


@pytest.mark.real_model
def test_the_stages_of_a_matter_the_papers_do_not_hold_are_refused(bodies: Minutebook) -> None:
    answer = bodies.ask("ashcombe licensing - how did the street trading fee go from the proposal to the decision")
    assert not answer.found, answer.answer


@pytest.mark.real_model
def test_what_a_consultation_only_proposed_found_is_refused(bodies: Minutebook) -> None:
    answer = bodies.ask("what did ashcombe's taxi cctv consultation find")
    assert not answer.found, answer.answer
