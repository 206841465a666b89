"""What a paper holds, asked where the minutes say only that it is to be brought or drafted, is refused; what a paper
the minutes report on holds is answered.

- "what's in the savings plan": "the Head of Finance to bring a savings plan to the March meeting";
- "whats going in the leaflet about bin days": "Action: Clerk to draft a leaflet for residents";
- "what's in the play strategy": the strategy the board considered "sets out three priorities".

The papers are written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JANUARY = """WEYBURN VALE DISTRICT COUNCIL
Community Services Board
Minutes of the meeting held on Thursday 18 January 2024 at 6pm, Council Offices, Weyburn

Present: Cllr H Osei (Chair), Cllr B Lyle, Cllr M Trent

CSB/41 Budget monitoring, quarter 3
The Head of Finance reported a forecast overspend of £212,000, mainly on temporary accommodation. RESOLVED that \
the Head of Finance bring a savings plan to the March meeting.

CSB/42 Changes to bin collection days
Collection days will change in 14 streets from 4 March. Action: Clerk to draft a leaflet for residents on the new \
days.

CSB/43 Play strategy 2024-2029
The Board considered the draft play strategy, which sets out three priorities: replacing the worn equipment at \
Millfield, a new teen shelter at Weyburn Rec, and natural play at Bryony Wood. RESOLVED to consult on the draft.
"""


@pytest.fixture(scope="module")
def weyburn(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"weyburn-vale-dc-community-services-board-2024-01-18.txt": JANUARY}) as opened:
        yield opened


def test_what_a_paper_still_to_be_made_holds_is_not_in_the_papers(weyburn: Minutebook) -> None:
    for question in ("what's in the savings plan for the overspend?",
                     "whats going in the leaflet to residents about the new bin days?"):
        answered = weyburn.ask(question)
        assert not answered.found, question
        assert "still to be prepared" in answered.answer, question


def test_what_a_paper_the_minutes_report_on_holds_is_answered(weyburn: Minutebook) -> None:
    answered = weyburn.ask("what's in the play strategy?")
    assert answered.found and "three priorities" in answered.answer
