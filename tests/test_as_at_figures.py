"""A figure asked "as at" a date ("how many enforcement cases were open at Penmarran council at the end of
September") is the figure of that date, reported at a later meeting: the month is no meeting's date to find, and the
things counted being "open" (or "vacant", "outstanding") at the council are no one's attendance. The paper is written
for the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from index.embedder import Embedder
from index.intents import cue_intents
from index.query import Intent
from service.printed_dates import tied
from tests.conftest import papers_minutebook

MINUTES = """PENMARRAN COUNTY BOROUGH COUNCIL
PLANNING COMMITTEE
Minutes of the meeting held on Wednesday 8 October 2025 at 2.00 pm in the Council Chamber, Penmarran

Present: Councillor Ifor Pugh (Chair), Councillors Ann Rees, Bryn Cole and Meg Hart.

7. APOLOGIES
None.

8. PLANNING ENFORCEMENT - QUARTERLY UPDATE
The Enforcement Manager reported that there were 64 open enforcement cases at 30 September 2025, compared with 71
at 30 June. Nine enforcement notices had been served in the quarter.
RESOLVED: That the report be noted.

9. DATE OF NEXT MEETING
The next meeting will be held on Wednesday 5 November 2025.
"""


@pytest.fixture(scope="module")
def minutebook(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Any]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"penmarran-county-borough-council-planning-committee-2025-10-08.txt": MINUTES}) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "how many enforcement cases were open at penmarran council at the end of september",
    "were any posts vacant at the council in june",
    "how many complaints were outstanding at the board last year",
])
def test_things_in_a_state_at_a_body_are_no_attendance(question: str) -> None:
    assert cue_intents(question).get(Intent.ATTENDANCE, 0.0) < 0.5


@pytest.mark.parametrize("question", ["was cllr cole at penmarran council in october",
                                      "was meg hart at the planning committee in october"])
def test_someone_at_a_body_still_is(question: str) -> None:
    assert cue_intents(question).get(Intent.ATTENDANCE, 0.0) >= 0.5


def test_the_end_of_a_month_is_an_as_at_date_not_a_venue() -> None:
    question = "how many cases were open at the council at the end of september"
    assert not tied(question, question.index("september"), len(question))
    held = "what did the council held at county hall on 8 october decide"
    assert tied(held, held.index("8 october"), held.index("8 october") + len("8 october"))


def test_a_count_as_at_a_month_is_answered_from_the_later_meeting(minutebook: Any) -> None:
    answer = minutebook.ask("How many planning enforcement cases were open at Penmarran County Borough Council at "
                            "the end of September?")
    assert answer.found, answer.answer
    assert "64 open enforcement cases" in answer.answer
