"""A timeline's line for a meeting says what the meeting decided on the subject, even where the decision's own words
do not name it: the item is titled for it ("DEFERRED GRANT APPLICATION - HOLBY YOUTH CHOIR": "RESOLVED to award
£450 towards robes")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """HOLBY TOWN COUNCIL
Minutes of the Full Council meeting held on Tuesday 4 March 2025 at 7.00pm in the Corn Exchange

Present: Cllr D. Marsh (Chairman), Cllrs Patel, Quinn and Rowe.

HTC.25.021  GRANTS - Members considered three applications. The application from Holby Youth Choir was DEFERRED
to the April meeting pending its latest accounts. It was RESOLVED to award £300 to Holby Allotment Society.

HTC.25.022  BUS SHELTERS - The Clerk reported that the shelter on Mill Road had been repaired.
"""

APRIL = """HOLBY TOWN COUNCIL
Minutes of the Full Council meeting held on Tuesday 1 April 2025 at 7.00pm in the Corn Exchange

Present: Cllr D. Marsh (Chairman), Cllrs Patel, Quinn and Rowe.

HTC.25.030  DEFERRED GRANT APPLICATION - HOLBY YOUTH CHOIR - The choir's accounts showed reserves of £1,120.
It was RESOLVED to award £450 towards new robes.

HTC.25.031  PLAY AREA - Members noted the annual inspection report.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "holby-town-council-2025-03-04.txt": MARCH,
            "holby-town-council-2025-04-01.txt": APRIL,
    }) as opened:
        yield opened


def test_each_meeting_says_what_it_decided_under_an_item_titled_for_the_subject(town: Minutebook) -> None:
    answer = town.ask("holby youth choir grant, march and april - what happened each time")
    assert answer.found
    assert "DEFERRED" in answer.answer and "£450" in answer.answer
    assert {c.meeting_date.isoformat() for c in answer.citations} == {"2025-03-04", "2025-04-01"}
    assert answer.answer.index("1 April 2025") < answer.answer.index("4 March 2025")  # newest first
