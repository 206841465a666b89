"""Whether a meeting's minutes are still draft or confirmed: a later meeting approving them says they are
confirmed; else their own heading says it ("Unconfirmed minutes", "DRAFT", "Confirmed minutes"), with the status
it gives.

The papers are written for the test (a fictional parish council's three meetings), ingested with the real model into
a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """FERNHILL PARISH COUNCIL
Unconfirmed minutes of the meeting held on Friday 3rd March 2023 at 7pm in the Reading Room

Present: Cllrs A Byrne (Chair), T Osei, L Marsh

1. Allotments
The Clerk reported that two plots were vacant. RESOLVED to advertise the plots.
"""

APRIL = """FERNHILL PARISH COUNCIL
Confirmed minutes of the meeting held on Friday 14th April 2023 at 7pm in the Reading Room

Present: Cllrs A Byrne (Chair), T Osei, L Marsh

1. Minutes
The minutes of the meeting held on 3rd March 2023 were approved as a correct record and signed by the Chair.

2. Footpaths
The stile on footpath 4 had been repaired.
"""

JUNE = """FERNHILL PARISH COUNCIL
DRAFT minutes of the meeting held on Friday 9th June 2023 at 7pm in the Reading Room

Present: Cllrs A Byrne (Chair), T Osei, L Marsh

1. Village fete
Members thanked the fete committee for a successful day.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "fernhill-parish-council-minutes-2023-03-03.txt": MARCH,
            "fernhill-parish-council-minutes-2023-04-14.txt": APRIL,
            "fernhill-parish-council-minutes-2023-06-09.txt": JUNE,
    }) as opened:
        yield opened


def test_minutes_a_later_meeting_approved_are_confirmed(parish: Minutebook) -> None:
    answer = parish.ask("are the fernhill minutes from 3 march 2023 still draft or have they been approved yet?")
    assert answer.found and "were approved as a correct record" in answer.answer
    assert answer.status == ActionStatus.COMPLETED
    assert answer.citations[0].meeting_date.isoformat() == "2023-04-14"


def test_minutes_say_whether_they_are_draft(parish: Minutebook) -> None:
    answer = parish.ask("are fernhill pc's june 2023 minutes confirmed yet or still draft?")
    assert answer.found and "DRAFT minutes" in answer.answer and answer.status == ActionStatus.OUTSTANDING
    answer = parish.ask("fernhill april 2023 - are those minutes still draft?")
    assert answer.found and "Confirmed minutes" in answer.answer and answer.status == ActionStatus.COMPLETED
