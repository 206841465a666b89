"""A subject followed across meetings, where a meeting's minute opens by saying only what the meeting was given ("The
committee received an update from the Head of Waste Services on the Moor Lane depot") and what it was told comes in
the next sentence ("A structural survey had found ... at an estimated £840,000"): that meeting's line gives both. The
papers are written for the test: an environment committee's two meetings, a report and its sequel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

FEBRUARY = """HOLMSWORTH BOROUGH COUNCIL
ENVIRONMENT AND COMMUNITIES COMMITTEE
Minutes of the meeting held on Wednesday 12 February 2025 at 6.30pm in the Council Chamber, Holmsworth

Present: Councillors J. Ashby (Chair), R. Mensah, L. Doyle and K. Farrow.

EC/25/11 MOOR LANE DEPOT
The committee received an update from the Head of Waste Services on the Moor Lane depot used by the refuse fleet.
A structural survey had found that the vehicle shed roof was unsafe and needed replacing, at an estimated £840,000.
Vehicles had been moved to a temporary yard at Greaves Road.
RESOLVED that officers bring options for the depot's future to the next meeting.

EC/25/12 ALLOTMENT RENTS
RESOLVED that allotment rents rise by 3% from 1 October 2025.
"""

APRIL = """HOLMSWORTH BOROUGH COUNCIL
ENVIRONMENT AND COMMUNITIES COMMITTEE
Minutes of the meeting held on Wednesday 9 April 2025 at 6.30pm in the Council Chamber, Holmsworth

Present: Councillors J. Ashby (Chair), R. Mensah, L. Doyle and K. Farrow.

EC/25/20 MOOR LANE DEPOT - OPTIONS
The Head of Waste Services set out three options: replacing the shed roof, moving the fleet to Greaves Road for good,
or sharing the county council's Eastfield depot.
RESOLVED that the Cabinet be recommended to negotiate a shared depot at Eastfield, and that the roof not be replaced.
"""


@pytest.fixture(scope="module")
def committee(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "holmsworth-environment-and-communities-committee-2025-02-12.txt": FEBRUARY,
            "holmsworth-environment-and-communities-committee-2025-04-09.txt": APRIL,
    }) as opened:
        yield opened


@pytest.mark.real_model
@pytest.mark.parametrize("question", [
    "holmsworth environment cttee - what's happened on the moor lane depot over the last two meetings",
    "moor lane depot - how did it go from february to april",
])
def test_a_meetings_line_gives_what_it_was_told_not_only_that_it_was_told(committee: Minutebook,
                                                                          question: str) -> None:
    answer = committee.ask(question)
    assert answer.found, answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-02-12", "2025-04-09"}
    assert "£840,000" in answer.answer, answer.answer  # what the February update said
    assert "Eastfield" in answer.answer, answer.answer  # what April decided


def test_the_sentence_after_is_the_minutes_own() -> None:
    from minutebook.model import Meeting, MinuteItem
    from service.timeline import sentence_after

    item = MinuteItem(number="EC/25/11", title="MOOR LANE DEPOT",
                      text="The committee received an update on the depot. The roof was unsafe.\nRESOLVED that ...")
    meeting = Meeting(committee="Environment Committee", date="2025-02-12", items=[item])
    key = next(iter(meeting.keyed_items()))
    assert sentence_after(meeting, key, "The committee received an update on the depot.") == "The roof was unsafe."
    assert sentence_after(meeting, key, "RESOLVED that ...") is None
