"""When a meeting finished, where the minutes' closing line ends business taken in private: the line ("The meeting
concluded at 4.30pm") is the meeting's, not the exempt item's, and a public reader asking when it finished is told.
The exempt business itself stays closed to them. A meeting whose minutes print no closing line is not given one.

The papers are written for the test (a fictional city council's urgency sub-committee and its licensing panel),
parsed as ingest parses them and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook, parsed_meeting

URGENCY = """Wendlebury City Council
Finance and Assets Urgency Sub-Committee
2.00pm 9 April 2024
Present: Councillors Ormerod (Chair), Pask and Quennell
1 Procedural Business
1.1 There were no declarations of interest.
1.2 RESOLVED: That the press and public be excluded from the meeting for the next item, as it involves exempt
information within paragraph 3 of Schedule 12A to the Local Government Act 1972.
2 Disposal of the Former Depot, Canal Wharf - Exempt Category 3
2.1 The Sub-Committee considered the bids received and agreed the preferred purchaser at a price of £1,250,000.
The meeting concluded at 2.45pm
Chair
Dated this day of
"""

PANEL = """Wendlebury City Council
Licensing Panel
10.00am 16 April 2024
Present: Councillors Pask (Chair), Reddy and Sowerby
1 Application for a Premises Licence - The Lamplighter, Gate Street
1.1 RESOLVED: That the licence be granted as applied for.
"""


def test_the_closing_line_is_the_meetings(tmp_path: Path) -> None:
    meeting = parsed_meeting(tmp_path, URGENCY)
    assert meeting.items[-1].exempt
    assert "The meeting concluded at 2.45pm" in meeting.header_text


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"wendlebury-city-council-finance-and-assets-urgency-sub-committee-2024-04-09.txt": URGENCY,
              "wendlebury-city-council-licensing-panel-2024-04-16.txt": PANEL}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_when_it_finished_is_told(council: Minutebook) -> None:
    answered = council.ask("What time did the Wendlebury Finance and Assets Urgency Sub-Committee finish?")
    assert answered.found and "2.45pm" in answered.answer


def test_the_private_business_stays_closed(council: Minutebook) -> None:
    answered = council.ask("what price did the urgency sub-committee agree for the former depot at canal wharf?")
    assert "1,250,000" not in answered.answer


def test_no_closing_line_no_close(council: Minutebook) -> None:
    assert not council.ask("what time did the wendlebury licensing panel finish?").found
