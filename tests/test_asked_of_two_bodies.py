"""One question asked of two bodies, each with its own time ("did the wexley hwb (jan 20) or the ormside ccg governing
body (jan 22) get any public questions?"), is answered for each from its own meeting, as a question naming two
councils is. A board or a governing body is named by its own words, not a council's place name, so it is read from
the bodies the question names; and what names the other body is not asked of this one's papers.

The papers are written for the test (a health and wellbeing board and a CCG's governing body), ingested with the real
model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

BOARD = """Wexley Health & Wellbeing Board - Tuesday 21 January 2020 10.00 am
Venue: Cabinet Suite - Shire Hall, Wexley

Present: Cllr Tom Alder (Chair), Dr Nia Rees, Sarah Moult

1. PUBLIC QUESTIONS

No public questions were received.

2. SUICIDE PREVENTION PLAN

The Board endorsed the refreshed suicide prevention plan.
"""

GOVERNING_BODY = """Ormside CCG Governing Body Meeting in Public
Held on 13th January 2022 via Microsoft Teams

Present:
Dr Ann Hale  Clinical Chair
Peter Voss  Chief Finance Officer

GB/2122/101: Questions received from members of the public
No questions were received from members of the public.

GB/2122/102: Winter Plan
The Governing Body noted the winter plan.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "wexley-health-and-wellbeing-board-2020-01-21.txt": BOARD,
            "ormside-ccg-governing-body-2022-01-13.txt": GOVERNING_BODY}) as opened:
        yield opened


@pytest.mark.parametrize("question", [
    "did the wexley health and wellbeing board (jan 20) or the ormside ccg governing body (jan 22) get any public "
    "questions?",
    "did the ormside ccg governing body (jan 22) or the wexley health and wellbeing board (jan 20) get any public "
    "questions?",
])
def test_each_body_answers_from_its_own_meeting(bodies: Minutebook, question: str) -> None:
    answered = bodies.ask(question)
    assert answered.found
    assert "No public questions were received" in answered.answer
    assert "No questions were received from members of the public" in answered.answer
