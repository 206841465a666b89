"""A follow-up done by a later minute presenting what was asked for ("The Parks Manager presented the plan requested
at minute AM/25/14."): asked whether it ever came ("did they ever get the plan for the paddling pool"), the answer
says it came and what it said, not only that it was presented. The papers are written for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """THORNBURY ST MARY TOWN COUNCIL

AMENITIES COMMITTEE

Minutes of the meeting held on Tuesday 10 June 2025 at 7.00pm in the Town Hall, Thornbury St Mary

Present: Councillor G. Ashworth (Chair), Councillors Bell, Crane and Dove.

AM/25/13  APOLOGIES

Apologies were received from Councillor Ellis.

AM/25/14  PADDLING POOL

The Parks Manager reported that the paddling pool at Victoria Gardens had stayed shut since a leak was found in
March. Members were disappointed that it would miss the summer.

ACTION: Parks Manager to bring a plan for repairing and reopening the paddling pool to the September 2025 meeting.
"""

SEPTEMBER = """THORNBURY ST MARY TOWN COUNCIL

AMENITIES COMMITTEE

Minutes of the meeting held on Tuesday 9 September 2025 at 7.00pm in the Town Hall, Thornbury St Mary

Present: Councillor G. Ashworth (Chair), Councillors Bell, Crane and Dove.

AM/25/20  APOLOGIES

None.

AM/25/21  PADDLING POOL - REPAIR AND REOPENING PLAN

The Parks Manager presented the plan requested at minute AM/25/14.

The pool lining would be replaced over the winter at a cost of £42,000, met from the amenities reserve, and the
pool would reopen on 1 May 2026.

The Committee agreed to endorse the plan.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "thornbury-st-mary-town-council-amenities-committee-2025-06-10.txt": JUNE,
            "thornbury-st-mary-town-council-amenities-committee-2025-09-09.txt": SEPTEMBER,
    }) as opened:
        yield opened


@pytest.mark.real_model
def test_a_plan_presented_later_is_answered_with_what_it_said(town: Minutebook) -> None:
    answer = town.ask("did the amenities committee ever get the plan for the paddling pool")
    assert answer.found, answer.answer
    assert answer.status == ActionStatus.COMPLETED, answer.answer
    assert "1 May 2026" in answer.answer or "£42,000" in answer.answer, answer.answer
    assert any(c.meeting_date.isoformat() == "2025-09-09" for c in answer.citations)
